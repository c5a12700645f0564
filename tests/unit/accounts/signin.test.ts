import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/dispatch.ts';
import { newSession, type Session } from '../../../electron/session.ts';
import { OFFICER, ok, setUpClinic } from '../../support/accounts.ts';
import { SIGN_IN_REFUSED } from '../../../electron/accounts/passwords.ts';
import { databaseOf, testApp, type TestApp } from '../../support/tempdb.ts';

// Sign-in, lockout after 5 failures, officer unlock, idle lock (자동 접속 차단) and sign-out.
// Accounts made here keep their temporary password (cheaper: no password change); sign-in and
// lockout do not care, and the role methods are exercised with the officer's session.

let t: TestApp;
let officer: Session;

beforeEach(async () => {
  t = testApp();
  officer = await setUpClinic(t.app);
});

afterEach(async () => {
  await t.close();
});

const TEMP = 'Clerk#Temp2026';

async function newAccount(login: string): Promise<number> {
  const created = await ok(t.app, officer, 'users.create', {
    login,
    name: '접수 담당',
    title: '직원',
    role: 'admin',
    temporaryPassword: TEMP,
    officerPassword: OFFICER.password,
  });
  return created.id;
}

function userRow(id: number) {
  return databaseOf(t.app).sqlite.prepare('SELECT failed_attempts, locked_at, disabled_at FROM users WHERE id = ?').get(id) as {
    failed_attempts: number;
    locked_at: string | null;
    disabled_at: string | null;
  };
}

function logRows(method: string) {
  return databaseOf(t.app)
    .sqlite.prepare('SELECT seq, user_id, kind, method, targets, result FROM access_log WHERE method = ? ORDER BY seq')
    .all(method) as Array<{ seq: number; user_id: number | null; kind: string; method: string; targets: string; result: string }>;
}

const signIn = (session: Session, login: string, password: string) => dispatch(t.app, session, 'auth.signIn', { login, password });

describe('sign-in', () => {
  it('refuses a wrong password with the one sign-in message (no attempts left, nothing about the account) and keeps the count', async () => {
    const id = await newAccount('clerk');
    const session = newSession('test');
    const result = await signIn(session, 'clerk', 'Wrong#Pass2026');
    expect(result).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: SIGN_IN_REFUSED } });
    expect(userRow(id).failed_attempts).toBe(1);
    expect(session.user).toBeNull();
    expect(logRows('auth.signIn').at(-1)).toMatchObject({ result: 'UNAUTHENTICATED', targets: `["user:${id}"]`, kind: 'auth' });
  });

  it('locks the account on the fifth consecutive failure, even against the right password, until the officer unlocks it', async () => {
    const id = await newAccount('clerk');
    const session = newSession('test');
    const codes: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const result = await signIn(session, 'clerk', `Wrong#Pass${i}x`);
      codes.push(result.ok ? 'ok' : `${result.error.code} ${result.error.message}`);
    }
    // Every refusal reads the same, the one that locks included: a guesser learns nothing.
    expect(new Set(codes)).toEqual(new Set([`UNAUTHENTICATED ${SIGN_IN_REFUSED}`]));
    expect(userRow(id)).toMatchObject({ failed_attempts: 5, locked_at: t.clock.now().toISOString() });

    expect(await signIn(session, 'clerk', TEMP)).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: SIGN_IN_REFUSED } });
    expect(session.user).toBeNull();

    const unlocked = await ok(t.app, officer, 'users.unlock', { userId: id });
    expect(unlocked).toMatchObject({ status: 'active', failedAttempts: 0 });
    expect(userRow(id)).toMatchObject({ failed_attempts: 0, locked_at: null });
    const view = await ok(t.app, session, 'auth.signIn', { login: 'clerk', password: TEMP });
    expect(view.user).toMatchObject({ id, login: 'clerk' });
    expect(logRows('users.unlock').at(-1)).toMatchObject({ result: 'ok', targets: `["user:${id}"]` });
  });

  it('ends the other windows of an account as soon as it is locked', async () => {
    const id = await newAccount('clerk');
    const firstWindow = newSession('test');
    await ok(t.app, firstWindow, 'auth.signIn', { login: 'clerk', password: TEMP });
    for (let i = 0; i < 5; i += 1) await signIn(newSession('test'), 'clerk', 'Guess#Pass2026');
    expect(userRow(id).locked_at).not.toBeNull();
    expect(await dispatch(t.app, firstWindow, 'session.touch', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(firstWindow.user).toBeNull();
  });

  it('counts consecutive failures only: a success in between starts the count again', async () => {
    const id = await newAccount('clerk');
    const session = newSession('test');
    for (let i = 0; i < 4; i += 1) await signIn(session, 'clerk', 'Wrong#Pass2026');
    expect(userRow(id).failed_attempts).toBe(4);
    await ok(t.app, session, 'auth.signIn', { login: 'clerk', password: TEMP });
    expect(userRow(id).failed_attempts).toBe(0);
    const fourth: unknown[] = [];
    for (let i = 0; i < 4; i += 1) fourth.push(await signIn(newSession('test'), 'clerk', 'Wrong#Pass2026'));
    expect(fourth.at(-1)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: SIGN_IN_REFUSED } });
    expect(userRow(id)).toMatchObject({ failed_attempts: 4, locked_at: null });
  });

  it('refuses a disabled account even with the right password, and ends its open windows', async () => {
    const id = await newAccount('clerk');
    const openWindow = newSession('test');
    await ok(t.app, openWindow, 'auth.signIn', { login: 'clerk', password: TEMP });
    await ok(t.app, officer, 'users.disable', { userId: id, officerPassword: OFFICER.password });
    expect(userRow(id).disabled_at).not.toBeNull();

    const session = newSession('test');
    expect(await signIn(session, 'clerk', TEMP)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(session.user).toBeNull();
    expect(await dispatch(t.app, openWindow, 'session.touch', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(openWindow.user).toBeNull();
  });

  it('answers an unknown login like a wrong password would, without saying which part was wrong', async () => {
    const session = newSession('test');
    const result = await signIn(session, 'nobody', OFFICER.password);
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: SIGN_IN_REFUSED } });
    expect(result).not.toHaveProperty('error.fields');
    expect(session.user).toBeNull();
    expect(userRow(1).failed_attempts).toBe(0);
    // The attempt is logged with the login that was tried, so the monthly review can see who was guessed.
    const row = logRows('auth.signIn').at(-1);
    expect(row).toMatchObject({ user_id: null, targets: '["login:nobody"]', result: 'UNAUTHENTICATED' });
    const listed = await ok(t.app, officer, 'accessLog.list', { kind: 'denied' });
    expect(listed.rows.find((r) => r.method === 'auth.signIn')).toMatchObject({ userId: null, attemptedLogin: 'nobody', targetText: [] });
  });

  it('keeps no typed text that is not shaped like a login: it could be a password typed into the wrong field', async () => {
    await signIn(newSession('test'), OFFICER.password, OFFICER.password);
    expect(logRows('auth.signIn').at(-1)).toMatchObject({ user_id: null, targets: '["login:*"]', result: 'UNAUTHENTICATED' });
    expect(JSON.stringify(databaseOf(t.app).sqlite.prepare('SELECT * FROM access_log').all())).not.toContain(OFFICER.password);
  });

  it('accepts the login in another letter case (logins are case-insensitive)', async () => {
    const view = await ok(t.app, newSession('test'), 'auth.signIn', { login: 'DIRECTOR', password: OFFICER.password });
    expect(view.user).toMatchObject({ login: 'director', role: 'officer' });
  });
});

describe('idle lock (자동 접속 차단)', () => {
  it('locks a session idle longer than 10 minutes by default, logs it, and asks for the password again', async () => {
    expect(await ok(t.app, officer, 'session.get')).toMatchObject({ idleLockMinutes: 10, locked: false });
    t.clock.advanceMinutes(9);
    await ok(t.app, officer, 'users.list');
    t.clock.advanceMinutes(9);
    await ok(t.app, officer, 'users.list');
    t.clock.advanceMinutes(11);
    const before = logRows('session.lock').length;
    expect(await dispatch(t.app, officer, 'users.list', {})).toMatchObject({
      ok: false,
      error: { code: 'LOCKED', message: expect.stringContaining('비밀번호를 다시 입력') },
    });
    expect(logRows('session.lock')).toHaveLength(before + 1);
    expect(logRows('session.lock').at(-1)).toMatchObject({ user_id: 1, kind: 'auth', result: 'ok' });
    expect(await ok(t.app, officer, 'session.get')).toMatchObject({ locked: true, user: { id: 1 } });
    // Every method but the public ones stays shut while locked, including the password change.
    expect(
      await dispatch(t.app, officer, 'auth.changePassword', { currentPassword: OFFICER.password, newPassword: 'Another#Pass2026' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
  });

  it('unlocks with the right password only; a wrong one counts toward the lockout', async () => {
    t.clock.advanceMinutes(11);
    await dispatch(t.app, officer, 'users.list', {});
    const wrong = await dispatch(t.app, officer, 'auth.unlock', { password: 'Wrong#Pass2026' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: expect.stringContaining('남은 시도: 4회') } });
    expect(userRow(1).failed_attempts).toBe(1);
    expect(await dispatch(t.app, officer, 'users.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });

    const unlocked = await ok(t.app, officer, 'auth.unlock', { password: OFFICER.password });
    expect(unlocked).toMatchObject({ locked: false, user: { id: 1 } });
    expect(userRow(1).failed_attempts).toBe(0);
    expect(await ok(t.app, officer, 'users.list')).toHaveLength(1);
  });

  it('five wrong passwords at the lock screen lock the account and end the session', async () => {
    const id = await newAccount('clerk');
    const session = newSession('test');
    await ok(t.app, session, 'auth.signIn', { login: 'clerk', password: TEMP });
    t.clock.advanceMinutes(11);
    expect(await dispatch(t.app, session, 'session.touch', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    const results = [];
    for (let i = 0; i < 5; i += 1) results.push(await dispatch(t.app, session, 'auth.unlock', { password: 'Wrong#Pass2026' }));
    expect(results.at(-1)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(userRow(id).locked_at).not.toBeNull();
    expect(session.user).toBeNull();
    expect(await dispatch(t.app, session, 'auth.unlock', { password: TEMP })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it('follows the idle time the officer sets', async () => {
    const updated = await ok(t.app, officer, 'settings.update', { idleLockMinutes: 30 });
    expect(updated).toMatchObject({ idleLockMinutes: 30 });
    expect(await ok(t.app, officer, 'session.get')).toMatchObject({ idleLockMinutes: 30 });
    expect(logRows('settings.update').at(-1)).toMatchObject({ result: 'ok', targets: '["setting:idleLockMinutes"]' });
    t.clock.advanceMinutes(25);
    expect(await dispatch(t.app, officer, 'users.list', {})).toMatchObject({ ok: true });
    t.clock.advanceMinutes(31);
    expect(await dispatch(t.app, officer, 'users.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('refuses an idle time outside 1–60 minutes with a Korean message and keeps the old one', async () => {
    expect(await dispatch(t.app, officer, 'settings.update', { idleLockMinutes: 0 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { idleLockMinutes: '1분 이상으로 정해 주세요.' } },
    });
    expect(await dispatch(t.app, officer, 'settings.update', { idleLockMinutes: 600 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { idleLockMinutes: '60분 이하로 정해 주세요.' } },
    });
    expect(await ok(t.app, officer, 'settings.get')).toMatchObject({ idleLockMinutes: 10 });
  });

  it('session.touch (activity in the window) keeps a session alive; an untouched one locks', async () => {
    const other = newSession('test');
    await ok(t.app, other, 'auth.signIn', { login: OFFICER.login, password: OFFICER.password });
    t.clock.advanceMinutes(6);
    await ok(t.app, officer, 'session.touch');
    t.clock.advanceMinutes(6);
    expect(await dispatch(t.app, officer, 'users.list', {})).toMatchObject({ ok: true });
    expect(await dispatch(t.app, other, 'users.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});

describe('sign-out', () => {
  it('ends the session: the next call needs a sign-in, and the sign-out is logged with the account', async () => {
    const view = await ok(t.app, officer, 'auth.signOut');
    expect(view).toMatchObject({ user: null, locked: false });
    expect(await dispatch(t.app, officer, 'users.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(logRows('auth.signOut').at(-1)).toMatchObject({ user_id: 1, kind: 'auth', result: 'ok' });
  });
});
