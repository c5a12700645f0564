import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOURLY_SEAL, startScheduler } from '../../../electron/scheduler.ts';
import { sealUnsealedTail } from '../../../electron/ledger/seals.ts';
import { keyFileProtector } from '../../../electron/crypto/secrets.ts';
import { createAppContext } from '../../../electron/context.ts';
import type { Session } from '../../../electron/session.ts';
import { OFFICER, ok, setUpClinic } from '../../support/accounts.ts';
import { cli } from '../../support/cli.ts';
import { rechainAccessLog } from '../../support/tamper.ts';
import { TEST_PASSWORD_COST, databaseOf, tempDir, testApp, type TestApp } from '../../support/tempdb.ts';

let t: TestApp;
let officer: Session;

beforeEach(async () => {
  t = testApp();
  officer = await setUpClinic(t.app);
});
afterEach(() => t.close());

const sqlite = () => databaseOf(t.app).sqlite;
const seals = () =>
  (sqlite().prepare("SELECT content FROM ledger_entries WHERE kind = 'audit.seal' ORDER BY seq").pluck().all() as string[]).map(
    (text) => JSON.parse(text) as { body: { accessLog: { seq: number }; reason: string } },
  );
const logHead = () => sqlite().prepare('SELECT max(seq) FROM access_log').pluck().get() as number;

describe('sealing the access log into the signed ledger', () => {
  it('seals at setup, after every call that adds a ledger entry, and at sign-out: each seal covers the call’s own log entry', async () => {
    expect(seals().map((s) => s.body.reason)).toEqual(['setup']);
    expect(seals()[0]?.body.accessLog.seq).toBe(logHead());
    await ok(t.app, officer, 'users.create', {
      login: 'clerk',
      name: '이하은',
      title: '행정실장',
      role: 'admin',
      temporaryPassword: 'Clerk#Temp2026',
      officerPassword: OFFICER.password,
    });
    expect(seals().map((s) => s.body.reason)).toEqual(['setup', 'entry']);
    expect(seals().at(-1)?.body.accessLog.seq).toBe(logHead());
    // A read adds nothing to the ledger: no seal, and verification says so.
    await ok(t.app, officer, 'users.list');
    expect(seals()).toHaveLength(2);
    expect((await ok(t.app, officer, 'ledger.verify')).accessLog).toMatchObject({ ok: true, unsealed: { entries: 1 } });
    await ok(t.app, officer, 'auth.signOut');
    expect(seals().at(-1)?.body).toMatchObject({ reason: 'sign-out', accessLog: { seq: logHead() } });
  });

  it('the hourly seal signs what was logged since, and skips when a seal already covers everything', async () => {
    await ok(t.app, officer, 'users.list');
    const head = logHead();
    const sealed = await sealUnsealedTail(t.app, 'scheduled');
    expect(sealed).toMatchObject({ seq: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(seals().at(-1)?.body).toMatchObject({ accessLog: { seq: head }, reason: 'scheduled' });
    // The seal writes no access-log entry of its own (it is the signed record), so nothing is left to seal.
    expect(logHead()).toBe(head);
    expect(await sealUnsealedTail(t.app, 'scheduled')).toBeNull();
    const report = await ok(t.app, officer, 'ledger.verify');
    expect(report).toMatchObject({ ok: true });
  });

  it('a cut of the log after a seal is named by verification', async () => {
    await ok(t.app, officer, 'users.list');
    await ok(t.app, officer, 'users.list');
    const sealedThrough = logHead();
    await sealUnsealedTail(t.app, 'scheduled');
    sqlite()
      .prepare('DELETE FROM access_log WHERE seq >= ?')
      .run(sealedThrough - 1);
    const report = await ok(t.app, officer, 'ledger.verify');
    expect(report.accessLog).toMatchObject({
      ok: false,
      entry: sealedThrough,
      code: 'MISSING_ENTRY',
      reason: expect.stringContaining('봉인'),
    });
  });

  it('a tail rewritten after the last seal (chain recomputed, MACs not) is never sealed over: verification still names it', async () => {
    await ok(t.app, officer, 'users.list');
    const edited = logHead();
    await ok(t.app, officer, 'users.list');
    sqlite().prepare("UPDATE access_log SET method = 'session.get' WHERE seq = ?").run(edited);
    rechainAccessLog(sqlite(), edited);
    const before = seals().length;
    expect(await sealUnsealedTail(t.app, 'scheduled')).toBeNull();
    expect(seals()).toHaveLength(before);
    expect((await ok(t.app, officer, 'ledger.verify')).accessLog).toMatchObject({ ok: false, entry: edited, code: 'MAC_MISMATCH' });
  });

  it('closing the file seals what this run logged; a program that only reads (verify) leaves the file as it found it', async () => {
    await ok(t.app, officer, 'users.list');
    const head = logHead();
    await t.app.close();
    const closed = await cli(['verify', '--db', t.dbPath]);
    expect(closed.json()).toMatchObject({ ok: true, chains: { accessLog: { unsealed: { entries: 0 } } } });
    expect(closed.json<{ chains: { accessLog: { head: { seq: number } } } }>().chains.accessLog.head.seq).toBe(head);
    const bytes = readFileSync(t.dbPath);
    expect((await cli(['verify', '--db', t.dbPath])).code).toBe(0);
    expect(readFileSync(t.dbPath).equals(bytes)).toBe(true);
    await t.app.reopen();
  });

  it('the monthly review is a checkpoint the officer signs with their own key', async () => {
    await ok(t.app, officer, 'accessLog.recordReview', { through: '2026-10', remark: '이상 없음', password: OFFICER.password });
    const checkpoint = sqlite().prepare("SELECT content FROM ledger_entries WHERE kind = 'checkpoint'").pluck().get() as string;
    expect(JSON.parse(checkpoint)).toMatchObject({ body: { purpose: 'review', subject: '2026-10', signer: { login: OFFICER.login } } });
  });

  it('cannot seal without the installation key (another key file): nothing is written', async () => {
    const { dir, cleanup } = tempDir();
    await t.app.close();
    const other = createAppContext({
      databasePath: t.dbPath,
      clock: t.clock,
      secrets: keyFileProtector(`${dir}/other.key`),
      passwordCost: TEST_PASSWORD_COST,
    });
    try {
      const state = other.state();
      if (!state.ok) throw new Error('not open');
      state.database.sqlite
        .prepare(
          'INSERT INTO access_log SELECT seq + 1000, at, user_id, kind, method, targets, result, terminal, prev_hash, hash, mac FROM access_log WHERE seq = 1',
        )
        .run();
      const before = state.database.sqlite.prepare('SELECT count(*) FROM ledger_entries').pluck().get();
      expect(await sealUnsealedTail(other, 'scheduled')).toBeNull();
      expect(state.database.sqlite.prepare('SELECT count(*) FROM ledger_entries').pluck().get()).toBe(before);
    } finally {
      await other.close();
      cleanup();
      await t.app.reopen();
    }
  });

  it('the scheduler seals at start-up and registers the hourly job in Seoul time', async () => {
    await ok(t.app, officer, 'users.list');
    const before = seals().length;
    const schedule = vi.fn(() => ({ stop: vi.fn() }) as never);
    startScheduler(t.app, schedule);
    expect(schedule).toHaveBeenCalledWith(
      HOURLY_SEAL,
      expect.any(Function),
      expect.objectContaining({ timezone: 'Asia/Seoul', noOverlap: true }),
    );
    await vi.waitFor(() => expect(seals()).toHaveLength(before + 1));
  });

  it('the CLI exports a bundle signed by the person (RD_USER) and the installation key, and it verifies', async () => {
    await t.app.close();
    const { dir, cleanup } = tempDir();
    try {
      const out = `${dir}/bundle.json`;
      const env = { RD_USER: OFFICER.login, RD_PASSWORD: OFFICER.password };
      const exported = await cli(['export-ledger', '--db', t.dbPath, '--out', out], env);
      expect(exported.json()).toMatchObject({ ok: true, signedHead: true });
      expect((await cli(['verify', '--bundle', out])).json()).toMatchObject({
        ok: true,
        signedHead: true,
        exportedBy: { login: OFFICER.login },
      });
    } finally {
      cleanup();
      await t.app.reopen();
    }
  });
});
