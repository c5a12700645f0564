import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BridgeEvent } from '../../../shared/contract/bridge.ts';
import { dispatch } from '../../../electron/dispatch.ts';
import { appendAccessEntry } from '../../../electron/ledger/accessChain.ts';
import { setUpClinic } from '../../support/accounts.ts';
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
        for (let i = 0; i < 4500; i += 1) {
          await appendAccessEntry(trx, {
            at: '2026-11-24T00:00:00.000Z',
            userId: 1,
            kind: 'read',
            method: 'users.list',
            targets: [],
            result: 'ok',
            terminal: 'test',
          });
        }
      });
    const events: BridgeEvent[] = [];
    officer.emit = (event) => events.push(event);
    const result = await dispatch(t.app, officer, 'accessLog.verify', {});
    expect(result).toMatchObject({ ok: true, value: { ok: true } });
    const total = events[0]?.type === 'progress' ? events[0].total : 0;
    expect(total).toBeGreaterThan(4500);
    expect(events.map((e) => (e.type === 'progress' ? [e.task, e.done] : []))).toEqual([
      ['verify', 2000],
      ['verify', 4000],
      ['verify', total],
    ]);
  });
});
