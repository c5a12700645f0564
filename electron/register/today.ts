import type { FileView } from '../../shared/register/contract.ts';
import type { IsoDate } from '../../shared/dates/calendar.ts';
import type { TodayContribution, UpcomingCount } from '../domain.ts';
import type { CallContext } from '../handler.ts';
import { fileViews } from './handlers.ts';

/** 오늘 할 일: files past their deadline, and files whose destruction window is open now (due within days). */
const earliest = (list: FileView[]) => list.map((file) => file.due?.destroyBy ?? '').sort()[0] ?? '';

export async function registerToday(call: CallContext): Promise<TodayContribution[]> {
  const files = await fileViews(call.db, call.today);
  const overdue = files.filter((file) => file.status === 'overdue');
  const due = files.filter((file) => file.status === 'due');
  return [
    {
      id: 'register.overdue',
      section: '/register',
      to: '/register?status=overdue',
      message: 'register.today.overdue',
      params: { count: overdue.length, oldest: earliest(overdue) },
      count: overdue.length,
      severity: 'overdue',
      method: 'disposal.request',
    },
    {
      id: 'register.due',
      section: '/register',
      to: '/register?status=due',
      message: 'register.today.due',
      params: { count: due.length, by: earliest(due) },
      count: due.length,
      severity: 'soon',
      method: 'disposal.request',
    },
  ];
}

/**
 * The eight-week chart: files (not destroyed, not held, not already in a request) on the first day
 * they may be destroyed — the day they join 오늘 할 일.
 */
export async function registerUpcoming(call: CallContext, from: IsoDate, until: IsoDate): Promise<UpcomingCount[]> {
  const files = await fileViews(call.db, call.today);
  const byDay = new Map<IsoDate, number>();
  for (const file of files) {
    const day = file.due?.destroyFrom;
    if (!day || day < from || day > until || ['destroyed', 'extended', 'pending'].includes(file.status)) continue;
    byDay.set(day, (byDay.get(day) ?? 0) + 1);
  }
  return [...byDay].map(([date, count]) => ({ section: '/register', date, count }));
}
