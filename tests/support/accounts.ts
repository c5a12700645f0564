import type { Role } from '../../shared/api/contract.ts';
import type { AppContext } from '../../electron/context.ts';
import { dispatch } from '../../electron/dispatch.ts';
import { newSession, type Session } from '../../electron/session.ts';

export const OFFICER = { login: 'director', name: '김서연', title: '원장', password: 'Officer#2026!' } as const;
export const CLINIC = {
  name: '통인한의원',
  representative: '김서연',
  address: '서울특별시 종로구 자하문로 15',
  businessNumber: '124-81-00998',
  privacyOfficerName: '김서연',
  privacyOfficerTitle: '원장',
  privacyOfficerContact: '02-737-1234',
  cctvManagerName: '박민호',
  cctvManagerTitle: '시설팀장',
  cctvManagerContact: '02-737-1235',
} as const;

/** Calls a method and returns its value, failing the test with the Korean message otherwise. */
export async function ok<T = unknown>(app: AppContext, session: Session, method: string, payload: unknown = {}): Promise<T> {
  const result = await dispatch(app, session, method, payload);
  if (!result.ok)
    throw new Error(`${method} failed: ${result.error.code} ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`);
  return result.value as T;
}

/** Runs the setup wizard's method; returns the officer's signed-in session. */
export async function setUpClinic(app: AppContext): Promise<Session> {
  const session = newSession('test');
  await ok(app, session, 'setup.run', { clinic: CLINIC, officer: OFFICER });
  return session;
}

export interface TestAccount {
  id: number;
  login: string;
  password: string;
  session: Session;
}

/** The officer creates an account, which signs in and replaces its temporary password. */
export async function createAccount(
  app: AppContext,
  officer: Session,
  login: string,
  role: Role,
  name = `${login} 담당`,
): Promise<TestAccount> {
  const temporary = `Temp#${login}2026`;
  const password = `Own#${login}2026!`;
  const created = await ok<{ id: number }>(app, officer, 'users.create', {
    login,
    name,
    title: '직원',
    role,
    temporaryPassword: temporary,
    officerPassword: OFFICER.password,
  });
  const session = newSession('test');
  await ok(app, session, 'auth.signIn', { login, password: temporary });
  await ok(app, session, 'auth.changePassword', { currentPassword: temporary, newPassword: password });
  return { id: created.id, login, password, session };
}
