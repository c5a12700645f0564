import { parse } from 'csv-parse/sync';
import type { AccessLogTable } from '../../../db/schema.ts';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { resultLabel } from '../../../shared/accessLog/labels.ts';
import { methodLabel } from '../../../shared/domains.ts';
import { toCsv } from '../../../shared/formats/csv.ts';
import { dispatch } from '../../../electron/dispatch.ts';
import { newSession, type Session } from '../../../electron/session.ts';
import { CLINIC, OFFICER, createAccount, ok, setUpClinic, type TestAccount } from '../../support/accounts.ts';
import { cli } from '../../support/cli.ts';
import { openCopy, rechainAccessLog, signedInAs } from '../../support/tamper.ts';
import { TEST_PASSWORD_COST, databaseOf, tempDir, testApp, type TestApp } from '../../support/tempdb.ts';
import { createAppContext } from '../../../electron/context.ts';
import { keyFileProtector } from '../../../electron/crypto/secrets.ts';
import { accessLogKey } from '../../../electron/ledger/accessKey.ts';
import { verifyAccessLog } from '../../../electron/ledger/accessChain.ts';
import { accessAnchors } from '../../../electron/ledger/seals.ts';
import { verifyDatabase } from '../../../electron/ledger/verification.ts';

// One history is built once (scrypt is slow) and closed; every test works on its own copy of the
// file, so that each tampering starts from the same intact chains.

const WRONG = 'Wrong#Guess2026';
const CLERK_NAME = '이정민';

let base: TestApp;
let clerk: TestAccount;
/** The copy the current test works on; every copy opened is closed and removed after the test. */
let copy: TestApp;
const opened: TestApp[] = [];

type Sqlite = ReturnType<typeof databaseOf>['sqlite'];

type LogRow = AccessLogTable;

beforeAll(async () => {
  base = testApp();
  const officer = await setUpClinic(base.app);
  clerk = await createAccount(base.app, officer, 'clerk', 'admin', CLERK_NAME);
  await dispatch(base.app, newSession('test'), 'auth.signIn', { login: 'clerk', password: WRONG });
  const window = newSession('test');
  await ok(base.app, window, 'auth.signIn', { login: 'clerk', password: clerk.password });
  await ok(base.app, window, 'auth.signOut');
  await dispatch(base.app, clerk.session, 'accessLog.list', {});
  base.clock.advanceMinutes(11);
  await dispatch(base.app, officer, 'users.list', {});
  await ok(base.app, officer, 'auth.unlock', { password: OFFICER.password });
  await ok(base.app, officer, 'accessLog.list', {});
  await base.app.close();
});

afterAll(async () => {
  await base.close();
});

/** A fresh copy of the history, and the officer's window on it. */
function fresh(): { officer: Session; sqlite: () => Sqlite } {
  copy = openCopy(base.dbPath, '2026-11-24T09:30:00+09:00');
  opened.push(copy);
  return { officer: signedInAs(1, 'officer', copy.clock.now()), sqlite: () => databaseOf(copy.app).sqlite };
}

afterEach(async () => {
  for (const app of opened.splice(0)) await app.close();
});

const rows = (sqlite: Sqlite) => sqlite.prepare('SELECT * FROM access_log ORDER BY seq').all() as LogRow[];

function seqOf(all: LogRow[], method: string, result: string): number {
  const row = all.find((r) => r.method === method && r.result === result);
  if (!row) throw new Error(`no ${method} ${result} in the access log`);
  return row.seq;
}

async function cliVerify(): Promise<{ code: number; report: Record<string, unknown>; stderr: string }> {
  await copy.app.close();
  const run = await cli(['verify', '--db', copy.dbPath]);
  return { code: run.code, report: run.stdout ? run.json() : {}, stderr: run.stderr };
}

describe('the access log (접속기록)', () => {
  it('has an entry for every sign-in (success and failure), sign-out, lock, unlock, account change and log read', () => {
    const { sqlite } = fresh();
    // A failed sign-in has nobody signed in: the account tried is named in its targets (its user_id is checked below).
    const summary = rows(sqlite()).map((r) => [
      r.method,
      r.result,
      r.result === 'UNAUTHENTICATED' ? 'tried' : r.user_id,
      r.targets,
      r.kind,
    ]);
    expect(summary).toEqual([
      // Calls that append to the signed ledger also anchor its new head (seq and hash).
      ['setup.run', 'ok', 1, expect.stringMatching(/^\["user:1","ledger:2:[0-9a-f]{64}"\]$/), 'auth'],
      // (Ledger entry 3 is the seal of setup's entry; 5 the seal after users.create.)
      ['users.create', 'ok', 1, expect.stringMatching(new RegExp(`^\\["user:${clerk.id}","ledger:4:[0-9a-f]{64}"\\]$`)), 'change'],
      ['auth.signIn', 'ok', clerk.id, `["user:${clerk.id}"]`, 'auth'],
      // The first own password replaces the temporary key in the ledger (key.rotate).
      [
        'auth.changePassword',
        'ok',
        clerk.id,
        expect.stringMatching(new RegExp(`^\\["user:${clerk.id}","ledger:6:[0-9a-f]{64}"\\]$`)),
        'auth',
      ],
      ['auth.signIn', 'UNAUTHENTICATED', 'tried', `["user:${clerk.id}"]`, 'auth'],
      ['auth.signIn', 'ok', clerk.id, `["user:${clerk.id}"]`, 'auth'],
      ['auth.signOut', 'ok', clerk.id, '[]', 'auth'],
      ['accessLog.list', 'FORBIDDEN', clerk.id, '[]', 'read'],
      ['session.lock', 'ok', 1, '[]', 'auth'],
      ['users.list', 'LOCKED', 1, '[]', 'read'],
      ['auth.unlock', 'ok', 1, '["user:1"]', 'auth'],
      ['accessLog.list', 'ok', 1, '[]', 'read'],
    ]);
    const all = rows(sqlite());
    expect([null, clerk.id]).toContain(all.find((r) => r.result === 'UNAUTHENTICATED')?.user_id);
    expect(all.map((r) => r.seq)).toEqual(all.map((_, i) => i + 1));
    expect(all[8]?.at).toBe('2026-11-24T00:11:00.000Z');
    expect(new Set(all.map((r) => r.terminal))).toEqual(new Set(['test']));
  });

  it('holds no password, no person’s name and nothing of the clinic’s profile', () => {
    const { sqlite } = fresh();
    const raw = JSON.stringify(rows(sqlite()));
    const secrets = [
      OFFICER.password,
      clerk.password,
      'Temp#clerk2026',
      WRONG,
      OFFICER.name,
      CLERK_NAME,
      CLINIC.name,
      CLINIC.address,
      CLINIC.representative,
      CLINIC.businessNumber,
      CLINIC.privacyOfficerContact,
      CLINIC.cctvManagerName,
    ];
    for (const secret of secrets) expect(raw, secret).not.toContain(secret);
  });

  it('lists with filters: by account, refused attempts only, by day', async () => {
    const { officer, sqlite } = fresh();
    const mine = await ok(copy.app, officer, 'accessLog.list', { userId: clerk.id, order: 'oldest' });
    expect(mine.rows.map((r) => `${r.method} ${r.result}`)).toEqual(
      expect.arrayContaining(['auth.signIn ok', 'auth.changePassword ok', 'auth.signOut ok', 'accessLog.list FORBIDDEN']),
    );
    // The account's own entries, and the failed sign-ins typed with its login (they have no user yet).
    expect(mine.rows.filter((r) => r.userId !== clerk.id && r.attemptedLogin !== 'clerk')).toEqual([]);
    expect(mine.rows.some((r) => r.userId === null && r.attemptedLogin === 'clerk' && r.result === 'UNAUTHENTICATED')).toBe(true);
    expect(mine.rows[0]).toMatchObject({ login: 'clerk', userName: CLERK_NAME });
    const denied = await ok(copy.app, officer, 'accessLog.list', { kind: 'denied', order: 'oldest' });
    expect(denied.rows.map((r) => r.result)).toEqual(['UNAUTHENTICATED', 'FORBIDDEN', 'LOCKED']);
    const auth = await ok(copy.app, officer, 'accessLog.list', { kind: 'auth' });
    expect(auth.rows.every((r) => r.kind === 'auth')).toBe(true);
    expect(auth.total).toBe(8);
    expect(await ok(copy.app, officer, 'accessLog.list', { from: '2026-11-25' })).toEqual({ rows: [], total: 0 });
    const everything = rows(sqlite()).length;
    expect((await ok(copy.app, officer, 'accessLog.list', { from: '2026-11-24', to: '2026-11-24' })).total).toBe(everything);
    expect(await ok(copy.app, officer, 'accessLog.list', { to: '2026-11-23' })).toEqual({ rows: [], total: 0 });
    expect(await dispatch(copy.app, officer, 'accessLog.list', { from: '2026-02-30' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { from: '날짜가 올바르지 않습니다. 2026년 2월은 28일까지 있습니다.' } },
    });
  });

  it('verifies intact, in the app and with the CLI', async () => {
    const { officer } = fresh();
    expect(await ok(copy.app, officer, 'accessLog.verify')).toMatchObject({
      ok: true,
      chain: 'access_log',
      entries: 12,
      head: { seq: 12 },
    });
    const { code, report } = await cliVerify();
    expect(code).toBe(0);
    // The app's own verify call was logged too: 13 entries by now. The ledger: installation, the two keys, the
    // rotation, a seal after each of them and at each sign-out, and the seals made when the history and this
    // copy (which logged the verify) were closed.
    expect(report).toMatchObject({ ok: true, chains: { ledger: { ok: true, entries: 10 }, accessLog: { ok: true, entries: 13 } } });
  });
});

describe('tampering with the access log through plain SQL', () => {
  it('a changed result ("failed" → "ok") is named by the app and by `cli verify` (exit 1)', async () => {
    const { officer, sqlite } = fresh();
    const n = seqOf(rows(sqlite()), 'auth.signIn', 'UNAUTHENTICATED');
    sqlite().prepare("UPDATE access_log SET result = 'ok' WHERE seq = ?").run(n);
    expect(await ok(copy.app, officer, 'accessLog.verify')).toMatchObject({
      ok: false,
      chain: 'access_log',
      entry: n,
      code: 'HASH_MISMATCH',
    });
    const { code, report } = await cliVerify();
    expect(code).toBe(1);
    expect(report).toEqual({ ok: false, chain: 'access_log', entry: n, code: 'HASH_MISMATCH', reason: expect.stringMatching(/[가-힣]/) });
  });

  it.each([
    ['user_id', 'UPDATE access_log SET user_id = 1 WHERE seq = ?', 'HASH_MISMATCH'],
    ['at', "UPDATE access_log SET at = '2026-11-23T00:00:00.000Z' WHERE seq = ?", 'HASH_MISMATCH'],
    ['method', "UPDATE access_log SET method = 'session.get' WHERE seq = ?", 'HASH_MISMATCH'],
    ['targets', 'UPDATE access_log SET targets = \'["user:1"]\' WHERE seq = ?', 'HASH_MISMATCH'],
    ['terminal', "UPDATE access_log SET terminal = 'app@OTHER-PC' WHERE seq = ?", 'HASH_MISMATCH'],
    ['hash', "UPDATE access_log SET hash = printf('%064d', 0) WHERE seq = ?", 'HASH_MISMATCH'],
    ['prev_hash', "UPDATE access_log SET prev_hash = printf('%064d', 1) WHERE seq = ?", 'CHAIN_BROKEN'],
    ['targets (not JSON)', "UPDATE access_log SET targets = 'not json' WHERE seq = ?", 'HASH_MISMATCH'],
  ])('a changed %s column is named (%s)', async (_column, statement, reason) => {
    const { officer, sqlite } = fresh();
    const n = seqOf(rows(sqlite()), 'accessLog.list', 'FORBIDDEN');
    sqlite().prepare(statement).run(n);
    expect(await ok(copy.app, officer, 'accessLog.verify')).toMatchObject({ ok: false, entry: n, code: reason });
  });

  it('a deleted middle row is named by its missing number, in the app and by `cli verify`', async () => {
    const { officer, sqlite } = fresh();
    const m = seqOf(rows(sqlite()), 'auth.signOut', 'ok');
    sqlite().prepare('DELETE FROM access_log WHERE seq = ?').run(m);
    expect(await ok(copy.app, officer, 'accessLog.verify')).toMatchObject({ ok: false, entry: m, code: 'MISSING_ENTRY' });
    const { code, report } = await cliVerify();
    expect(code).toBe(1);
    expect(report).toMatchObject({
      ok: false,
      chain: 'access_log',
      entry: m,
      code: 'MISSING_ENTRY',
      reason: expect.stringContaining(`${m}번`),
    });
  });

  it('an edit after the last seal with every later hash recomputed is named by its keyed MAC, in the app and by `cli verify`', async () => {
    const { officer, sqlite } = fresh();
    // The last seal (when the history was closed) covers the log up to there; what this copy logs
    // after it carries only its MACs.
    await dispatch(copy.app, signedInAs(clerk.id, 'admin', copy.clock.now()), 'accessLog.list', {});
    const n = rows(sqlite()).at(-1)?.seq ?? 0;
    expect(rows(sqlite()).at(-1)).toMatchObject({ method: 'accessLog.list', result: 'FORBIDDEN' });
    sqlite().prepare("UPDATE access_log SET result = 'ok' WHERE seq = ?").run(n);
    rechainAccessLog(sqlite(), n);
    expect(await ok(copy.app, officer, 'accessLog.verify')).toMatchObject({ ok: false, entry: n, code: 'MAC_MISMATCH' });
    // Later entries written by the app (with the key) do not launder it: each entry's own MAC is checked.
    const { code, report } = await cliVerify();
    expect(code).toBe(1);
    expect(report).toMatchObject({ ok: false, chain: 'access_log', entry: n, code: 'MAC_MISMATCH' });
  });

  it('an edit before the last seal, with the chain recomputed, is named by its MAC (the next test forges the MACs too)', async () => {
    const { officer, sqlite } = fresh();
    const n = seqOf(rows(sqlite()), 'auth.signIn', 'UNAUTHENTICATED');
    sqlite().prepare("UPDATE access_log SET result = 'ok' WHERE seq = ?").run(n);
    rechainAccessLog(sqlite(), n);
    // Every row's MAC is checked, sealed or not: a seal made over the row later could not launder it.
    expect(await ok(copy.app, officer, 'accessLog.verify')).toMatchObject({ ok: false, entry: n, code: 'MAC_MISMATCH' });
  });

  it('a forger who also holds the MAC key still meets the monthly review and the seals: their heads are signed', async () => {
    const { officer, sqlite } = fresh();
    const review = await ok(copy.app, officer, 'accessLog.recordReview', {
      through: '2026-10',
      remark: '10월 접속기록 이상 없음',
      password: OFFICER.password,
    });
    const anchor = review.logSeq;
    const n = seqOf(rows(sqlite()), 'auth.signIn', 'UNAUTHENTICATED');
    sqlite().prepare("UPDATE access_log SET result = 'ok' WHERE seq = ?").run(n);
    const key = await accessLogKey(copy.app, databaseOf(copy.app).db, false);
    if (!key) throw new Error('the test app holds the access-log key');
    rechainAccessLog(sqlite(), n, key);
    // The first signed head after the edit names it: here the seal at the clerk's sign-out.
    expect(await ok(copy.app, officer, 'accessLog.verify')).toMatchObject({
      ok: false,
      code: 'ANCHOR_MISMATCH',
      reason: expect.stringContaining('봉인'),
    });
    // Without the seals, the officer's review still does.
    sqlite().prepare("DELETE FROM ledger_entries WHERE kind = 'audit.seal'").run();
    expect(await verifyAccessLog(sqlite(), { key, anchors: await accessAnchors(databaseOf(copy.app).db) })).toMatchObject({
      ok: false,
      entry: anchor,
      code: 'ANCHOR_MISMATCH',
      reason: expect.stringContaining('확인 서명'),
    });
  });

  it('a program without the key (another key store) verifies the chain but says the MAC was not checked', async () => {
    const { sqlite } = fresh();
    await copy.app.close();
    const { dir, cleanup } = tempDir();
    const other = createAppContext({
      databasePath: copy.dbPath,
      clock: copy.clock,
      secrets: keyFileProtector(`${dir}/other.key`),
      passwordCost: TEST_PASSWORD_COST,
    });
    try {
      const state = other.state();
      if (!state.ok) throw new Error('not open');
      expect(await verifyDatabase(other, state.database)).toMatchObject({ ok: true, accessLog: { ok: true, keyed: false } });
      expect(sqlite).toBeDefined();
    } finally {
      await other.close();
      cleanup();
    }
  });

  it('a cut tail that removes the reviewed entry is named by the review', async () => {
    const { officer, sqlite } = fresh();
    const review = await ok(copy.app, officer, 'accessLog.recordReview', {
      through: '2026-10',
      remark: '이상 없음',
      password: OFFICER.password,
    });
    sqlite().prepare('DELETE FROM access_log WHERE seq >= ?').run(review.logSeq);
    expect(await ok(copy.app, officer, 'accessLog.verify')).toMatchObject({
      ok: false,
      entry: review.logSeq,
      code: 'MISSING_ENTRY',
    });
  });
});

type Tamper = (sqlite: Sqlite) => void;

const swapSignatures: Tamper = (sqlite) => {
  const get = sqlite.prepare('SELECT signatures FROM ledger_entries WHERE seq = ?').pluck();
  const [two, four] = [get.get(2), get.get(4)];
  sqlite.prepare('UPDATE ledger_entries SET signatures = ? WHERE seq = ?').run(four, 2);
  sqlite.prepare('UPDATE ledger_entries SET signatures = ? WHERE seq = ?').run(two, 4);
};

describe('tampering with the signed ledger through plain SQL (`cli verify`)', () => {
  const cases: Array<[string, Tamper, number, string]> = [
    [
      'the officer’s name changed inside entry 2 (still canonical JSON)',
      (sqlite) =>
        sqlite.prepare('UPDATE ledger_entries SET content = replace(content, ?, ?) WHERE seq = 2').run(`"${OFFICER.name}"`, '"박서연"'),
      2,
      'SIGNATURE_INVALID',
    ],
    ['the signatures of entries 2 and 4 (two registrations) swapped', swapSignatures, 2, 'UNKNOWN_KEY'],
    ['entry 2 deleted', (sqlite) => sqlite.prepare('DELETE FROM ledger_entries WHERE seq = 2').run(), 2, 'MISSING_ENTRY'],
    [
      'the hash of entry 2 replaced',
      (sqlite) => sqlite.prepare("UPDATE ledger_entries SET hash = printf('%064d', 7) WHERE seq = 2").run(),
      2,
      'HASH_MISMATCH',
    ],
    [
      'entry 4 re-labelled as a revocation',
      (sqlite) => sqlite.prepare("UPDATE ledger_entries SET kind = 'key.revoke' WHERE seq = 4").run(),
      4,
      'FIELD_MISMATCH',
    ],
    [
      'entry 4 is not JSON any more',
      (sqlite) => sqlite.prepare("UPDATE ledger_entries SET content = 'not json' WHERE seq = 4").run(),
      4,
      'MALFORMED',
    ],
    [
      'the signatures of entry 1 are not JSON',
      (sqlite) => sqlite.prepare("UPDATE ledger_entries SET signatures = '[{' WHERE seq = 1").run(),
      1,
      'MALFORMED',
    ],
  ];

  it.each(cases)('%s: exit 1 naming the entry', async (_what, tamper, entry, reason) => {
    const { sqlite } = fresh();
    expect(sqlite().prepare('SELECT count(*) FROM ledger_entries').pluck().get()).toBe(9);
    tamper(sqlite());
    const { code, report } = await cliVerify();
    expect(code).toBe(1);
    expect(report).toEqual({ ok: false, chain: 'ledger', entry, code: reason, reason: expect.stringMatching(/[가-힣]/) });
  });

  it('entry content that is valid JSON but not an entry (null) is reported as MALFORMED, never thrown', async () => {
    const { sqlite } = fresh();
    sqlite().prepare("UPDATE ledger_entries SET content = 'null' WHERE seq = 2").run();
    const { code, report } = await cliVerify();
    expect(code).toBe(1);
    expect(report).toMatchObject({ ok: false, chain: 'ledger', entry: 2, code: 'MALFORMED' });
  });
});

describe('the monthly review (접속기록 점검)', () => {
  it('is overdue until the officer records it through last month, and the review is itself logged', async () => {
    const { officer, sqlite } = fresh();
    expect(await ok(copy.app, officer, 'accessLog.reviews')).toEqual({
      reviews: [],
      dueThrough: '2026-10',
      overdue: true,
    });
    const review = await ok(copy.app, officer, 'accessLog.recordReview', {
      through: '2026-10',
      remark: '10월분 점검, 이상 없음',
      password: OFFICER.password,
    });
    expect(review).toMatchObject({
      reviewedThrough: '2026-10',
      remark: '10월분 점검, 이상 없음',
      reviewedBy: { id: 1, name: OFFICER.name },
    });
    const status = await ok(copy.app, officer, 'accessLog.reviews');
    expect(status).toMatchObject({ dueThrough: '2026-10', overdue: false, reviews: [{ id: review.id, reviewedThrough: '2026-10' }] });
    const logged = rows(sqlite()).filter((r) => r.method === 'accessLog.recordReview');
    expect(logged).toMatchObject([
      {
        user_id: 1,
        kind: 'change',
        result: 'ok',
        targets: expect.stringMatching(new RegExp(`^\\["access_review:${review.id}","ledger:\\d+:[0-9a-f]{64}"\\]$`)),
      },
    ]);
    // The remark is not copied into the log.
    expect(JSON.stringify(rows(sqlite()))).not.toContain('이상 없음');

    copy.clock.set('2026-12-01T09:00:00+09:00');
    const december = await ok(copy.app, signedInAs(1, 'officer', copy.clock.now()), 'accessLog.reviews');
    expect(december).toMatchObject({ dueThrough: '2026-11', overdue: true });
  });

  it('refuses a malformed month or an empty remark with Korean messages, recording nothing', async () => {
    const { officer, sqlite } = fresh();
    expect(
      await dispatch(copy.app, officer, 'accessLog.recordReview', { through: '2026-13', remark: '점검', password: OFFICER.password }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { through: '검토 기간은 YYYY-MM 형식으로 입력해 주세요.' } },
    });
    expect(
      await dispatch(copy.app, officer, 'accessLog.recordReview', { through: '2026-10', remark: '   ', password: OFFICER.password }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { remark: '검토 의견을 입력해 주세요.' } },
    });
    expect(sqlite().prepare('SELECT count(*) FROM access_reviews').pluck().get()).toBe(0);
  });

  it('refuses a review through a month that has not ended yet, and records nothing', async () => {
    const { officer, sqlite } = fresh();
    const result = await dispatch(copy.app, officer, 'accessLog.recordReview', {
      through: '2026-11',
      remark: '이번 달',
      password: OFFICER.password,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { through: expect.stringContaining('2026-10') } } });
    expect(sqlite().prepare('SELECT count(*) FROM access_reviews').pluck().get()).toBe(0);
  });
});

describe('CSV export of the access log', () => {
  it('is UTF-8 with a BOM, a Korean header, Seoul times, Korean results, and neutralises formula-like cells', async () => {
    const { officer } = fresh();
    // A tampered renderer calls a "method" named like a spreadsheet formula; the attempt is logged as NOT_FOUND.
    const formula = '=HYPERLINK("http://example.invalid","열기")';
    expect(await dispatch(copy.app, officer, formula, {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const exported = await ok(copy.app, officer, 'accessLog.exportCsv', {});
    expect(exported.fileName).toBe('접속기록_2026-11-24.csv');
    expect(exported.csv.startsWith('\uFEFF번호,')).toBe(true);
    expect(exported.csv.split('\r\n')).toHaveLength(exported.rows + 2);
    const records = parse(exported.csv, { bom: true }) as string[][];
    expect(exported.rows).toBe(13);
    expect(records).toHaveLength(exported.rows + 1);
    const [header = [], setup = []] = records;
    expect(header).toEqual(expect.arrayContaining(['번호', '계정', '이름', '결과']));
    expect(header.filter((cell) => !/[가-힣]/.test(cell))).toEqual([]);
    // Seoul time (09:00 KST is 00:00 UTC), the account's login and name, Korean labels.
    expect(setup).toEqual(expect.arrayContaining(['1', OFFICER.login, OFFICER.name, methodLabel('setup.run'), resultLabel('ok')]));
    expect(setup.find((cell) => cell.includes('2026-11-24'))).toContain('09:00:00');
    expect(records.find((r) => r.includes(methodLabel('auth.signIn')) && r.includes(resultLabel('UNAUTHENTICATED')))).toBeDefined();
    expect(records.at(-1)).toContain(`'${formula}`);
    expect(records.flat().filter((cell) => /^[=+@\t\r]/.test(cell))).toEqual([]);
  });

  it('toCsv neutralises =, +, -, @ at the start of text cells but keeps numbers as numbers', () => {
    const csv = toCsv(
      ['항목', '값'],
      [
        ['=1+1', -5],
        ['+82-2-737-1234', '@SUM(A1)'],
        ['-cmd', 'plain'],
      ],
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(parse(csv, { bom: true })).toEqual([
      ['항목', '값'],
      ["'=1+1", '-5'],
      ["'+82-2-737-1234", "'@SUM(A1)"],
      ["'-cmd", 'plain'],
    ]);
  });
});
