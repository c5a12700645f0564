import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { keyFilePathFor } from '../../../electron/crypto/secrets.ts';
import { dispatch } from '../../../electron/dispatch.ts';
import { newSession } from '../../../electron/session.ts';
import { OFFICER, createAccount, ok } from '../../support/accounts.ts';
import { SIGN_IN_REFUSED } from '../../../electron/accounts/passwords.ts';
import { cli, type CliRun } from '../../support/cli.ts';
import { copyDatabase, openCopy } from '../../support/tamper.ts';
import { tempDir } from '../../support/tempdb.ts';

// `npm run cli -- init | user-add | verify`, in-process. One database is initialised once (scrypt
// is slow); every test that changes a file works on its own copy.

// The officer's password is the one the shared helpers (createAccount) type as the officer.
const PASSWORD = OFFICER.password;
const NEW_PASSWORD = 'Clerk#Temp2026';
const RULE = '2종류 이상으로 10자 이상, 또는 3종류 이상으로 8자 이상';

let dir: string;
let removeDir: () => void;
let basePath: string;
let initRun: CliRun;
const cleanups: Array<() => unknown> = [];

beforeAll(async () => {
  ({ dir, cleanup: removeDir } = tempDir('retention-desk-cli-'));
  basePath = join(dir, 'base.db');
  initRun = await cli(['init', '--db', basePath, '--clinic', '통인한의원', '--officer', 'privacy', '--officer-name', '김서연'], {
    RD_PASSWORD: PASSWORD,
  });
});

afterAll(() => {
  removeDir();
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A copy of the initialised file, removed after the test. */
function copyOfBase(): string {
  const { path, cleanup } = copyDatabase(basePath);
  cleanups.push(cleanup);
  return path;
}

/** Reads a closed database file without changing it. */
function query<T>(path: string, sql: string, ...params: unknown[]): T[] {
  const sqlite = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    return sqlite.prepare(sql).all(...params) as T[];
  } finally {
    sqlite.close();
  }
}

const logins = (path: string) => query<{ login: string }>(path, 'SELECT login FROM users ORDER BY id').map((r) => r.login);

function userAdd(path: string, env: Record<string, string | undefined>, role = 'admin', extra: string[] = []) {
  return cli(['user-add', '--db', path, '--login', 'clerk', '--name', '이정민', '--role', role, ...extra], env);
}

const officerEnv = { RD_USER: 'privacy', RD_PASSWORD: PASSWORD, RD_NEW_PASSWORD: NEW_PASSWORD };

describe('cli init', () => {
  it('sets up a new database, prints JSON, and the officer can sign in with RD_PASSWORD', async () => {
    expect(initRun.code).toBe(0);
    expect(initRun.json()).toEqual({
      ok: true,
      db: basePath,
      clinic: '통인한의원',
      officer: 'privacy',
      installationKeyId: expect.stringMatching(/^[0-9a-f]{32}$/),
      officerKeyId: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    // The installation key file is readable by its owner only.
    expect(statSync(keyFilePathFor(basePath)).mode & 0o777).toBe(0o600);
    const copy = openCopy(basePath);
    cleanups.push(() => copy.close());
    const view = await ok(copy.app, newSession('test'), 'auth.signIn', { login: 'privacy', password: PASSWORD });
    expect(view).toMatchObject({
      needsSetup: false,
      clinicName: '통인한의원',
      user: { login: 'privacy', name: '김서연', role: 'officer', mustChangePassword: false },
    });
    expect(query<{ method: string; terminal: string }>(basePath, 'SELECT method, terminal FROM access_log')).toEqual([
      { method: 'setup.run', terminal: expect.stringMatching(/^cli@/) },
    ]);
  });

  it('`verify` on the fresh file exits 0 with both chains ok', async () => {
    const run = await cli(['verify', '--db', copyOfBase()]);
    expect(run.code).toBe(0);
    expect(run.json()).toEqual({
      ok: true,
      chains: {
        // The installation key, the officer's key, and the seal of the setup's access-log entry.
        ledger: {
          ok: true,
          chain: 'ledger',
          entries: 3,
          head: { seq: 3, hash: expect.any(String) },
          installationKeyId: initRun.json().installationKeyId,
        },
        accessLog: {
          ok: true,
          chain: 'access_log',
          entries: 1,
          head: { seq: 1, hash: expect.any(String) },
          unsealed: { entries: 0, since: null },
          keyed: true,
        },
      },
      kinds: { installation: 1, 'key.register': 1, 'audit.seal': 1 },
      external: 'matches',
      unproven: [expect.stringContaining('인장 지문'), expect.stringContaining('QR'), expect.stringContaining('최신성')],
    });
  });

  it('refuses an existing file (exit 2) and leaves it untouched', async () => {
    const path = copyOfBase();
    const before = readFileSync(path);
    const run = await cli(['init', '--db', path, '--clinic', '다른의원', '--officer', 'other', '--officer-name', '박민호'], {
      RD_PASSWORD: PASSWORD,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('이미 있는 파일입니다');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a weak RD_PASSWORD (exit 2) with the Korean password rule', async () => {
    const path = join(dir, 'weak.db');
    const run = await cli(['init', '--db', path, '--clinic', '통인한의원', '--officer', 'privacy', '--officer-name', '김서연'], {
      RD_PASSWORD: 'password1',
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(RULE);
    expect(run.stdout).toBe('');
  });

  it('a refused init leaves no file behind, so the same command works once the password is fixed', async () => {
    const path = join(dir, 'retry.db');
    const args = ['init', '--db', path, '--clinic', '통인한의원', '--officer', 'privacy', '--officer-name', '김서연'];
    expect((await cli(args, { RD_PASSWORD: 'password1' })).code).toBe(2);
    expect(existsSync(path)).toBe(false);
    expect((await cli(args, { RD_PASSWORD: PASSWORD })).code).toBe(0);
  });

  it('needs RD_PASSWORD and every option (exit 2), creating nothing', async () => {
    const path = join(dir, 'missing.db');
    const noPassword = await cli(['init', '--db', path, '--clinic', '통인한의원', '--officer', 'privacy', '--officer-name', '김서연'], {});
    expect(noPassword.code).toBe(2);
    expect(noPassword.stderr).toContain('RD_PASSWORD');
    const noClinic = await cli(['init', '--db', path, '--officer', 'privacy', '--officer-name', '김서연'], { RD_PASSWORD: PASSWORD });
    expect(noClinic.code).toBe(2);
    expect(noClinic.stderr).toContain('--clinic 값을 지정해 주세요.');
    expect(existsSync(path)).toBe(false);
  });
});

describe('passwords are never accepted as arguments', () => {
  const secret = 'Argv#Secret2026';
  it.each([
    ['init', ['init', '--db', 'DB', '--clinic', '통인한의원', '--officer', 'privacy', '--officer-name', '김서연', '--password', secret]],
    ['init', ['init', '--db', 'DB', '--clinic', '통인한의원', '--officer', 'privacy', '--officer-name', '김서연', `--password=${secret}`]],
    ['user-add', ['user-add', '--db', 'BASE', '--login', 'clerk', '--name', '이정민', '--role', 'admin', '--password', secret]],
    ['user-add', ['user-add', '--db', 'BASE', '--login', 'clerk', '--name', '이정민', '--role', 'admin', '--new-password', secret]],
  ])('%s with a password option exits 2, does nothing and does not echo it', async (_command, args) => {
    const path = join(dir, 'argv.db');
    const base = copyOfBase();
    const run = await cli(
      args.map((a) => (a === 'DB' ? path : a === 'BASE' ? base : a)),
      { RD_PASSWORD: PASSWORD, RD_USER: 'privacy', RD_NEW_PASSWORD: NEW_PASSWORD },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('옵션이 올바르지 않습니다');
    expect(run.stderr + run.stdout).not.toContain(secret);
    expect(existsSync(path)).toBe(false);
    expect(logins(base)).toEqual(['privacy']);
  });
});

describe('cli user-add', () => {
  it('creates the account as the officer; it signs in with RD_NEW_PASSWORD and must change it; the chains still verify', async () => {
    const path = copyOfBase();
    const run = await userAdd(path, officerEnv);
    expect(run.code).toBe(0);
    expect(run.json()).toEqual({
      ok: true,
      id: 2,
      login: 'clerk',
      role: 'admin',
      keyId: expect.stringMatching(/^[0-9a-f]{32}$/),
      mustChangePassword: true,
    });
    expect(query(path, 'SELECT method, result, user_id FROM access_log WHERE seq > 1 ORDER BY seq')).toEqual([
      { method: 'auth.signIn', result: 'ok', user_id: 1 },
      { method: 'users.create', result: 'ok', user_id: 1 },
      { method: 'auth.signOut', result: 'ok', user_id: 1 },
    ]);
    const verified = await cli(['verify', '--db', path]);
    expect(verified.code).toBe(0);
    // + the clerk's temporary key, the seal after users.create and the seal at sign-out.
    expect(verified.json()).toMatchObject({
      ok: true,
      chains: { ledger: { entries: 6 }, accessLog: { entries: 4, unsealed: { entries: 0 } } },
    });

    const copy = openCopy(path);
    cleanups.push(() => copy.close());
    const view = await ok(copy.app, newSession('test'), 'auth.signIn', { login: 'clerk', password: NEW_PASSWORD });
    expect(view.user).toMatchObject({ login: 'clerk', name: '이정민', role: 'admin', mustChangePassword: true });
  });

  it('a wrong RD_PASSWORD exits 3, creates nothing, and counts toward the officer’s lockout', async () => {
    const path = copyOfBase();
    const run = await userAdd(path, { ...officerEnv, RD_PASSWORD: 'Wrong#Guess2026' });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(SIGN_IN_REFUSED);
    expect(logins(path)).toEqual(['privacy']);
    expect(query(path, 'SELECT failed_attempts FROM users WHERE id = 1')).toEqual([{ failed_attempts: 1 }]);
  });

  it('a locked officer account exits 3 even with the right password', async () => {
    const path = copyOfBase();
    const codes: number[] = [];
    for (let i = 0; i < 5; i += 1) codes.push((await userAdd(path, { ...officerEnv, RD_PASSWORD: 'Wrong#Guess2026' })).code);
    expect(codes).toEqual([3, 3, 3, 3, 3]);
    const run = await userAdd(path, officerEnv);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(SIGN_IN_REFUSED);
    expect(query(path, 'SELECT locked_at IS NOT NULL AS locked FROM users WHERE id = 1')).toEqual([{ locked: 1 }]);
    expect(logins(path)).toEqual(['privacy']);
  });

  it('a non-officer RD_USER exits 3 (FORBIDDEN) and creates nothing', async () => {
    const copy = openCopy(basePath);
    cleanups.push(() => copy.close());
    const officer = newSession('test');
    await ok(copy.app, officer, 'auth.signIn', { login: 'privacy', password: PASSWORD });
    const admin = await createAccount(copy.app, officer, 'reception', 'admin');
    await copy.app.close();
    const run = await cli(['user-add', '--db', copy.dbPath, '--login', 'sneaky', '--name', '몰래', '--role', 'officer'], {
      RD_USER: 'reception',
      RD_PASSWORD: admin.password,
      RD_NEW_PASSWORD: NEW_PASSWORD,
    });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('권한이 없습니다');
    expect(logins(copy.dbPath)).toEqual(['privacy', 'reception']);
    expect(query(copy.dbPath, "SELECT user_id, result FROM access_log WHERE method = 'users.create' ORDER BY seq DESC LIMIT 1")).toEqual([
      { user_id: admin.id, result: 'FORBIDDEN' },
    ]);
  });

  it('an unknown --role exits 2 naming the roles, before anything is opened', async () => {
    const path = copyOfBase();
    const run = await userAdd(path, officerEnv, 'superuser');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('officer, admin, facilities, auditor');
    expect(query(path, 'SELECT count(*) AS n FROM access_log')).toEqual([{ n: 1 }]);
  });

  it.each(['RD_USER', 'RD_PASSWORD', 'RD_NEW_PASSWORD'])('without %s it exits 2 naming the variable, and creates nothing', async (name) => {
    const path = copyOfBase();
    const run = await userAdd(path, { ...officerEnv, [name]: undefined });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(name);
    expect(logins(path)).toEqual(['privacy']);
  });

  it('a weak RD_NEW_PASSWORD exits 2 with the Korean rule, and creates nothing', async () => {
    const path = copyOfBase();
    const run = await userAdd(path, { ...officerEnv, RD_NEW_PASSWORD: 'clerk' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(RULE);
    expect(logins(path)).toEqual(['privacy']);
  });

  it('a missing database file exits 2 and is not created', async () => {
    const path = join(dir, 'typo.db');
    const run = await userAdd(path, officerEnv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('데이터베이스 파일이 없습니다');
    expect(existsSync(path)).toBe(false);
  });

  it('`verify` after tampering exits 1 with the failure as JSON', async () => {
    const path = copyOfBase();
    const sqlite = new BetterSqlite3(path);
    sqlite.prepare("UPDATE access_log SET result = 'FORBIDDEN' WHERE seq = 1").run();
    sqlite.close();
    const run = await cli(['verify', '--db', path]);
    expect(run.code).toBe(1);
    expect(run.json()).toEqual({
      ok: false,
      chain: 'access_log',
      entry: 1,
      code: 'HASH_MISMATCH',
      reason: expect.stringMatching(/[가-힣]/),
    });
  });
});

describe('cli and the dispatcher agree', () => {
  it('an account made by the CLI is refused role work until its temporary password is changed', async () => {
    const path = copyOfBase();
    expect((await userAdd(path, officerEnv)).code).toBe(0);
    const copy = openCopy(path);
    cleanups.push(() => copy.close());
    const session = newSession('test');
    await ok(copy.app, session, 'auth.signIn', { login: 'clerk', password: NEW_PASSWORD });
    expect(await dispatch(copy.app, session, 'settings.get', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
