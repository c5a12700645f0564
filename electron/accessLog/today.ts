import type { TodayContribution } from '../domain.ts';
import type { CallContext } from '../handler.ts';
import { reviewStatus } from './handlers.ts';

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
