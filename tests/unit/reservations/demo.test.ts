import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoClinic, demoCopy } from '../../support/demo.ts';
import { run } from '../../support/ledger.ts';
import type { TestApp } from '../../support/tempdb.ts';

// The demo clinic's website reservations, as 통인한의원's policy describes them: some past their
// deadline, some due, most still held, one child, one deletion request waiting; the earliest destroyed,
// PREDAQ's copy confirmed and Mailjet's asked for.

let base: TestApp;
beforeAll(async () => {
  base = await demoClinic();
}, 120_000);
afterAll(async () => {
  await base.close();
});

describe('the demo reservations', () => {
  it('hold a few hundred records of every kind the screens show', async () => {
    const { copy, as } = demoCopy(base, '2026-11-20T10:00:00+09:00');
    try {
      const clerk = as('clerk');
      const list = await run(copy.app, clerk, 'reservations.list', {});
      // 300 imported; those due by 11-14 (reserved 11-10 … 11-13, and the booking cancelled on 11-12) destroyed.
      expect(list).toHaveLength(300 - 25);
      const states = new Set(list.map((r) => r.state));
      expect([...states].sort()).toEqual(['due', 'held', 'overdue']);
      expect(list.filter((r) => r.child)).toHaveLength(1);
      expect(list.filter((r) => r.request === 'deletion')).toHaveLength(1);
      expect(new Set(list.map((r) => r.nationality))).toContain('프랑스');
      const today = await run(copy.app, clerk, 'home.today', {});
      expect(JSON.stringify(today)).toContain('reservations.overdue');
      const [disposal] = await run(copy.app, clerk, 'reservations.disposals', {});
      expect(disposal).toMatchObject({
        status: 'completed',
        count: 25,
        firstDate: '2026-11-10',
        lastDate: '2026-11-16',
        confirmed: 1,
        processors: 2,
      });
      expect(disposal?.confirmations.map((c) => [c.name, c.requestedOn, c.confirmedOn])).toEqual([
        ['PREDAQ', '2026-11-20', '2026-11-23'],
        ['Mailjet SAS (Sinch Email)', '2026-11-23', null],
      ]);
    } finally {
      await copy.close();
    }
  });
});
