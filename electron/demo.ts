import type { Role } from '../shared/api/contract.ts';
import type { PolicyView } from '../shared/api/policies.ts';
import type { FileInput, FileView } from '../shared/api/register.ts';
import type { DisposalView } from '../shared/api/disposal.ts';
import type { AppContext } from './context.ts';
import { dispatch } from './dispatch.ts';
import { newSession, type Session } from './session.ts';

/** The demo clinic: facts shaped like the seed policies (a hospital with processors, CCTV, web reservations); people invented. */
export const DEMO_CLINIC = {
  name: '데모 튼튼병원',
  representative: '한지원',
  address: '서울특별시 강남구 테헤란로 100, 3층',
  businessNumber: '124-81-00998',
  privacyOfficerName: '한지원',
  privacyOfficerTitle: '병원장',
  privacyOfficerContact: '02-555-0100',
  cctvManagerName: '한지원',
  cctvManagerTitle: '병원장',
  cctvManagerContact: '02-555-0100',
};

export const DEMO_ACCOUNTS: ReadonlyArray<{ login: string; name: string; title: string; role: Role; password: string }> = [
  { login: 'director', name: '한지원', title: '병원장', role: 'officer', password: 'Demo#Director2026' },
  { login: 'clerk', name: '이하은', title: '행정실장', role: 'admin', password: 'Demo#Clerk2026' },
  { login: 'facility', name: '박민호', title: '시설팀장', role: 'facilities', password: 'Demo#Facility2026' },
  { login: 'auditor', name: '정감사', title: '외부 점검자', role: 'auditor', password: 'Demo#Auditor2026' },
];

/** A 1×1 PNG: stands in for the photo of the shredded paper. */
const PHOTO_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** A one-page PDF: stands in for the processor's confirmation letter. */
const CONFIRMATION_PDF = Buffer.from(
  [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj',
    '4 0 obj << /Length 78 >> stream',
    'BT /F1 14 Tf 72 760 Td (PREDAQ - Certificate of destruction, 2026-06-29) Tj ET',
    'endstream endobj',
    '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
  ].join('\n'),
).toString('base64');

type Clock = { set(at: string): void };

async function call<T>(app: AppContext, session: Session, method: string, payload: unknown = {}): Promise<T> {
  // The demo jumps months between steps; its people are at their desks at every one of them.
  session.lastActivityAt = app.clock.now().getTime();
  const result = await dispatch(app, session, method, payload);
  if (!result.ok) throw new Error(`demo step ${method} failed: ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`);
  return result.value as T;
}

/**
 * Builds the demo through the same methods the app uses (so it is also a walk through them),
 * moving the clock through 2026: a completed reservation-data destruction, a CCTV one, a
 * processor's with its confirmation letter, one awaiting approval, and files still held.
 */
export async function seedDemo(app: AppContext, clock: Clock): Promise<void> {
  clock.set('2026-01-05T09:00:00+09:00');
  const [officerAccount, ...others] = DEMO_ACCOUNTS;
  if (!officerAccount) throw new Error('no demo officer');
  const director = newSession('demo');
  await call(app, director, 'setup.run', {
    clinic: DEMO_CLINIC,
    officer: { login: officerAccount.login, name: officerAccount.name, title: officerAccount.title, password: officerAccount.password },
  });
  const state = app.state();
  if (!state.ok) throw new Error('demo database not open');
  await state.database.db.insertInto('meta').values({ key: 'demo', value: 'true' }).execute();

  const sessions: Record<string, Session> = { director };
  for (const account of others) {
    const temporary = `${account.password}-temp`;
    const { password: _own, ...profile } = account;
    await call(app, director, 'users.create', { ...profile, temporaryPassword: temporary, officerPassword: officerAccount.password });
    const session = newSession('demo');
    await call(app, session, 'auth.signIn', { login: account.login, password: temporary });
    await call(app, session, 'auth.changePassword', { currentPassword: temporary, newPassword: account.password });
    sessions[account.login] = session;
  }
  const clerk = sessions.clerk as Session;
  const facility = sessions.facility as Session;

  await call(app, facility, 'cctv.recorders.save', {
    name: 'NVR-1 (1층)',
    location: '1층 로비·접수·출입구, 주차장 입구',
    cameraCount: 16,
    recordingMode: 'continuous',
    recordingHours: '24시간',
    storagePlace: '1층 행정실 녹화기',
    retentionPresetId: 'cctv-30d',
  });
  await call(app, facility, 'cctv.recorders.save', {
    name: 'NVR-2 (2·3층)',
    location: '2·3층 복도, 엘리베이터, 비상계단',
    cameraCount: 9,
    recordingMode: 'continuous',
    recordingHours: '24시간',
    storagePlace: '3층 보안실 녹화기',
    retentionPresetId: 'cctv-30d',
  });

  const policy = async (name: string, presetId: string, startLabel: string) =>
    (await call<PolicyView>(app, clerk, 'policies.save', { name, startLabel, source: { kind: 'preset', presetId } })).id;
  const cctv = await policy('CCTV 영상', 'cctv-30d', '촬영일');
  const reservations = await policy('홈페이지 예약 정보', 'service-web-reservation', '예약 업무 종료일');
  const charts = await policy('진료기록부', 'medical-chart', '진료 종결일');
  const processors = await policy('위탁 업무 정보', 'service-processor-contract', '위탁계약 종료일');
  const events = await policy('이벤트·설문 참여 정보', 'service-event-survey', '이벤트 종료일');
  await policy('웹사이트 방문기록', 'communications-website-log', '방문일');

  const file = async (input: FileInput) => (await call<FileView>(app, clerk, 'register.save', input)).id;
  const reservationQ1 = await file({
    name: '홈페이지 예약 정보 (2026년 1분기)',
    items: '이름·국적·생년월일·이메일',
    mediaKind: 'electronic',
    locationKind: 'pc_folder',
    locationDetail: '행정실 PC D:\\예약\\2026-1분기.xlsx',
    recordCount: 412,
    policyId: reservations,
    createdOn: '2026-01-02',
    eventDate: null,
  });
  const reservationForms = await file({
    name: '예약 신청서 묶음 (2026년 1월)',
    items: '이름·연락처·진료과·예약일시',
    mediaKind: 'paper',
    locationKind: 'paper',
    locationDetail: '행정실 문서함 2번 칸',
    recordCount: 86,
    policyId: reservations,
    createdOn: '2026-01-05',
    eventDate: null,
  });
  const chart2015 = await file({
    name: '진료기록부 (2015년 진료 종결분)',
    items: '이름·주민등록번호·주소·연락처·진료 내용',
    mediaKind: 'paper',
    locationKind: 'paper',
    locationDetail: '지하 1층 의무기록실 서가 C',
    recordCount: 1240,
    policyId: charts,
    createdOn: '2015-01-02',
    startDate: '2015-12-31',
  });
  const mailjet = await file({
    name: '예약 알림 이메일 수신자 (Mailjet 재위탁·프랑스)',
    items: '이름·이메일·국적·생년월일·예약일자·진료과',
    mediaKind: 'electronic',
    locationKind: 'processor',
    locationDetail: 'PREDAQ → Mailjet(Sinch), 프랑스 파리 서버',
    recordCount: 3120,
    policyId: processors,
    createdOn: '2025-07-01',
    eventDate: null,
  });
  await file({
    name: '건강강좌 참여자 명단 (2026년 상반기)',
    items: '이름·연락처',
    mediaKind: 'electronic',
    locationKind: 'pc_folder',
    locationDetail: '행정실 PC D:\\행사\\건강강좌.xlsx',
    recordCount: 57,
    policyId: events,
    createdOn: '2026-01-03',
    eventDate: null,
  });

  const destroy = async (
    items: Array<{ fileId: number; count: number }>,
    details: { method: string; reason: string; place: string; note?: string; attachments?: unknown[] },
    dates: { request: string; perform: string; approve: string | null },
  ) => {
    clock.set(`${dates.request}T10:00:00+09:00`);
    const request = await call<DisposalView>(app, clerk, 'disposal.request', { items, ...details });
    clock.set(`${dates.perform}T15:30:00+09:00`);
    await call(app, clerk, 'disposal.perform', { requestId: request.id, performedOn: dates.perform, password: 'Demo#Clerk2026' });
    if (dates.approve) {
      clock.set(`${dates.approve}T09:20:00+09:00`);
      await call(app, director, 'disposal.approve', { requestId: request.id, password: officerAccount.password });
    }
  };

  clock.set('2026-04-01T09:00:00+09:00');
  await call(app, clerk, 'register.recordEvent', { id: reservationQ1, eventDate: '2026-03-31' });
  await call(app, clerk, 'register.recordEvent', { id: reservationForms, eventDate: '2026-03-31' });
  await destroy(
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
    [{ fileId: reservationForms, count: 86 }],
    {
      method: 'paper_shred',
      reason: 'purpose_achieved',
      place: '행정실 (문서 세단기)',
      attachments: [{ kind: 'photo', fileName: '세단_사진.png', mime: 'image/png', dataBase64: PHOTO_PNG }],
    },
    { request: '2026-04-02', perform: '2026-04-02', approve: '2026-04-03' },
  );

  clock.set('2026-06-16T09:00:00+09:00');
  await call(app, clerk, 'register.recordEvent', { id: mailjet, eventDate: '2026-06-15' });
  await destroy(
    [{ fileId: mailjet, count: 3120 }],
    {
      method: 'processor',
      reason: 'contract_ended',
      place: 'PREDAQ 및 Mailjet 시스템',
      note: '재위탁 계약 종료에 따라 수탁자가 파기, 파기 확인서 수령',
      attachments: [
        { kind: 'processor_confirmation', fileName: 'PREDAQ_파기확인서.pdf', mime: 'application/pdf', dataBase64: CONFIRMATION_PDF },
      ],
    },
    { request: '2026-06-29', perform: '2026-06-30', approve: '2026-07-01' },
  );

  clock.set('2026-11-02T09:00:00+09:00');
  const footage = await file({
    name: 'CCTV 녹화 영상 (NVR-1, 2026-09-30 촬영분)',
    items: '영상(얼굴·행동)',
    mediaKind: 'video',
    locationKind: 'cctv',
    locationDetail: 'NVR-1 (1층 행정실 녹화기)',
    recordCount: 16,
    policyId: cctv,
    createdOn: '2026-09-30',
    startDate: '2026-09-30',
  });
  await destroy(
    [{ fileId: footage, count: 16 }],
    { method: 'electronic_overwrite', reason: 'retention_expired', place: '1층 행정실 녹화기', note: '녹화기 자동 덮어쓰기 확인' },
    { request: '2026-11-02', perform: '2026-11-02', approve: '2026-11-03' },
  );

  await destroy(
    [{ fileId: chart2015, count: 1240 }],
    { method: 'paper_incinerate', reason: 'retention_expired', place: '외부 소각업체 (○○환경)', note: '보존기간 10년 경과분' },
    { request: '2026-11-20', perform: '2026-11-20', approve: null },
  );
}
