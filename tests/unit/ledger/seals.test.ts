import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DAILY_SEAL, runDailySeal, startScheduler } from '../../../electron/scheduler.ts';
import { keyFileProtector } from '../../../electron/crypto/secrets.ts';
import { createAppContext } from '../../../electron/context.ts';
import type { Session } from '../../../electron/session.ts';
import { ok, setUpClinic } from '../../support/accounts.ts';
import { cli } from '../../support/cli.ts';
import { databaseOf, tempDir, testApp, type TestApp } from '../../support/tempdb.ts';

let t: TestApp;
let officer: Session;

beforeEach(async () => {
  t = testApp();
  officer = await setUpClinic(t.app);
});
afterEach(() => t.close());

const sqlite = () => databaseOf(t.app).sqlite;
const seals = () => sqlite().prepare("SELECT content FROM ledger_entries WHERE kind = 'audit.seal' ORDER BY seq").pluck().all() as string[];
const logHead = () => sqlite().prepare('SELECT max(seq) FROM access_log').pluck().get() as number;

describe('sealing the access log into the signed ledger', () => {
  it('the nightly seal signs the log head with the installation key, logs itself, and skips when nothing is new', async () => {
    await ok(t.app, officer, 'users.list');
    const head = logHead();
    const sealed = await runDailySeal(t.app);
    expect(sealed).toMatchObject({ seq: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(JSON.parse(seals()[0] ?? '{}')).toMatchObject({ kind: 'audit.seal', body: { accessLog: { seq: head }, reason: 'daily' } });
    const logged = sqlite().prepare("SELECT user_id, kind, targets, terminal FROM access_log WHERE method = 'audit.seal'").get();
    expect(logged).toMatchObject({
      user_id: null,
      kind: 'system',
      targets: expect.stringContaining(`ledger:${sealed?.seq}:`),
      terminal: expect.stringMatching(/^scheduler@/),
    });
    // Only the seal's own log entry is new: nothing to seal again.
    expect(await runDailySeal(t.app)).toBeNull();
    expect(seals()).toHaveLength(1);
    expect(await ok(t.app, officer, 'ledger.verify')).toMatchObject({ ok: true });
  });

  it('a cut of the log after a seal is named by verification; before any seal it would not be', async () => {
    await ok(t.app, officer, 'users.list');
    await ok(t.app, officer, 'users.list');
    const sealedThrough = logHead();
    await runDailySeal(t.app);
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

  it('the monthly review seals the head as well', async () => {
    await ok(t.app, officer, 'accessLog.recordReview', { through: '2026-10', remark: '이상 없음' });
    expect(JSON.parse(seals()[0] ?? '{}')).toMatchObject({ body: { reason: 'review' } });
  });

  it('cannot seal without the installation key (another key file): nothing is written', async () => {
    const { dir, cleanup } = tempDir();
    await t.app.close();
    const other = createAppContext({ databasePath: t.dbPath, clock: t.clock, secrets: keyFileProtector(`${dir}/other.key`) });
    try {
      const state = other.state();
      if (!state.ok) throw new Error('not open');
      const before = state.database.sqlite.prepare('SELECT count(*) FROM ledger_entries').pluck().get();
      expect(await runDailySeal(other)).toBeNull();
      expect(state.database.sqlite.prepare('SELECT count(*) FROM ledger_entries').pluck().get()).toBe(before);
    } finally {
      await other.close();
      cleanup();
      await t.app.reopen();
    }
  });

  it('the scheduler seals at start-up and registers the nightly job in Seoul time', async () => {
    await ok(t.app, officer, 'users.list');
    const schedule = vi.fn(() => ({ stop: vi.fn() }) as never);
    startScheduler(t.app, schedule);
    expect(schedule).toHaveBeenCalledWith(
      DAILY_SEAL,
      expect.any(Function),
      expect.objectContaining({ timezone: 'Asia/Seoul', noOverlap: true }),
    );
    await vi.waitFor(() => expect(seals()).toHaveLength(1));
  });

  it('the CLI exports a bundle with a signed head from a file it can open the key of', async () => {
    await t.app.close();
    const { dir, cleanup } = tempDir();
    try {
      const out = `${dir}/bundle.json`;
      const exported = await cli(['export-ledger', '--db', t.dbPath, '--out', out]);
      expect(exported.json()).toMatchObject({ ok: true, signedHead: true });
      expect((await cli(['verify', '--bundle', out])).json()).toMatchObject({ ok: true, signedHead: true });
    } finally {
      cleanup();
      await t.app.reopen();
    }
  });
});
