import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sectionCounts, type TodayItem } from '../../../shared/home/today.ts';
import { run } from '../../support/ledger.ts';
import { demoClinic, demoCopy } from '../../support/demo.ts';
import type { TestApp } from '../../support/tempdb.ts';
import { DEMO_ACCOUNTS } from '../../../electron/accounts/fixtures.ts';

const DIRECTOR = DEMO_ACCOUNTS.find((a) => a.login === 'director')?.password ?? '';

// 오늘 할 일 on the demo clinic on 2026-11-24: the second quarter's reservations are past their
// deadline, 2015's charts wait for the director's approval, and nobody has reviewed the access log;
// 더블유의원 was never inspected, (주)피어나인's destruction waits for its 파기 확인서, and the
// published policy text still lists it.
// Each person sees what their role can act on, and nothing else.

let base: TestApp;
const opened: TestApp[] = [];

beforeAll(async () => {
  base = await demoClinic();
}, 120_000);

afterAll(async () => {
  await base.close();
});

afterEach(async () => {
  for (const app of opened.splice(0)) await app.close();
});

function clinicOn(at: string) {
  const { copy, as } = demoCopy(base, at);
  opened.push(copy);
  const today = (login: string) => run(copy.app, as(login), 'home.today');
  return { copy, as, today };
}

const summary = (items: readonly TodayItem[]) => items.map(({ id, count, severity, to }) => ({ id, count, severity, to }));

describe('home.today', () => {
  it('gives the officer the overdue files, the approval waiting and the overdue review, most urgent first', async () => {
    const { today } = clinicOn('2026-11-24T09:00:00+09:00');
    expect(summary(await today('director'))).toEqual([
      { id: 'accessLog.review', count: 1, severity: 'overdue', to: '/access-log?review=due' },
      { id: 'register.overdue', count: 1, severity: 'overdue', to: '/register?status=overdue' },
      { id: 'processors.inspectionOverdue', count: 1, severity: 'overdue', to: '/processors?filter=overdue' },
      // CCTV: two forgotten recording days, 4 days × 5 recorders to confirm now, the viewing request due 11-26.
      { id: 'cctv.missing', count: 2, severity: 'overdue', to: '/cctv?tab=log' },
      // Reservations: imported records whose destruction deadline has passed, not yet destroyed.
      { id: 'reservations.overdue', count: 29, severity: 'overdue', to: '/reservations?state=overdue' },
      { id: 'processors.policyOutdated', count: 1, severity: 'soon', to: '/processors?tab=policy' },
      { id: 'cctv.due', count: 20, severity: 'soon', to: '/cctv?tab=log' },
      { id: 'cctv.requests', count: 1, severity: 'soon', to: '/cctv?tab=requests' },
      { id: 'reservations.due', count: 31, severity: 'soon', to: '/reservations?state=due' },
      { id: 'reservations.requests', count: 1, severity: 'soon', to: '/reservations?tab=person' },
      { id: 'disposal.approve', count: 1, severity: 'waiting', to: '/disposal' },
      { id: 'processors.awaiting', count: 1, severity: 'waiting', to: '/processors?filter=awaiting' },
      { id: 'reservations.confirmations', count: 1, severity: 'waiting', to: '/reservations?tab=disposals' },
    ]);
  });

  it('gives each role only what it can act on: the admin office no approval, review or CCTV, the auditor nothing, facilities its CCTV', async () => {
    const { today } = clinicOn('2026-11-24T09:00:00+09:00');
    expect((await today('clerk')).map((item) => item.id)).toEqual([
      'register.overdue',
      'processors.inspectionOverdue',
      'reservations.overdue',
      'processors.policyOutdated',
      'reservations.due',
      'reservations.requests',
      'processors.awaiting',
      'reservations.confirmations',
    ]);
    expect(await today('auditor')).toEqual([]);
    expect((await today('facility')).map((item) => item.id)).toEqual(['cctv.missing', 'cctv.due', 'cctv.requests']);
  });

  it('names the deadline that was missed, and drops an item once it is done', async () => {
    const { copy, as, today } = clinicOn('2026-11-24T09:00:00+09:00');
    const overdue = (await today('director')).find((item) => item.id === 'register.overdue');
    expect(overdue).toMatchObject({
      message: 'register.today.overdue',
      params: { count: 1, oldest: '2026-07-05' },
      method: 'disposal.request',
    });
    await run(copy.app, as('director'), 'accessLog.recordReview', { through: '2026-10', remark: '이상 없음', password: DIRECTOR });
    expect((await today('director')).map((item) => item.id)).not.toContain('accessLog.review');
  });

  it('says nothing is overdue before the deadline has passed', async () => {
    const { today } = clinicOn('2026-07-03T09:00:00+09:00');
    const items = await today('clerk');
    expect(items.find((item) => item.id === 'register.overdue')).toBeUndefined();
    expect(items.find((item) => item.id === 'register.due')).toMatchObject({ count: 1, severity: 'soon', params: { by: '2026-07-05' } });
  });
});

const item = (id: string, section: string, count: number, severity: TodayItem['severity']): TodayItem => ({
  id,
  section,
  to: section,
  message: id,
  params: {},
  count,
  severity,
  method: 'x',
});

describe('the menu counts', () => {
  it('add up what is waiting per section, coloured by the most urgent, leaving information out', () => {
    const counts = sectionCounts([
      item('a', '/register', 7, 'soon'),
      item('b', '/register', 1093, 'overdue'),
      item('c', '/disposal', 2, 'waiting'),
      item('d', '/cctv', 5, 'info'),
    ]);
    expect(Object.fromEntries(counts)).toEqual({
      '/register': { count: 1100, severity: 'overdue' },
      '/disposal': { count: 2, severity: 'waiting' },
    });
  });
});
