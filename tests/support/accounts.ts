import type { Role } from '../../shared/contract/method.ts';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/domains.ts';
import { SAMPLE_OFFICER } from '../../electron/accounts/fixtures.ts';
import { SAMPLE_CLINIC } from '../../electron/clinic/fixtures.ts';
import type { AppContext } from '../../electron/context.ts';
import { CallRefused, invoke } from '../../electron/invoke.ts';
import { newSession, type Session } from '../../electron/session.ts';

/** The tests' clinic and privacy officer: the fixtures the demo builder shares (electron/accounts, electron/clinic). */
export const OFFICER = SAMPLE_OFFICER;
export const CLINIC = SAMPLE_CLINIC;

/** The input of a method; omitted where the method takes none (`{}`). */
export type InputArgs<M extends MethodName> = {} extends MethodInput<M> ? [input?: MethodInput<M>] : [input: MethodInput<M>];

/** Calls a method (typed, through the real dispatcher) and returns its value, failing the test with the Korean message otherwise. */
export async function ok<M extends MethodName>(
  app: AppContext,
  session: Session,
  method: M,
  ...[input]: InputArgs<M>
): Promise<MethodOutput<M>> {
  try {
    return await invoke(app, session, method, (input ?? {}) as MethodInput<M>);
  } catch (error) {
    if (error instanceof CallRefused) {
      throw new Error(`${method} failed: ${error.body.code} ${error.body.message} ${JSON.stringify(error.body.fields ?? {})}`, {
        cause: error,
      });
    }
    throw error;
  }
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
  const created = await ok(app, officer, 'users.create', {
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

/** The E2E tests' usual record type: the clinic's own rule, paper reservation forms kept 30 days from the day written. */
export function saveReservationFormsPolicy(app: AppContext, session: Session): Promise<MethodOutput<'policies.save'>> {
  return ok(app, session, 'policies.save', {
    name: '예약 신청서',
    startLabel: '작성일',
    source: {
      kind: 'custom',
      rule: { kind: 'fixed', period: { length: 30, unit: 'day' }, countFirstDay: false },
      basis: '개인정보 처리방침 제5조 (예약 신청서 30일 보관)',
      minimum: false,
    },
  });
}
