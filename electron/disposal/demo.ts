import type { MethodInput } from '../../shared/domains.ts';
import { DEMO_ACCOUNTS } from '../accounts/fixtures.ts';
import type { DemoContext } from '../demo/context.ts';
import { demoFileId, registerDemoFile } from '../register/demo.ts';
import { DEMO_FILES, DEMO_FOOTAGE_FILE, DEMO_RESERVATIONS_Q2 } from '../register/fixtures.ts';
import { confirmationUpload, photoUpload } from './fixtures.ts';

const password = (login: string) => DEMO_ACCOUNTS.find((account) => account.login === login)?.password ?? '';

type Request = Omit<MethodInput<'disposal.request'>, 'items'>;

/** Request → perform (the admin office) → approve (the director, unless `approve` is null), each on its own day. */
async function destroy(
  demo: DemoContext,
  items: MethodInput<'disposal.request'>['items'],
  details: Request,
  dates: { request: string; perform: string; approve: string | null },
  delayReason?: string,
): Promise<void> {
  const clerk = demo.as('clerk');
  demo.clock.set(`${dates.request}T10:00:00+09:00`);
  const request = await clerk('disposal.request', { items, ...details });
  demo.clock.set(`${dates.perform}T15:30:00+09:00`);
  await clerk('disposal.perform', {
    requestId: request.id,
    performedOn: dates.perform,
    ...(delayReason ? { delayReason } : {}),
    password: password('clerk'),
  });
  if (dates.approve) {
    demo.clock.set(`${dates.approve}T09:20:00+09:00`);
    await demo.as('director')('disposal.approve', { requestId: request.id, password: password('director') });
  }
}

/**
 * The clinic's destructions of 2026: the first quarter's reservation data (a file and the paper
 * forms), a processor's copy with its confirmation letter, a day of CCTV footage, and 2015's charts
 * destroyed ten months late (with the reason) and still awaiting the director's approval.
 */
export async function disposalDemo(demo: DemoContext): Promise<void> {
  const clerk = demo.as('clerk');
  const id = (file: { name: string }) => demoFileId(demo, file.name);

  demo.clock.set('2026-04-01T09:00:00+09:00');
  const reservationQ1 = await id(DEMO_FILES.reservationQ1);
  const reservationForms = await id(DEMO_FILES.reservationForms);
  await clerk('register.recordEvent', { id: reservationQ1, eventDate: '2026-03-31' });
  await clerk('register.recordEvent', { id: reservationForms, eventDate: '2026-03-31' });
  await destroy(
    demo,
    [{ fileId: reservationQ1, count: 412 }],
    {
      method: 'electronic_erase',
      reason: 'purpose_achieved',
      place: '행정실 PC',
      note: '예약 업무 종료(2026-03-31) 후 엑셀 파일 영구 삭제, 휴지통 비움',
    },
    { request: '2026-04-01', perform: '2026-04-02', approve: '2026-04-03' },
  );
  await destroy(
    demo,
    [{ fileId: reservationForms, count: 86 }],
    { method: 'paper_shred', reason: 'purpose_achieved', place: '행정실 (문서 세단기)', attachments: [photoUpload()] },
    { request: '2026-04-02', perform: '2026-04-02', approve: '2026-04-03' },
  );

  demo.clock.set('2026-06-16T09:00:00+09:00');
  const mailjet = await id(DEMO_FILES.mailjet);
  await clerk('register.recordEvent', { id: mailjet, eventDate: '2026-06-15' });
  await destroy(
    demo,
    [{ fileId: mailjet, count: 3120 }],
    {
      method: 'processor',
      reason: 'contract_ended',
      place: 'PREDAQ 및 Mailjet 시스템',
      note: '재위탁 계약 종료에 따라 수탁자가 파기, 파기 확인서 수령',
      attachments: [confirmationUpload()],
    },
    { request: '2026-06-29', perform: '2026-06-30', approve: '2026-07-01' },
    // Due by 2026-06-20; the processor's letter came on the 29th.
    '수탁자(PREDAQ)가 재수탁자(Mailjet)의 파기 완료를 확인한 뒤 파기 확인서를 보내오기까지 기다림(2026-06-29 수령)',
  );

  // The second quarter's reservation file is registered once its work ended, and then forgotten:
  // by November it is past its deadline (오늘 할 일 shows it).
  demo.clock.set('2026-07-01T09:00:00+09:00');
  await registerDemoFile(demo, DEMO_RESERVATIONS_Q2);

  demo.clock.set('2026-11-02T09:00:00+09:00');
  const footage = await registerDemoFile(demo, DEMO_FOOTAGE_FILE);
  await destroy(
    demo,
    [{ fileId: footage.id, count: 16 }],
    { method: 'electronic_overwrite', reason: 'retention_expired', place: '1층 행정실 녹화기', note: '녹화기 자동 덮어쓰기 확인' },
    { request: '2026-11-02', perform: '2026-11-02', approve: '2026-11-03' },
  );

  await destroy(
    demo,
    [{ fileId: await id(DEMO_FILES.chart2015), count: 1240 }],
    { method: 'paper_incinerate', reason: 'retention_expired', place: '외부 소각업체 (○○환경)', note: '보존기간 10년 경과분' },
    { request: '2026-11-20', perform: '2026-11-20', approve: null },
    // Due by 2026-01-05: the late destruction says why, and the ledger and certificate will show it.
    '의무기록실 이전 공사(2026년 1~10월)로 서가 C에 들어갈 수 없어, 공사가 끝난 뒤 외부 소각업체 일정에 맞춰 파기함',
  );
}
