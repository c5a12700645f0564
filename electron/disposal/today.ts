import type { TodayContribution } from '../domain.ts';
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
