import type { IsoDate } from '../../shared/dates/calendar.ts';
import type { TodayContribution, UpcomingCount } from '../domain.ts';
import { fileViews } from '../register/handlers.ts';
import type { CallContext } from '../handler.ts';

/** 오늘 할 일: requests waiting for the performer's signature (with their evidence), and signed ones waiting for approval. */
export async function disposalToday(call: CallContext): Promise<TodayContribution[]> {
  const rows = await call.db
    .selectFrom('disposal_requests')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', 'in', ['requested', 'performed'])
    // A processor's destruction cannot be signed before its 파기 확인서 arrives: the processors
    // section counts those (파기 확인 대기), not the performer.
    .where((eb) =>
      eb.or([
        eb('method', '!=', 'processor'),
        eb('status', '!=', 'requested'),
        eb.exists(
          eb
            .selectFrom('attachments')
            .select('attachments.id')
            .whereRef('attachments.request_id', '=', 'disposal_requests.id')
            .where('attachments.kind', '=', 'processor_confirmation'),
        ),
      ]),
    )
    .groupBy('status')
    .execute();
  const count = (status: string) => Number(rows.find((row) => row.status === status)?.n ?? 0);
  return [
    {
      id: 'disposal.perform',
      section: '/disposal',
      to: '/disposal',
      message: 'disposal.today.perform',
      params: { count: count('requested') },
      count: count('requested'),
      severity: 'waiting',
      method: 'disposal.perform',
    },
    {
      id: 'disposal.approve',
      section: '/disposal',
      to: '/disposal',
      message: 'disposal.today.approve',
      params: { count: count('performed') },
      count: count('performed'),
      severity: 'waiting',
      method: 'disposal.approve',
    },
  ];
}

/** The eight-week chart: open requests on their deadline (the earliest "destroy by" of their files). */
export async function disposalUpcoming(call: CallContext, from: IsoDate, until: IsoDate): Promise<UpcomingCount[]> {
  const items = await call.db
    .selectFrom('disposal_items')
    .innerJoin('disposal_requests', 'disposal_requests.id', 'disposal_items.request_id')
    .select(['disposal_items.request_id', 'disposal_items.file_id'])
    .where('disposal_requests.status', 'in', ['requested', 'performed'])
    .execute();
  if (items.length === 0) return [];
  const files = new Map((await fileViews(call.db, call.today, [...new Set(items.map((i) => i.file_id))])).map((f) => [f.id, f]));
  const deadlines = new Map<number, IsoDate>();
  for (const item of items) {
    const by = files.get(item.file_id)?.due?.destroyBy;
    const seen = deadlines.get(item.request_id);
    if (by && (!seen || by < seen)) deadlines.set(item.request_id, by);
  }
  const byDay = new Map<IsoDate, number>();
  for (const day of deadlines.values()) if (day >= from && day <= until) byDay.set(day, (byDay.get(day) ?? 0) + 1);
  return [...byDay].map(([date, count]) => ({ section: '/disposal', date, count }));
}
