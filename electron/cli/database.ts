import { existsSync, rmSync } from 'node:fs';
import { keyFilePathFor } from '../crypto/secrets.ts';
import { checkpointPathFor } from '../ledger/checkpointFile.ts';
import { createAppContext, type AppContext, type Clock } from '../context.ts';
import type { DatabaseProblem } from '../../shared/app/contract.ts';
import { CliError, type CliIo } from './io.ts';

const PROBLEM_MESSAGES: Record<DatabaseProblem['kind'], string> = {
  corrupt: '데이터베이스 파일이 손상되었습니다',
  'too-new': '이 데이터베이스는 더 새로운 버전의 프로그램으로 만들어졌습니다',
  locked: '다른 프로그램(실행 중인 Retention Desk 등)이 이 데이터베이스를 사용 중입니다. 그 프로그램을 닫고 다시 실행하세요',
  unreadable: '데이터베이스 파일을 읽을 수 없습니다',
  'rolled-back':
    '이 데이터베이스는 옆에 둔 체크포인트보다 이전 상태입니다(잘렸거나 예전 사본으로 바뀌었습니다). `verify --db`로 확인하고, 최신 백업을 찾아 주세요',
  keystore: '운영체제의 키 저장소를 쓸 수 없습니다',
};

export function requireOption(options: Record<string, unknown>, name: string): string {
  const value = options[name];
  if (typeof value !== 'string' || value.trim() === '') throw new CliError(`--${name} 값을 지정해 주세요.`);
  return value;
}

/**
 * Opens an existing database for a command (never creates one by accident: a typo in the path
 * must not produce an empty clinic database).
 */
export function openExisting(path: string, io: Pick<CliIo, 'passwordCost'>, clock?: Clock, checkCheckpoint = true): AppContext {
  if (!existsSync(path)) throw new CliError(`데이터베이스 파일이 없습니다: ${path}`);
  return openContext(path, io, clock, checkCheckpoint);
}

export function openContext(path: string, io: Pick<CliIo, 'passwordCost'>, clock?: Clock, checkCheckpoint = true): AppContext {
  const app = createAppContext({
    databasePath: path,
    checkCheckpoint,
    ...(clock ? { clock } : {}),
    ...(io.passwordCost ? { passwordCost: io.passwordCost } : {}),
  });
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
export async function createFresh<T>(
  path: string,
  io: Pick<CliIo, 'passwordCost'>,
  fill: (app: AppContext) => Promise<T>,
  clock?: Clock,
): Promise<T> {
  if (existsSync(path)) throw new CliError(`이미 있는 파일입니다. 새 파일 이름을 지정하세요: ${path}`);
  try {
    return await withApp(openContext(path, io, clock), fill);
  } catch (error) {
    for (const file of [path, `${path}-wal`, `${path}-shm`, keyFilePathFor(path), checkpointPathFor(path)]) rmSync(file, { force: true });
    throw error;
  }
}
