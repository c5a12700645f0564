import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPOSITION_RULE, TOO_GUESSABLE, characterKinds, passwordProblem } from '../../../shared/accounts/password.ts';
import { accountsApi } from '../../../shared/accounts/contract.ts';
import { hashPassword, verifyPassword } from '../../../electron/crypto/password.ts';
import { dispatch } from '../../../electron/dispatch.ts';
import { newSession, type Session } from '../../../electron/session.ts';
import { OFFICER, createAccount, ok, setUpClinic, type TestAccount } from '../../support/accounts.ts';
import { databaseOf, testApp, type TestApp } from '../../support/tempdb.ts';

const RULE = COMPOSITION_RULE;

describe('password rules (안전성 확보조치 기준: 2종류 10자 이상 또는 3종류 8자 이상)', () => {
  it.each([
    ['gwanak7river', 'lower + digit, 12'],
    ['MAPO!HANGANG', 'upper + special, 12'],
    ['4812!@9035', 'digit + special, 10'],
    ['sobaek8Peak', 'three kinds, 11'],
    ['Officer#2026!', 'the test officer'],
    [`${'a'.repeat(120)}Kq7z1Xv9`, 'two kinds, 128 (the maximum)'],
  ])('accepts %j (%s)', (password) => {
    expect(passwordProblem(password)).toBeNull();
  });

  it('meets the composition rule at exactly 8 characters of three kinds (then only the guessing estimate decides)', () => {
    expect(passwordProblem('tQ9!mW2x')).not.toBe(RULE);
    expect(passwordProblem('tQ9mW2x')).toBe(RULE);
  });

  it.each([
    ['Password123!', 'the most common pattern'],
    ['Qwerty!2345', 'a keyboard row'],
    ['abcdefghi1', 'a sequence'],
    ['12345678!@', 'digits and the shifted digits'],
  ])('refuses %j (%s), which meets the composition rule, as too easy to guess', (password) => {
    expect(passwordProblem(password)).toBe(TOO_GUESSABLE);
  });

  it.each([
    ['abcdefghij', 'one kind, 10'],
    ['1234567890123', 'digits only, 13'],
    ['abcdefgh1', 'two kinds, 9'],
    ['abcdEf1', 'three kinds, 7'],
    ['Ab1!', 'four kinds, 4'],
    ['', 'empty'],
  ])('refuses %j (%s) with the Korean rule', (password) => {
    expect(passwordProblem(password)).toBe(RULE);
  });

  it('refuses blanks and over-long passwords with their own Korean sentence', () => {
    expect(passwordProblem('Abcd 12345!')).toBe('비밀번호에는 공백을 넣을 수 없습니다.');
    expect(passwordProblem(`${'a'.repeat(128)}1`)).toBe('비밀번호는 128자 이하로 정해 주세요.');
  });

  it('counts the four kinds: upper, lower, digit, special', () => {
    expect(characterKinds('aaaa')).toBe(1);
    expect(characterKinds('aA')).toBe(2);
    expect(characterKinds('aA1')).toBe(3);
    expect(characterKinds('aA1-')).toBe(4);
  });
});

describe('password storage', () => {
  it('hashes with scrypt and a per-password salt; the hash never holds the password', async () => {
    const password = 'Same#Password2026';
    const [a, b] = await Promise.all([hashPassword(password), hashPassword(password)]);
    expect(a).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain(password);
    expect(await verifyPassword(password, a)).toBe(true);
    expect(await verifyPassword(password, b)).toBe(true);
    expect(await verifyPassword('Same#Password2027', a)).toBe(false);
    expect(await verifyPassword(password, 'plain-text-or-garbage')).toBe(false);
  });
});

let t: TestApp;
let officer: Session;
let clerk: TestAccount;

beforeAll(async () => {
  t = testApp();
  officer = await setUpClinic(t.app);
  clerk = await createAccount(t.app, officer, 'clerk', 'admin', '이정민');
});

afterAll(async () => {
  await t.close();
});

const sqlite = () => databaseOf(t.app).sqlite;
const hashOf = (id: number) => sqlite().prepare('SELECT password_hash FROM users WHERE id = ?').pluck().get(id) as string;
const copy = (session: Session): Session => ({ ...session, user: session.user ? { ...session.user } : null });

const all = (table: string) => sqlite().prepare(`SELECT * FROM ${table}`).all();

/** Everything a refused call must leave as it was (the access log, which records the attempt, aside). */
function snapshot() {
  return {
    users: all('users'),
    keys: all('signing_keys'),
    ledger: all('ledger_entries'),
    reviews: all('access_reviews'),
    settings: all('settings'),
    clinic: all('clinic_profile'),
  };
}

describe('stored passwords', () => {
  it('every account’s hash is scrypt and holds no password; the database file holds no password at all', async () => {
    const hashes = sqlite().prepare('SELECT password_hash FROM users').pluck().all() as string[];
    expect(hashes).toHaveLength(2);
    for (const hash of hashes) {
      expect(hash).toMatch(/^scrypt\$/);
      for (const password of [OFFICER.password, clerk.password, 'Temp#clerk2026']) expect(hash).not.toContain(password);
    }
    databaseOf(t.app).checkpoint();
    const files = [t.dbPath, `${t.dbPath}-wal`].filter((path) => existsSync(path)).map((path) => readFileSync(path));
    for (const password of [OFFICER.password, clerk.password, 'Temp#clerk2026']) {
      for (const bytes of files) expect(bytes.includes(Buffer.from(password, 'utf8')), password).toBe(false);
    }
  });
});

describe('auth.changePassword', () => {
  it('refuses the current password as the new one (VALIDATION on newPassword) and changes nothing', async () => {
    const before = hashOf(clerk.id);
    const result = await dispatch(t.app, copy(clerk.session), 'auth.changePassword', {
      currentPassword: clerk.password,
      newPassword: clerk.password,
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { newPassword: '새 비밀번호는 현재 비밀번호와 달라야 합니다.' } },
    });
    expect(hashOf(clerk.id)).toBe(before);
  });

  it('refuses a new password that breaks the rules, with the rule in Korean', async () => {
    const result = await dispatch(t.app, copy(clerk.session), 'auth.changePassword', {
      currentPassword: clerk.password,
      newPassword: 'short1',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { newPassword: RULE } } });
  });

  it('refuses a guessable new password (VALIDATION on newPassword, the estimate made once the current one checks) and changes nothing', async () => {
    const before = snapshot();
    const result = await dispatch(t.app, copy(clerk.session), 'auth.changePassword', {
      currentPassword: clerk.password,
      newPassword: 'Password123!',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { newPassword: TOO_GUESSABLE } } });
    expect(snapshot().users).toEqual(before.users);
    expect(snapshot().keys).toEqual(before.keys);
  });

  it('refuses a wrong current password (UNAUTHENTICATED on currentPassword), counts it, and changes nothing', async () => {
    const before = snapshot();
    const hashBefore = hashOf(clerk.id);
    const result = await dispatch(t.app, copy(clerk.session), 'auth.changePassword', {
      currentPassword: 'Not#MyPassword1',
      newPassword: 'Brand#New2026',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', fields: { currentPassword: expect.stringMatching(/[가-힣]/) } },
    });
    const after = snapshot();
    expect(sqlite().prepare('SELECT failed_attempts FROM users WHERE id = ?').pluck().get(clerk.id)).toBe(1);
    expect(hashOf(clerk.id)).toBe(hashBefore);
    expect(after.keys).toEqual(before.keys);
    expect(after.ledger).toEqual(before.ledger);
    // A correct password afterwards clears the count (and shows the old password still works).
    await ok(t.app, newSession('test'), 'auth.signIn', { login: 'clerk', password: clerk.password });
    expect(sqlite().prepare('SELECT failed_attempts FROM users WHERE id = ?').pluck().get(clerk.id)).toBe(0);
  });

  it('refuses the current password typed in another Unicode normalisation as the new one', () => {
    const current = 'Sobaek8Peak가';
    const parsed = accountsApi['auth.changePassword'].input.safeParse({ currentPassword: current, newPassword: current.normalize('NFD') });
    expect(current.normalize('NFD')).not.toBe(current);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['newPassword'], message: expect.stringContaining('달라야') });
  });
});

describe('a payload that claims another user', () => {
  const claims: Array<[string, 'officer' | 'clerk', string, Record<string, unknown>]> = [
    [
      'changes another user’s password',
      'clerk',
      'auth.changePassword',
      { currentPassword: 'Own#clerk2026!', newPassword: 'Taken#Over2026', userId: 1 },
    ],
    ['keeps a session alive as someone else', 'clerk', 'session.touch', { userId: 1 }],
    ['signs someone else out', 'clerk', 'auth.signOut', { userId: 1 }],
    ['signs in as a user id', 'clerk', 'auth.signIn', { login: 'clerk', password: 'Own#clerk2026!', userId: 1 }],
    [
      'creates an account in another officer’s name',
      'officer',
      'users.create',
      {
        login: 'ghost',
        name: '유령',
        title: '직원',
        role: 'officer',
        temporaryPassword: 'Ghost#Temp2026',
        officerPassword: OFFICER.password,
        createdBy: 2,
      },
    ],
    [
      'resets a password as another officer',
      'officer',
      'users.resetPassword',
      {
        userId: 2,
        temporaryPassword: 'Reset#Temp2026',
        officerPassword: OFFICER.password,
        actorId: 2,
      },
    ],
    ['disables an account as someone else', 'officer', 'users.disable', { userId: 2, officerPassword: OFFICER.password, byUserId: 2 }],
    ['lists accounts as someone else', 'officer', 'users.list', { userId: 2 }],
    [
      'records the access-log review in another name',
      'officer',
      'accessLog.recordReview',
      { through: '2026-10', remark: '이상 없음', reviewedBy: 2 },
    ],
    ['changes settings as someone else', 'officer', 'settings.update', { idleLockMinutes: 30, userId: 2 }],
  ];

  it.each(claims)('%s: VALIDATION naming the extra key, and nothing changes', async (_what, who, method, payload) => {
    const caller = copy(who === 'officer' ? officer : clerk.session);
    const before = snapshot();
    const result = await dispatch(t.app, caller, method, payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { _: expect.stringContaining('알 수 없는 항목') } } });
    expect(snapshot()).toEqual(before);
    expect(caller.user).toMatchObject({ id: who === 'officer' ? 1 : clerk.id });
  });
});

describe('temporary passwords', () => {
  it('a guessable temporary password is refused on its field, and no account is made', async () => {
    const before = snapshot();
    const result = await dispatch(t.app, officer, 'users.create', {
      login: 'guessable',
      name: '추측 가능',
      title: '직원',
      role: 'auditor',
      temporaryPassword: 'Qwerty!2345',
      officerPassword: OFFICER.password,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { temporaryPassword: TOO_GUESSABLE } } });
    expect(snapshot().users).toEqual(before.users);
    expect(snapshot().ledger).toEqual(before.ledger);
  });

  it('a new account must replace its temporary password before any role’s work', async () => {
    const created = await ok(t.app, officer, 'users.create', {
      login: 'newcomer',
      name: '신입 직원',
      title: '직원',
      role: 'auditor',
      temporaryPassword: 'Newcomer#Temp1',
      officerPassword: OFFICER.password,
    });
    expect(created).toMatchObject({
      login: 'newcomer',
      role: 'auditor',
      status: 'active',
      mustChangePassword: true,
      keyId: expect.stringMatching(/^[0-9a-f]{32}$/),
    });

    const session = newSession('test');
    const view = await ok(t.app, session, 'auth.signIn', { login: 'newcomer', password: 'Newcomer#Temp1' });
    expect(view.user).toMatchObject({ mustChangePassword: true });
    for (const method of ['users.list', 'accessLog.list', 'settings.get']) {
      expect(await dispatch(t.app, session, method, {}), method).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', message: expect.stringContaining('임시 비밀번호') },
      });
    }
    expect(await dispatch(t.app, session, 'session.touch', {})).toMatchObject({ ok: true });

    const changed = await ok(t.app, session, 'auth.changePassword', {
      currentPassword: 'Newcomer#Temp1',
      newPassword: 'Newcomer#Own2026',
    });
    expect(changed.user).toMatchObject({ mustChangePassword: false });
    expect(await dispatch(t.app, session, 'users.list', {})).toMatchObject({ ok: true });
    expect(await dispatch(t.app, newSession('test'), 'auth.signIn', { login: 'newcomer', password: 'Newcomer#Temp1' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });

    // The officer resets it: the open window is back to "change your password first", the old one no longer works.
    const reset = await ok(t.app, officer, 'users.resetPassword', {
      userId: created.id,
      temporaryPassword: 'Newcomer#Temp2',
      officerPassword: OFFICER.password,
    });
    expect(reset).toMatchObject({ mustChangePassword: true, status: 'active' });
    expect(await dispatch(t.app, session, 'users.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await dispatch(t.app, newSession('test'), 'auth.signIn', { login: 'newcomer', password: 'Newcomer#Own2026' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    const again = await ok(t.app, newSession('test'), 'auth.signIn', { login: 'newcomer', password: 'Newcomer#Temp2' });
    expect(again.user).toMatchObject({ mustChangePassword: true });
  });

  it('refuses a temporary password that breaks the rules, naming the field, and writes nothing', async () => {
    const before = snapshot();
    const result = await dispatch(t.app, officer, 'users.create', {
      login: 'weakling',
      name: '약한 비번',
      title: '직원',
      role: 'admin',
      temporaryPassword: 'password',
      officerPassword: OFFICER.password,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { temporaryPassword: RULE } } });
    expect(snapshot()).toEqual(before);
  });
});

describe('officer safeguards', () => {
  it('the officer cannot reset their own password (CONFLICT), and nothing changes', async () => {
    const before = snapshot();
    const result = await dispatch(t.app, officer, 'users.resetPassword', {
      userId: 1,
      temporaryPassword: 'Self#Reset2026',
      officerPassword: OFFICER.password,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('비밀번호 변경') } });
    expect(snapshot()).toEqual(before);
  });

  it('the last officer cannot be disabled (CONFLICT) and keeps working', async () => {
    const before = snapshot();
    const result = await dispatch(t.app, officer, 'users.disable', { userId: 1, officerPassword: OFFICER.password });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('마지막') } });
    expect(snapshot()).toEqual(before);
    expect(await dispatch(t.app, officer, 'users.list', {})).toMatchObject({ ok: true });
  });

  it.each(['clerk', 'CLERK', OFFICER.login])(
    'users.create with the taken login %j: CONFLICT on login, no user, key or ledger entry',
    async (login) => {
      const before = snapshot();
      const result = await dispatch(t.app, officer, 'users.create', {
        login,
        name: '중복 계정',
        title: '직원',
        role: 'admin',
        temporaryPassword: 'Duplicate#2026',
        officerPassword: OFFICER.password,
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', fields: { login: '이미 사용 중인 아이디입니다.' } } });
      expect(snapshot()).toEqual(before);
    },
  );

  it('users.create refuses a wrong officer password (on officerPassword) and creates nothing', async () => {
    const before = snapshot();
    const result = await dispatch(t.app, officer, 'users.create', {
      login: 'sneaky',
      name: '몰래 계정',
      title: '직원',
      role: 'officer',
      temporaryPassword: 'Sneaky#Temp2026',
      officerPassword: 'Guess#Officer1',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', fields: { officerPassword: expect.stringMatching(/[가-힣]/) } },
    });
    const after = snapshot();
    expect(after.users.map((u) => (u as { login: string }).login)).toEqual(before.users.map((u) => (u as { login: string }).login));
    expect(after.ledger).toEqual(before.ledger);
    await ok(t.app, newSession('test'), 'auth.signIn', { login: OFFICER.login, password: OFFICER.password });
  });
});
