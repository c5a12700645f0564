import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates/calendar.ts';
import { daysToRun, newWork, notificationText, weeklyCounts } from '../../../shared/daily/run.ts';
import type { FoundItem } from '../../../shared/daily/run.ts';
import { MAIN_DOMAINS } from '../../../electron/domains.ts';
import { runDaily, type RunDomains } from '../../../electron/daily/run.ts';
import type { CallContext } from '../../../electron/handler.ts';
import { dailyIfDue } from '../../../electron/scheduler.ts';
import { dailyHandlers } from '../../../electron/daily/handlers.ts';
import { createAppContext } from '../../../electron/context.ts';
import { signedInAs } from '../../support/tamper.ts';
import { TEST_PASSWORD_COST } from '../../support/tempdb.ts';
import { run } from '../../support/ledger.ts';
import { cli } from '../../support/cli.ts';
import { demoClinic, demoCopy } from '../../support/demo.ts';
import { databaseOf, type TestApp } from '../../support/tempdb.ts';

// The daily run over two weeks of the demo clinic with a fake clock: the PC is off on two days, and
// the run after them catches both up, each day exactly once, finding every section's due work as
// of that day. A throw-away domain beside the real ones shows the run is generic over the list.

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
  return { copy, as, sqlite: databaseOf(copy.app).sqlite };
}

/** A section that exists only in this test: due from 2026-11-25, and with its own daily work, which records the days it ran. */
function trialDomain(calls: string[]): RunDomains[number] {
  return {
    shared: { name: 'trial' },
    today: async (call: CallContext) => [
      {
        id: 'trial.due',
        section: '/trial',
        to: '/trial?due=1',
        message: 'home.nothing',
        params: { day: call.today },
        count: call.today >= '2026-11-25' ? 2 : 0,
        severity: 'soon',
        method: 'home.today',
      },
    ],
    upcoming: async (_call: CallContext, from: string) => [{ section: '/trial', date: addDays(from, 3), count: 4 }],
    daily: async (call: CallContext) => {
      calls.push(call.today);
      return [{ message: 'daily.notes.notified', params: { count: 0 }, failed: false }];
    },
  };
}

type Summary = { found: Array<{ id: string; count: number; section: string; params: Record<string, unknown> }> };
const runs = (sqlite: ReturnType<typeof databaseOf>['sqlite']) =>
  (
    sqlite.prepare('SELECT day, summary, trigger FROM daily_runs ORDER BY day').all() as Array<{
      day: string;
      summary: string;
      trigger: string;
    }>
  ).map((row) => ({ day: row.day, trigger: row.trigger, summary: JSON.parse(row.summary) as Summary }));

describe('the daily run across two weeks with two days off', () => {
  it('catches every missed day up exactly once and finds each section’s due items as of that day', async () => {
    const { copy, sqlite } = clinicOn('2026-11-16T09:05:00+09:00');
    const trialCalls: string[] = [];
    const domains: RunDomains = [...MAIN_DOMAINS, trialDomain(trialCalls)];
    const off = new Set(['2026-11-20', '2026-11-21']);
    const ranPerCall: string[][] = [];
    for (let i = 0; i < 14; i += 1) {
      const day = addDays('2026-11-16', i);
      copy.clock.set(`${day}T09:05:00+09:00`);
      if (off.has(day)) continue;
      const outcome = await runDaily(copy.app, { trigger: 'schedule', domains });
      ranPerCall.push(outcome.ran);
      // The same day again (a second start-up that day) does nothing.
      expect((await runDaily(copy.app, { trigger: 'startup', domains })).ran).toEqual([]);
    }
    // The first run after the two days off ran them, then its own day.
    expect(ranPerCall[4]).toEqual(['2026-11-20', '2026-11-21', '2026-11-22']);
    const all = runs(sqlite);
    const days = Array.from({ length: 14 }, (_, i) => addDays('2026-11-16', i));
    expect(all.map((r) => r.day)).toEqual(days);
    expect(trialCalls).toEqual(days);

    for (const { day, summary } of all) {
      const found = Object.fromEntries(summary.found.map((item) => [item.id, item.count]));
      // Register: the second quarter's reservations, past their deadline; disposal: the approval waiting; the monthly review, overdue.
      expect(found).toMatchObject({ 'register.overdue': 1, 'disposal.approve': 1, 'accessLog.review': 1 });
      expect(found['trial.due']).toBe(day >= '2026-11-25' ? 2 : undefined);
      // The throw-away section was asked as of the day being run.
      expect(summary.found.filter((item) => item.id === 'trial.due').map((item) => item.params.day)).toEqual(
        day >= '2026-11-25' ? [day] : [],
      );
    }
    // Notifications: what was new on the first day, and the throw-away section the day it fell due; not again on every day after.
    const notes = sqlite.prepare('SELECT day, item_id FROM notifications ORDER BY id').all();
    const firstDay = (notes as Array<{ day: string; item_id: string }>)
      .filter((note) => note.day === '2026-11-16')
      .map((note) => note.item_id);
    // Every section of the demo clinic: the register, disposal, the monthly review, the processors, CCTV and reservations.
    expect(firstDay.sort()).toEqual([
      'accessLog.review',
      'cctv.missing',
      'disposal.approve',
      'processors.awaiting',
      'processors.inspectionOverdue',
      'processors.policyOutdated',
      'register.overdue',
      'reservations.confirmations',
      'reservations.due',
      'reservations.requests',
    ]);
    expect(notes).toContainEqual({ day: '2026-11-25', item_id: 'trial.due' });
    // An item is notified again only on a day it has grown (CCTV days keep falling due), never twice a day.
    expect(notes.filter((note) => (note as { item_id: string }).item_id === 'trial.due')).toHaveLength(1);
    expect(new Set(notes.map((note) => JSON.stringify(note))).size).toBe(notes.length);
    // Nothing personal in the summaries or notifications: counts, keys and dates only.
    const text =
      JSON.stringify(sqlite.prepare('SELECT * FROM daily_runs').all()) +
      JSON.stringify(sqlite.prepare('SELECT * FROM notifications').all());
    expect(text).not.toContain('홈페이지 예약 정보');
    expect(text).not.toContain('진료기록부');
  }, 120_000);

  it('never runs twice at once: a second call while one runs is told so and does nothing', async () => {
    const { copy, sqlite } = clinicOn('2026-11-24T09:05:00+09:00');
    const [first, second] = await Promise.all([
      runDaily(copy.app, { trigger: 'schedule', domains: MAIN_DOMAINS }),
      runDaily(copy.app, { trigger: 'startup', domains: MAIN_DOMAINS }),
    ]);
    expect(first).toMatchObject({ ran: ['2026-11-24'], busy: false });
    expect(second).toMatchObject({ ran: [], busy: true });
    expect(sqlite.prepare('SELECT count(*) FROM daily_runs').pluck().get()).toBe(1);
  });

  it('a day another program has already run is skipped, not run again (the day is the unique key)', async () => {
    const { copy, sqlite } = clinicOn('2026-11-24T09:05:00+09:00');
    sqlite
      .prepare("INSERT INTO daily_runs (day, trigger, started_at, finished_at) VALUES ('2026-11-24', 'cli', '2026-11-24T00:00:00Z', NULL)")
      .run();
    expect((await runDaily(copy.app, { trigger: 'schedule', domains: MAIN_DOMAINS })).ran).toEqual([]);
    expect(sqlite.prepare("SELECT trigger FROM daily_runs WHERE day = '2026-11-24'").pluck().get()).toBe('cli');
  });

  it('waits for the configured time (default 09:00 Seoul) before running today, but catches the days before up at start-up', async () => {
    const { copy, sqlite, as } = clinicOn('2026-11-23T09:30:00+09:00');
    await runDaily(copy.app, { trigger: 'schedule', domains: MAIN_DOMAINS });
    copy.clock.set('2026-11-26T08:10:00+09:00');
    await dailyIfDue(copy.app, MAIN_DOMAINS, 'startup');
    expect(runs(sqlite).map((r) => r.day)).toEqual(['2026-11-23', '2026-11-24', '2026-11-25']);
    copy.clock.set('2026-11-26T09:00:00+09:00');
    await dailyIfDue(copy.app, MAIN_DOMAINS, 'schedule');
    expect(runs(sqlite).at(-1)).toMatchObject({ day: '2026-11-26', trigger: 'schedule' });
    // A later time chosen by the officer applies the next day.
    await run(copy.app, as('director'), 'backups.saveSettings', { runAt: '13:30' });
    copy.clock.set('2026-11-27T12:00:00+09:00');
    await dailyIfDue(copy.app, MAIN_DOMAINS, 'schedule');
    expect(runs(sqlite).at(-1)?.day).toBe('2026-11-26');
    copy.clock.set('2026-11-27T13:31:00+09:00');
    await dailyIfDue(copy.app, MAIN_DOMAINS, 'schedule');
    expect(runs(sqlite).at(-1)?.day).toBe('2026-11-27');
  });

  it('a section that fails is noted as failed; the other sections are still found and the day completes', async () => {
    const { copy, sqlite } = clinicOn('2026-11-24T09:05:00+09:00');
    const broken: RunDomains[number] = {
      shared: { name: 'broken' },
      today: () => Promise.reject(new Error('boom')),
    };
    await runDaily(copy.app, { trigger: 'schedule', domains: [...MAIN_DOMAINS, broken] });
    const [row] = runs(sqlite);
    expect(row?.summary.found.map((f) => f.id)).toContain('register.overdue');
    const stored = sqlite.prepare('SELECT failed, summary FROM daily_runs').get() as { failed: number; summary: string };
    expect(stored.failed).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(stored.summary).notes).toContainEqual({
      message: 'daily.notes.domainFailed',
      params: { section: 'broken' },
      failed: true,
    });
  });
});

describe('the OS notification', () => {
  it('is shown through the shell when a run finds new work, in counts only, and not again for the same work the next day', async () => {
    const { copy } = clinicOn('2026-11-24T09:05:00+09:00');
    await copy.app.close();
    const shown: Array<{ title: string; body: string }> = [];
    const app = createAppContext({
      databasePath: copy.dbPath,
      clock: copy.clock,
      passwordCost: TEST_PASSWORD_COST,
      shell: { notify: (title, body) => shown.push({ title, body }) },
    });
    try {
      await runDaily(app, { trigger: 'schedule', domains: MAIN_DOMAINS });
      expect(shown).toEqual([
        {
          title: 'Retention Desk: 새로 처리할 일이 있습니다',
          body: '기한 경과 34건, 기한 임박 54건, 처리 대기 3건. 프로그램의 ‘오늘 할 일’에서 확인해 주세요.',
        },
      ]);
      copy.clock.set('2026-11-25T09:05:00+09:00');
      // Without CCTV and reservations, whose due days and records grow every day (grown work is notified again): the same work is not.
      const unchanging = MAIN_DOMAINS.filter((domain) => !['cctv', 'reservations'].includes(domain.shared.name));
      await runDaily(app, { trigger: 'schedule', domains: unchanging });
      expect(shown).toHaveLength(1);
    } finally {
      await app.close();
      await copy.app.reopen();
    }
  });
});

describe('the dashboard and notifications through the dispatcher', () => {
  it('charts what every domain of the list says falls due: a section added to the list appears without the dashboard changing', async () => {
    const { copy } = clinicOn('2026-11-24T09:05:00+09:00');
    const handlers = dailyHandlers(() => [...MAIN_DOMAINS, trialDomain([])]);
    const db = databaseOf(copy.app).db;
    const call: CallContext = {
      db,
      app: copy.app,
      now: copy.clock.now(),
      today: '2026-11-24',
      session: signedInAs(1, 'officer', copy.clock.now()),
      target: () => {},
      afterCommit: () => {},
      progress: () => {},
    };
    const view = await handlers['daily.dashboard'](call, {});
    expect(view.upcoming.sections).toEqual(expect.arrayContaining(['/access-log', '/trial']));
    expect(view.upcoming.weeks[0]?.counts['/trial']).toBe(4);
  });

  it('shows the last run, the eight-week chart of every section that says what falls due, and each role its notifications', async () => {
    const { copy, as } = clinicOn('2026-11-24T09:05:00+09:00');
    await runDaily(copy.app, { trigger: 'schedule', domains: MAIN_DOMAINS });
    const view = await run(copy.app, as('director'), 'daily.dashboard');
    expect(view.lastRun).toMatchObject({ day: '2026-11-24', failed: 0 });
    expect(view.upcoming.weeks).toHaveLength(8);
    expect(view.upcoming.sections).toContain('/access-log');
    // The access-log review of November falls due on 2026-12-01, in the first week.
    expect(view.upcoming.weeks[1]?.counts['/access-log']).toBe(1);
    expect(view.backup).toMatchObject({ folder: null, lastGood: null, stale: true });
    expect(view.ledger).toMatchObject({ ok: true, at: copy.clock.now().toISOString() });
    // A verification from the ledger screen counts as the last one too.
    copy.clock.advanceMinutes(30);
    await run(copy.app, as('auditor'), 'ledger.verify', {});
    expect((await run(copy.app, as('director'), 'daily.dashboard')).ledger).toMatchObject({ ok: true, at: copy.clock.now().toISOString() });

    const director = await run(copy.app, as('director'), 'notifications.list');
    expect(director.map((n) => n.message)).toEqual([
      'reservations.today.confirmations',
      'reservations.today.requests',
      'reservations.today.due',
      'reservations.today.overdue',
      'cctv.today.requests',
      'cctv.today.due',
      'cctv.today.missing',
      'processors.today.policyOutdated',
      'processors.today.awaiting',
      'processors.today.inspectionOverdue',
      'disposal.today.approve',
      'register.today.overdue',
      'accessLog.today.review',
    ]);
    // The admin office sees what it can act on: the overdue file, the reservations and the processors' work, not the approval, the review or CCTV.
    const clerk = await run(copy.app, as('clerk'), 'notifications.list');
    expect(clerk.map((n) => n.message)).toEqual([
      'reservations.today.confirmations',
      'reservations.today.requests',
      'reservations.today.due',
      'reservations.today.overdue',
      'processors.today.policyOutdated',
      'processors.today.awaiting',
      'processors.today.inspectionOverdue',
      'register.today.overdue',
    ]);
    const [first] = clerk;
    expect(await run(copy.app, as('clerk'), 'notifications.markRead', { ids: [first?.id ?? 0, ...director.map((n) => n.id)] })).toEqual({
      marked: clerk.length,
    });
    expect(await run(copy.app, as('clerk'), 'notifications.list', { unreadOnly: true })).toEqual([]);
    // Read is per person: the officer's are still unread.
    expect(await run(copy.app, as('director'), 'notifications.list', { unreadOnly: true })).toHaveLength(director.length);
  });

  it('the CLI runs the same for a given day: run-daily --db FILE --on YYYY-MM-DD', async () => {
    const { copy } = clinicOn('2026-11-24T09:05:00+09:00');
    await copy.app.close();
    const result = await cli(['run-daily', '--db', copy.dbPath, '--on', '2026-11-20'], {}, copy.clock);
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({ ran: ['2026-11-20'], days: [{ day: '2026-11-20', failed: 0 }] });
    const again = await cli(['run-daily', '--db', copy.dbPath, '--on', '2026-11-22'], {}, copy.clock);
    expect(again.json()).toMatchObject({ ran: ['2026-11-21', '2026-11-22'] });
    expect((await cli(['run-daily', '--db', copy.dbPath, '--on', '2026-02-30'])).code).toBe(2);
    // A day ahead of time is refused: it would be skipped when it comes.
    const ahead = await cli(['run-daily', '--db', copy.dbPath, '--on', '2026-11-25'], {}, copy.clock);
    expect(ahead.code).toBe(2);
    expect(ahead.stderr).toContain('오늘보다 뒤');
    await copy.app.reopen();
  });
});

const item = (id: string, count: number, severity: FoundItem['severity']): FoundItem => ({
  id,
  section: '/x',
  to: '/x',
  message: 'home.nothing',
  params: {},
  count,
  severity,
  method: 'home.today',
});

describe('the rules of the run', () => {
  it('covers each day from the one after the last completed run; a first run only today', () => {
    expect(daysToRun('2026-11-18', '2026-11-21')).toEqual(['2026-11-19', '2026-11-20', '2026-11-21']);
    expect(daysToRun(null, '2026-11-21')).toEqual(['2026-11-21']);
    expect(daysToRun('2026-11-21', '2026-11-21')).toEqual([]);
    expect(daysToRun('2025-01-01', '2026-11-21')).toHaveLength(62);
  });

  it('notifies only due or overdue work that is new or has grown, in words without personal data', () => {
    const fresh = newWork(
      [item('a', 2, 'overdue'), item('b', 1, 'soon')],
      [item('a', 2, 'overdue'), item('b', 3, 'soon'), item('c', 1, 'info')],
    );
    expect(fresh.map((i) => i.id)).toEqual(['b']);
    expect(notificationText([item('a', 2, 'overdue'), item('b', 3, 'soon')])).toEqual({
      title: 'Retention Desk: 새로 처리할 일이 있습니다',
      body: '기한 경과 2건, 기한 임박 3건. 프로그램의 ‘오늘 할 일’에서 확인해 주세요.',
    });
  });

  it('sums what falls due into eight weeks per section', () => {
    const chart = weeklyCounts(
      [
        { section: '/register', date: '2026-11-24', count: 2 },
        { section: '/register', date: '2026-11-30', count: 1 },
        { section: '/disposal', date: '2026-12-01', count: 1 },
        { section: '/register', date: '2027-01-12', count: 5 },
        { section: '/register', date: '2027-01-19', count: 9 },
      ],
      '2026-11-24',
    );
    expect(chart.sections).toEqual(['/register', '/disposal']);
    expect(chart.weeks.map((w) => w.counts)).toEqual([{ '/register': 3 }, { '/disposal': 1 }, {}, {}, {}, {}, {}, { '/register': 5 }]);
  });
});
