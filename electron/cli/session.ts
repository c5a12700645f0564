import type { Result } from '../../shared/api/contract.ts';
import type { AppContext } from '../context.ts';
import { dispatch, terminalName } from '../dispatch.ts';
import { newSession, type Session } from '../session.ts';
import { CliError, EXIT, type CliIo } from './io.ts';

/** Passwords come from the environment, never from argv (argv is visible to every process). */
export function requireEnv(io: CliIo, name: string): string {
  const value = io.env[name];
  if (!value) throw new CliError(`환경 변수 ${name}에 값을 넣어 주세요(비밀번호는 인수로 받지 않습니다).`);
  return value;
}

/** A CLI run is one session, logged as coming from `cli@<this PC>`. */
export function cliSession(): Session {
  return newSession(terminalName('cli'));
}

/** Calls through the same dispatcher as the app; maps its errors to exit codes. */
export async function invoke<T>(app: AppContext, session: Session, method: string, payload: unknown): Promise<T> {
  const result: Result<unknown> = await dispatch(app, session, method, payload);
  if (result.ok) return result.value as T;
  const { code, message, fields } = result.error;
  const detail = fields
    ? ` (${Object.entries(fields)
        .map(([field, text]) => `${field}: ${text}`)
        .join('; ')})`
    : '';
  const exit = code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' || code === 'LOCKED' ? EXIT.authentication : EXIT.usage;
  throw new CliError(`${message}${detail}`, exit);
}

/** Signs in as RD_USER with RD_PASSWORD. */
export async function signInFromEnv(app: AppContext, io: CliIo): Promise<Session> {
  const session = cliSession();
  const login = requireEnv(io, 'RD_USER');
  await invoke(app, session, 'auth.signIn', { login, password: requireEnv(io, 'RD_PASSWORD') });
  return session;
}
