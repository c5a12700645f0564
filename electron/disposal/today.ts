import type { TodayContribution } from '../domain.ts';
import type { CallContext } from '../handler.ts';

/** 오늘 할 일: requests waiting for the performer's signature, and signed ones waiting for approval. */
export async function disposalToday(call: CallContext): Promise<TodayContribution[]> {
  const rows = await call.db
    .selectFrom('disposal_requests')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', 'in', ['requested', 'performed'])
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
