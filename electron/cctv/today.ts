import { addDays, seoulDate, type IsoDate } from '../../shared/dates/calendar.ts';
import type { LogDay } from '../../shared/cctv/rules.ts';
import type { Db } from '../../db/connection.ts';
import type { TodayContribution, UpcomingCount } from '../domain.ts';
import type { CallContext } from '../handler.ts';
import { logDays } from './log.ts';
import { requestViews } from './requests.ts';
import type { RecorderRow } from './store.ts';

/** How far back the home page looks for unconfirmed days (two months of footage). */
const LOOK_BACK_DAYS = 62;

/** A recorder's log begins when it was registered, or at its earliest confirmation if that is older. */
async function logStart(db: Db, recorder: RecorderRow): Promise<IsoDate> {
  const first = await db
    .selectFrom('cctv_confirmations')
    .select('recorded_on')
    .where('recorder_id', '=', recorder.id)
    .orderBy('recorded_on')
    .limit(1)
    .executeTakeFirst();
  const created = seoulDate(new Date(recorder.created_at));
  return first && first.recorded_on < created ? first.recorded_on : created;
}

async function recentDays(db: Db, today: IsoDate, from: IsoDate, until: IsoDate): Promise<LogDay[]> {
  const recorders = await db.selectFrom('cctv_recorders').selectAll().where('retired_at', 'is', null).execute();
  const all: LogDay[] = [];
  for (const recorder of recorders) {
    const start = await logStart(db, recorder);
    const begin = start > from ? start : from;
    if (begin <= until) all.push(...(await logDays(db, recorder, begin, until, today)));
  }
  return all;
}

const earliest = (days: readonly string[]) => [...days].sort()[0] ?? '';

export async function cctvToday(call: CallContext): Promise<TodayContribution[]> {
  const days = await recentDays(call.db, call.today, addDays(call.today, -LOOK_BACK_DAYS), addDays(call.today, -1));
  const missing = days.filter((d) => d.status === 'missing');
  const due = days.filter((d) => d.status === 'due');
  const requests = (await requestViews(call.db, call.today, false)).filter((r) => !r.corrected && r.daysLeft !== null && r.daysLeft <= 3);
  const holds = await call.db
    .selectFrom('cctv_holds')
    .select(['id', 'review_on'])
    .where('released_on', 'is', null)
    .where('review_on', '<=', call.today)
    .execute();
  const reads = await call.db
    .selectFrom('cctv_onvif_reads as r')
    .select(['r.recorder_id', 'r.outcome'])
    .where('r.id', 'in', (eb) =>
      eb
        .selectFrom('cctv_onvif_reads')
        .select((e) => e.fn.max('id').as('id'))
        .groupBy('recorder_id'),
    )
    .execute();
  const flagged = reads.filter((r) => r.outcome !== 'compliant');
  return [
    {
      id: 'cctv.missing',
      section: '/cctv',
      to: '/cctv?tab=log',
      message: 'cctv.today.missing',
      params: { count: missing.length, oldest: earliest(missing.map((d) => d.recordedOn)) },
      count: missing.length,
      severity: 'overdue',
      method: 'cctv.log.fill',
    },
    {
      id: 'cctv.due',
      section: '/cctv',
      to: '/cctv?tab=log',
      message: 'cctv.today.due',
      params: { count: due.length, by: earliest(due.map((d) => d.goneBy)) },
      count: due.length,
      severity: 'soon',
      method: 'cctv.log.fill',
    },
    {
      id: 'cctv.requests',
      section: '/cctv',
      to: '/cctv?tab=requests',
      message: 'cctv.today.requests',
      params: { count: requests.length, by: earliest(requests.map((r) => r.deadlineOn ?? '')) },
      count: requests.length,
      severity: requests.some((r) => (r.daysLeft ?? 0) < 0) ? 'overdue' : 'soon',
      method: 'cctv.requests.record',
    },
    {
      id: 'cctv.holds',
      section: '/cctv',
      to: '/cctv?tab=holds',
      message: 'cctv.today.holds',
      params: { count: holds.length },
      count: holds.length,
      severity: 'waiting',
      method: 'cctv.holds.release',
    },
    {
      id: 'cctv.flagged',
      section: '/cctv',
      to: '/cctv?tab=recorders',
      message: 'cctv.today.flagged',
      params: { count: flagged.length },
      count: flagged.length,
      severity: flagged.some((r) => r.outcome === 'flagged') ? 'overdue' : 'waiting',
      method: 'cctv.onvif.read',
    },
  ];
}

/** Per day from `from` to `until`: recording days whose footage must be gone by then (not yet confirmed), and request deadlines. */
export async function cctvUpcoming(call: CallContext, from: IsoDate, until: IsoDate): Promise<UpcomingCount[]> {
  // A day falls due some 30 days after it was recorded (a month and five days at most).
  const days = await recentDays(call.db, call.today, addDays(from, -40), until);
  const counts = new Map<string, number>();
  for (const day of days) {
    if (day.confirmation || day.status === 'held' || day.goneBy < from || day.goneBy > until) continue;
    counts.set(day.goneBy, (counts.get(day.goneBy) ?? 0) + 1);
  }
  for (const request of await requestViews(call.db, call.today, false)) {
    const deadline = request.deadlineOn;
    if (request.corrected || request.daysLeft === null || !deadline || deadline < from || deadline > until) continue;
    counts.set(deadline, (counts.get(deadline) ?? 0) + 1);
  }
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, count]) => ({ section: '/cctv', date, count }));
}
