import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Access, type Role } from '../../../shared/contract/method.ts';
import { api, type MethodName } from '../../../shared/domains.ts';
import { dispatch } from '../../../electron/dispatch.ts';
import { handlers } from '../../../electron/domains.ts';
import { newSession, type Session } from '../../../electron/session.ts';
import { createAccount, setUpClinic } from '../../support/accounts.ts';
import { databaseOf, testApp, type TestApp } from '../../support/tempdb.ts';

// The "a unit test walks every contract method × every role": the walk is generated
// from the contract itself, so a method added later is walked without touching this file.

type Caller = Role | 'not signed in';
const CALLERS: readonly Caller[] = [...ROLES, 'not signed in'];
const METHODS = Object.keys(api) as MethodName[];

/** Refusals that mean "the door was shut": an admitted call may still fail validation with `{}`. */
const SHUT = ['FORBIDDEN', 'UNAUTHENTICATED', 'LOCKED'];

let t: TestApp;
const accounts = new Map<Role, Session>();
const userIds = new Map<Role, number>();

function signedInUser(session: Session) {
  if (!session.user) throw new Error('expected a signed-in session');
  return session.user;
}

/** A copy per call, so that auth.signOut in the walk does not sign the others out. */
function sessionOf(caller: Caller): Session {
  if (caller === 'not signed in') return newSession('test');
  const session = accounts.get(caller);
  if (!session) throw new Error(`no account for ${caller}`);
  return { ...session, user: { ...signedInUser(session) } };
}

function expectation(roles: Access, caller: Caller): 'admitted' | 'FORBIDDEN' | 'UNAUTHENTICATED' {
  if (roles === 'public') return 'admitted';
  if (caller === 'not signed in') return 'UNAUTHENTICATED';
  if (roles === 'signedIn') return 'admitted';
  return roles.includes(caller) ? 'admitted' : 'FORBIDDEN';
}

function accessLogTail() {
  return databaseOf(t.app).sqlite.prepare('SELECT seq, user_id, method, result, kind FROM access_log ORDER BY seq DESC LIMIT 1').get() as {
    seq: number;
    user_id: number | null;
    method: string;
    result: string;
    kind: string;
  };
}

beforeAll(async () => {
  t = testApp();
  const officer = await setUpClinic(t.app);
  accounts.set('officer', officer);
  userIds.set('officer', signedInUser(officer).id);
  for (const role of ROLES.filter((r) => r !== 'officer')) {
    const account = await createAccount(t.app, officer, `${role}1`, role);
    accounts.set(role, account.session);
    userIds.set(role, account.id);
  }
});

afterAll(async () => {
  await t.close();
});

describe('the contract', () => {
  it('has one handler per method and nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual([...METHODS].sort());
  });

  it.each(METHODS)('%s names its callers as public, signedIn or a non-empty list of known roles', (name) => {
    const roles: Access = api[name].roles;
    const valid =
      roles === 'public' ||
      roles === 'signedIn' ||
      (roles.length > 0 && roles.every((role) => (ROLES as readonly string[]).includes(role)));
    expect(valid, `${name}: ${JSON.stringify(roles)}`).toBe(true);
  });

  it('runs without a transaction only the status methods, the certificate printing, the cancellable verifications, backups, restore, the daily run and the recorder reads over the network (still admitted by role)', async () => {
    const skipping = METHODS.filter((name) => api[name].transaction === false);
    expect(skipping.sort()).toEqual([
      'accessLog.verify',
      'app.cancelTask',
      'app.retryOpen',
      'app.status',
      'backups.chooseFolder',
      'backups.restore',
      'backups.run',
      'cctv.onvif.read',
      'daily.run',
      'ledger.archiveCertificate',
      'ledger.verify',
    ]);
    expect(await dispatch(t.app, newSession('test'), 'ledger.verify', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await dispatch(t.app, newSession('test'), 'ledger.archiveCertificate', { serial: '2026-0001', password: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it('keeps the auditor read-only: the only changes it may make are its own signed checkpoints (export, printout)', () => {
    const writable = METHODS.filter((name) => {
      const roles: Access = api[name].roles;
      return api[name].log === 'change' && Array.isArray(roles) && roles.includes('auditor');
    });
    expect(writable.sort()).toEqual(['ledger.exportBundle', 'ledger.signPrintout']);
  });

  it('reserves account management and the access-log review to the officer', () => {
    for (const name of [
      'users.create',
      'users.unlock',
      'users.disable',
      'users.resetPassword',
      'accessLog.recordReview',
      'settings.update',
    ] as const) {
      expect(api[name].roles, name).toEqual(['officer']);
    }
  });
});

const CASES = METHODS.flatMap((name) => CALLERS.map((caller) => ({ name, caller, expected: expectation(api[name].roles, caller) })));
const ADMITTED = CASES.filter((c) => c.expected === 'admitted');
const REFUSED = CASES.filter((c) => c.expected !== 'admitted');

describe.each(ADMITTED)('$name called by $caller', ({ name, caller }) => {
  it('is admitted (a validation error for `{}` is fine; being shut out or a crash is not)', async () => {
    const result = await dispatch(t.app, sessionOf(caller), name, {});
    const outcome = result.ok ? 'ok' : result.error.code;
    expect([...SHUT, 'INTERNAL'], `${name} as ${caller}: ${JSON.stringify(result)}`).not.toContain(outcome);
  });
});

describe.each(REFUSED)('$name called by $caller', ({ name, caller, expected }) => {
  it(`is refused with ${expected}`, async () => {
    const result = await dispatch(t.app, sessionOf(caller), name, {});
    expect(result.ok ? 'ok' : result.error.code, `${name} as ${caller}`).toBe(expected);
  });
});

describe('refused attempts', () => {
  it('writes an access-log row naming the caller for a FORBIDDEN call, and nothing else happens', async () => {
    const facilities = sessionOf('facilities');
    const usersBefore = databaseOf(t.app).sqlite.prepare('SELECT count(*) FROM users').pluck().get();
    const result = await dispatch(t.app, facilities, 'users.create', {
      login: 'intruder',
      name: '침입자',
      title: '직원',
      role: 'officer',
      temporaryPassword: 'Intruder#2026',
      officerPassword: 'whatever',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('권한') } });
    expect(accessLogTail()).toMatchObject({
      user_id: userIds.get('facilities'),
      method: 'users.create',
      result: 'FORBIDDEN',
      kind: 'change',
    });
    expect(databaseOf(t.app).sqlite.prepare('SELECT count(*) FROM users').pluck().get()).toBe(usersBefore);
  });

  it('logs a FORBIDDEN read by a role outside the list with that role’s user id', async () => {
    const result = await dispatch(t.app, sessionOf('admin'), 'accessLog.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(accessLogTail()).toMatchObject({ user_id: userIds.get('admin'), method: 'accessLog.list', result: 'FORBIDDEN' });
  });

  it('logs an UNAUTHENTICATED attempt without a user id', async () => {
    const result = await dispatch(t.app, sessionOf('not signed in'), 'users.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(accessLogTail()).toMatchObject({ user_id: null, method: 'users.list', result: 'UNAUTHENTICATED' });
  });

  it('logs a call to a method that does not exist (a tampered renderer) as NOT_FOUND with the caller', async () => {
    const result = await dispatch(t.app, sessionOf('auditor'), 'users.deleteAll', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(accessLogTail()).toMatchObject({ user_id: userIds.get('auditor'), method: 'users.deleteAll', result: 'NOT_FOUND' });
  });

  it('decides by the role stored for the account, not by the role the session object claims', async () => {
    const forged = sessionOf('admin');
    signedInUser(forged).role = 'officer';
    const result = await dispatch(t.app, forged, 'users.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
