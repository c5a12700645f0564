import { DEMO_ACCOUNTS } from '../accounts/fixtures.ts';
import type { DemoContext } from '../demo/context.ts';
import { confirmationUpload } from '../disposal/fixtures.ts';
import { exportCsv, inventedReservations, koreanDateTime } from './fixtures.ts';

/**
 * 통인한의원's website reservations as staff download them on 2026-11-20: 300 bookings from
 * 11-10 to the end of December (the earliest past their deadline, some due, most still held),
 * one cancelled, one child (만 14세 미만), one patient who asked for deletion. Those due by 11-14 are
 * destroyed that day with two signatures; PREDAQ has confirmed its copy, Mailjet (re-entrusted, in
 * France) has been asked and not yet answered: 수탁자 확인 1/2.
 */
export async function reservationsDemo(demo: DemoContext): Promise<void> {
  const clerk = demo.as('clerk');
  demo.clock.set('2026-11-20T10:00:00+09:00');
  const rows = inventedReservations(300, '2026-11-10', { perDay: 6 });
  const cancelled = rows[40];
  if (cancelled) Object.assign(cancelled, { status: '취소', cancelledAt: koreanDateTime('2026-11-12', 11) });
  const child = rows[45];
  if (child) Object.assign(child, { name: '박하늘', birthDate: '2016-05-05', email: 'parent.park@example.com', department: '한방소아과' });
  const completed = rows.slice(0, 30);
  for (const row of completed) row.status = '이용완료';
  const dataBase64 = Buffer.from(exportCsv(rows), 'utf8').toString('base64');
  await clerk('reservations.import', { fileName: '통인한의원_예약목록_20261120.csv', dataBase64, source: '통인한의원 홈페이지' });
  const [person] = await clerk('reservations.find', { text: 'patient120@example.com' });
  if (person) await clerk('reservations.recordRequest', { ids: [person.id], kind: 'deletion' });

  const request = await clerk('reservations.requestDisposal', { scope: { kind: 'dueBy', on: '2026-11-14' }, reason: 'purpose_achieved' });
  await clerk('disposal.perform', { requestId: request.id, performedOn: '2026-11-20', password: password('clerk') });
  demo.clock.set('2026-11-20T16:00:00+09:00');
  await demo.as('director')('disposal.approve', { requestId: request.id, password: password('director') });
  const [disposal] = await clerk('reservations.disposals', {});
  const [predaq, mailjet] = disposal?.confirmations ?? [];
  const record = (processorId: number, step: 'requested' | 'confirmed', on: string, evidence: boolean) =>
    clerk('reservations.recordConfirmation', {
      requestId: request.id,
      processorId,
      step,
      on,
      evidence: evidence ? confirmationUpload() : null,
      password: password('clerk'),
    });
  if (predaq) {
    await record(predaq.processorId, 'requested', '2026-11-20', false);
    demo.clock.set('2026-11-23T11:00:00+09:00');
    await record(predaq.processorId, 'confirmed', '2026-11-23', true);
  }
  if (mailjet) await record(mailjet.processorId, 'requested', '2026-11-23', false);
}

const password = (login: string) => DEMO_ACCOUNTS.find((account) => account.login === login)?.password ?? '';
