import type { FileInput } from '../../shared/register/contract.ts';
import type { DemoPolicy } from '../policies/fixtures.ts';

/** A file of the demo register, naming its record type instead of a policy id. */
export type DemoFile = Omit<FileInput, 'policyId'> & { policy: DemoPolicy };

/** The demo clinic's register on 2026-01-05, by key; later demo steps find them by name. */
export const DEMO_FILES = {
  reservationQ1: {
    name: '홈페이지 예약 정보 (2026년 1분기)',
    items: '이름·국적·생년월일·이메일',
    mediaKind: 'electronic',
    locationKind: 'pc_folder',
    locationDetail: '행정실 PC D:\\예약\\2026-1분기.xlsx',
    recordCount: 412,
    policy: 'reservations',
    createdOn: '2026-01-02',
    eventDate: null,
  },
  reservationForms: {
    name: '예약 신청서 묶음 (2026년 1월)',
    items: '이름·연락처·진료과·예약일시',
    mediaKind: 'paper',
    locationKind: 'paper',
    locationDetail: '행정실 문서함 2번 칸',
    recordCount: 86,
    policy: 'reservations',
    createdOn: '2026-01-05',
    eventDate: null,
  },
  chart2015: {
    name: '진료기록부 (2015년 진료 종결분)',
    items: '이름·주민등록번호·주소·연락처·진료 내용',
    mediaKind: 'paper',
    locationKind: 'paper',
    locationDetail: '지하 1층 의무기록실 서가 C',
    recordCount: 1240,
    policy: 'charts',
    createdOn: '2015-01-02',
    startDate: '2015-12-31',
  },
  mailjet: {
    name: '예약 알림 이메일 수신자 (Mailjet 재위탁·프랑스)',
    items: '이름·이메일·국적·생년월일·예약일자·진료과',
    mediaKind: 'electronic',
    locationKind: 'processor',
    locationDetail: 'PREDAQ → Mailjet(Sinch), 프랑스 파리 서버',
    recordCount: 3120,
    policy: 'processors',
    createdOn: '2025-07-01',
    eventDate: null,
  },
  healthLecture: {
    name: '건강강좌 참여자 명단 (2026년 상반기)',
    items: '이름·연락처',
    mediaKind: 'electronic',
    locationKind: 'pc_folder',
    locationDetail: '행정실 PC D:\\행사\\건강강좌.xlsx',
    recordCount: 57,
    policy: 'events',
    createdOn: '2026-01-03',
    eventDate: null,
  },
} as const satisfies Record<string, DemoFile>;

/** The second quarter's reservations: the work ended on 2026-06-30, and nobody destroyed them (overdue by November). */
export const DEMO_RESERVATIONS_Q2 = {
  name: '홈페이지 예약 정보 (2026년 2분기)',
  items: '이름·국적·생년월일·이메일',
  mediaKind: 'electronic',
  locationKind: 'pc_folder',
  locationDetail: '행정실 PC D:\\예약\\2026-2분기.xlsx',
  recordCount: 388,
  policy: 'reservations',
  createdOn: '2026-04-01',
  eventDate: '2026-06-30',
} as const satisfies DemoFile;

/** The demo's footage of one recording day, registered when it falls due (2026-11-02). */
export const DEMO_FOOTAGE_FILE = {
  name: 'CCTV 녹화 영상 (NVR-1, 2026-09-30 촬영분)',
  items: '영상(얼굴·행동)',
  mediaKind: 'video',
  locationKind: 'cctv',
  locationDetail: 'NVR-1 (1층 행정실 녹화기)',
  recordCount: 16,
  policy: 'cctv',
  createdOn: '2026-09-30',
  startDate: '2026-09-30',
} as const satisfies DemoFile;

/** The tests' usual file: a month of paper reservation forms, under the given policy. */
export function sampleFileInput(policyId: number, overrides: Partial<FileInput> = {}): FileInput {
  const { policy: _policy, ...file } = DEMO_FILES.reservationForms;
  return { ...file, policyId, ...overrides };
}
