import { addDays, type IsoDate } from '../../shared/dates/calendar.ts';
import type { TodayContribution, UpcomingCount } from '../domain.ts';
import type { CallContext } from '../handler.ts';
import { reviewDueThrough, reviewStatus } from './handlers.ts';

/** 오늘 할 일: the monthly review of the access log (안전성 확보조치 기준 제8조), when it is behind. */
export async function accessLogToday(call: CallContext): Promise<TodayContribution[]> {
  const status = await reviewStatus(call.db, call.today);
  return [
    {
      id: 'accessLog.review',
      section: '/access-log',
      to: '/access-log?review=due',
      message: 'accessLog.today.review',
      params: { month: status.dueThrough },
      count: status.overdue ? 1 : 0,
      severity: 'overdue',
      method: 'accessLog.recordReview',
    },
  ];
}

/**
 * The eight-week chart: on the first of each month the previous month's review falls due; it
 * counts unless a review already covers that month.
 */
export async function accessLogUpcoming(call: CallContext, from: IsoDate, until: IsoDate): Promise<UpcomingCount[]> {
  const status = await reviewStatus(call.db, call.today);
  const latest = status.reviews.reduce<string | null>(
    (max, r) => (max === null || r.reviewedThrough > max ? r.reviewedThrough : max),
    null,
  );
  const rows: UpcomingCount[] = [];
  for (let day = from; day <= until; day = addDays(day, 1)) {
    if (!day.endsWith('-01')) continue;
    const month = reviewDueThrough(day);
    if (latest === null || latest < month) rows.push({ section: '/access-log', date: day, count: 1 });
  }
  return rows;
}
