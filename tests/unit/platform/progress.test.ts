import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BridgeEvent } from '../../../shared/contract/bridge.ts';
import { dispatch } from '../../../electron/dispatch.ts';
import { appendAccessEntry } from '../../../electron/ledger/accessChain.ts';
import { accessLogKey } from '../../../electron/ledger/accessKey.ts';
import { setUpClinic } from '../../support/accounts.ts';
import { signedInAs } from '../../support/tamper.ts';
import { databaseOf, testApp, type TestApp } from '../../support/tempdb.ts';

let t: TestApp;

beforeAll(() => {
  t = testApp();
});
afterAll(() => t.close());

describe('progress of long work', () => {
  it('verifying a long access log tells the calling window how far it has come', async () => {
    const officer = await setUpClinic(t.app);
    await databaseOf(t.app)
      .db.transaction()
      .execute(async (trx) => {
        const key = await accessLogKey(t.app, trx);
        if (!key) throw new Error('no access-log key');
        for (let i = 0; i < 12_000; i += 1) {
          await appendAccessEntry(
            trx,
            {
              at: '2026-11-24T00:00:00.000Z',
              userId: 1,
              kind: 'read',
              method: 'users.list',
              targets: [],
              result: 'ok',
              terminal: 'test',
            },
            key,
          );
        }
      });
    const events: BridgeEvent[] = [];
    officer.emit = (event) => events.push(event);
    const result = await dispatch(t.app, officer, 'accessLog.verify', {});
    expect(result).toMatchObject({ ok: true, value: { ok: true } });
    const total = events[0]?.type === 'progress' ? events[0].total : 0;
    expect(total).toBeGreaterThan(12_000);
    expect(events.map((e) => (e.type === 'progress' ? [e.task, e.done] : []))).toEqual([
      ['verify', 5000],
      ['verify', 10_000],
      ['verify', total],
    ]);
  });

  it('a running verification is refused a second start and stops at 취소 (the window’s own task); the next one runs', async () => {
    const officer = { ...signedInAs(1, 'officer', t.clock.now()), tasks: new Map() };
    let cancelled: Promise<unknown> | null = null;
    let second: Promise<unknown> | null = null;
    officer.emit = (event) => {
      if (event.type !== 'progress' || cancelled) return;
      second = dispatch(t.app, officer, 'ledger.verify', {});
      cancelled = dispatch(t.app, officer, 'app.cancelTask', { task: 'verify' });
    };
    const first = await dispatch(t.app, officer, 'ledger.verify', {});
    expect(first).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('검증을 취소했습니다') } });
    expect(await second).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('이미 진행 중') } });
    expect(await cancelled).toMatchObject({ ok: true, value: { cancelled: true } });
    officer.emit = () => {};
    expect(await dispatch(t.app, officer, 'ledger.verify', {})).toMatchObject({ ok: true, value: { ok: true } });
  });
});
