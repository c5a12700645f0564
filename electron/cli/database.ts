import { existsSync, rmSync } from 'node:fs';
import { keyFilePathFor } from '../crypto/secrets.ts';
import { createAppContext, type AppContext, type Clock } from '../context.ts';
import { CliError } from './io.ts';

const PROBLEM_MESSAGES = {
  corrupt: '데이터베이스 파일이 손상되었습니다',
  'too-new': '이 데이터베이스는 더 새로운 버전의 프로그램으로 만들어졌습니다',
  locked: '다른 프로그램(실행 중인 Retention Desk 등)이 이 데이터베이스를 사용 중입니다. 그 프로그램을 닫고 다시 실행하세요',
  unreadable: '데이터베이스 파일을 읽을 수 없습니다',
} as const;

export function requireOption(options: Record<string, string | boolean | undefined>, name: string): string {
  const value = options[name];
  if (typeof value !== 'string' || value.trim() === '') throw new CliError(`--${name} 값을 지정해 주세요.`);
  return value;
}

/**
 * Opens an existing database for a command (never creates one by accident: a typo in the path
 * must not produce an empty clinic database).
 */
export function openExisting(path: string, clock?: Clock): AppContext {
  if (!existsSync(path)) throw new CliError(`데이터베이스 파일이 없습니다: ${path}`);
  return openContext(path, clock);
}

export function openContext(path: string, clock?: Clock): AppContext {
  const app = createAppContext({ databasePath: path, ...(clock ? { clock } : {}) });
  const state = app.state();
  if (!state.ok) throw new CliError(`${PROBLEM_MESSAGES[state.problem.kind]}: ${path}`);
  return app;
}

export async function withApp<T>(app: AppContext, work: (app: AppContext) => Promise<T>): Promise<T> {
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

/**
 * Creates a new database file and fills it; if filling fails, the half-made file is removed, so
 * the same command can simply be run again.
 */
export async function createFresh<T>(path: string, fill: (app: AppContext) => Promise<T>, clock?: Clock): Promise<T> {
  if (existsSync(path)) throw new CliError(`이미 있는 파일입니다. 새 파일 이름을 지정하세요: ${path}`);
  try {
    return await withApp(openContext(path, clock), fill);
  } catch (error) {
    for (const file of [path, `${path}-wal`, `${path}-shm`, keyFilePathFor(path)]) rmSync(file, { force: true });
    throw error;
  }
}
