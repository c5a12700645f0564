import type { FileView } from '../../shared/register/contract.ts';
import type { TodayContribution } from '../domain.ts';
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
