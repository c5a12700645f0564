import type { DemoContext } from '../demo/context.ts';
import { exportCsv, inventedReservations, koreanDateTime } from './fixtures.ts';

/**
 * 통인한의원's website reservations as staff download them on 2026-11-20: 300 bookings from
 * 11-10 to the end of December (the earliest past their deadline, some due, most still held),
 * one cancelled, one child (만 14세 미만), one patient who asked for deletion.
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
}
