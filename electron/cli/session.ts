import type { AppContext } from '../context.ts';
import { newSession, terminalName, type Session } from '../session.ts';
import type { CommandContext } from './command.ts';
import { CliError, type CliIo } from './io.ts';

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

/** Signs in as RD_USER with RD_PASSWORD. */
export async function signInFromEnv(app: AppContext, io: CommandContext): Promise<Session> {
  const session = cliSession();
  const login = requireEnv(io, 'RD_USER');
  await io.call(app, session, 'auth.signIn', { login, password: requireEnv(io, 'RD_PASSWORD') });
  return session;
}
