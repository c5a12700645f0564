import { defineDomain } from '../contract/domain.ts';
import { cctvMessages } from './messages.ts';
import { z } from 'zod';
import { method } from '../contract/method.ts';
import { RETENTION_PRESETS } from '../periods/presets.ts';
import type { FootageWindow } from './footage.ts';
import { isoDate } from '../contract/fields.ts';
import { daysBetween, isIsoDate } from '../dates/calendar.ts';
import { passwordEntry } from '../accounts/contract.ts';
import { onvifAddressProblem } from './onvifAddress.ts';
import { CONFIRMATION_METHODS, type LogDay } from './rules.ts';

const id = z.number({ error: '항목을 선택해 주세요.' }).int().positive();
const text = (max: number, empty: string) =>
  z
    .string({ error: empty })
    .trim()
    .min(1, { error: empty })
    .max(max, { error: `${max}자 이하로 입력해 주세요.` });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${max}자 이하로 입력해 주세요.` })
    .default('');
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '월을 YYYY-MM 형식으로 선택해 주세요.' });
/** A local date and time of footage (YYYY-MM-DD HH:mm, the clinic's calendar). */
const localTime = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}$/, { error: '일시를 YYYY-MM-DD HH:mm 형식으로 입력해 주세요.' })
  .refine(
    (value) => isoDate.safeParse(value.slice(0, 10)).success && Number(value.slice(11, 13)) < 24 && Number(value.slice(14, 16)) < 60,
    {
      error: '실제 날짜와 시각을 입력해 주세요.',
    },
  )
  .transform((value) => value.replace('T', ' '));

/** A recorder's footage is kept by one of the CCTV presets (30일 default of the 지침, or 1개월). */
export const CCTV_PRESET_IDS = RETENTION_PRESETS.filter((p) => p.category === 'cctv').map((p) => p.id) as [string, ...string[]];

export const RECORDING_MODES = ['continuous', 'motion', 'scheduled'] as const;
export type RecordingMode = (typeof RECORDING_MODES)[number];

export const recorderInput = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, { error: '녹화기 이름을 입력해 주세요(예: NVR-1).' })
    .max(60, { error: '녹화기 이름은 60자 이하로 입력해 주세요.' }),
  location: z
    .string()
    .trim()
    .min(1, { error: '카메라가 있는 곳과 촬영 범위를 입력해 주세요(예: 1층 로비, 출입구).' })
    .max(120, { error: '설치 장소는 120자 이하로 입력해 주세요.' }),
  cameraCount: z
    .number({ error: '카메라 대수를 숫자로 입력해 주세요.' })
    .int({ error: '카메라 대수는 정수로 입력해 주세요.' })
    .min(1, { error: '카메라는 1대 이상이어야 합니다.' })
    .max(256, { error: '카메라는 256대 이하로 입력해 주세요.' }),
  recordingMode: z.enum(RECORDING_MODES, { error: '녹화 방식을 선택해 주세요.' }),
  recordingHours: z
    .string()
    .trim()
    .min(1, { error: '녹화 시간을 입력해 주세요(예: 24시간, 평일 08:00~20:00).' })
    .max(60, { error: '녹화 시간은 60자 이하로 입력해 주세요.' }),
  storagePlace: z
    .string()
    .trim()
    .min(1, { error: '영상을 보관하는 곳을 입력해 주세요(예: 행정실 녹화기).' })
    .max(120, { error: '보관 장소는 120자 이하로 입력해 주세요.' }),
  retentionPresetId: z.enum(CCTV_PRESET_IDS, { error: '보관기간을 선택해 주세요.' }),
  /** 관리책임자 and 접근권한자: accounts of the clinic. */
  managerUserId: id.nullable().optional(),
  accessUserIds: z.array(id).max(20, { error: '접근권한자는 20명 이하로 지정해 주세요.' }).optional(),
  /** Monitoring or maintenance entrusted (위탁): the processor of the processor inventory. */
  processorId: id.nullable().optional(),
});

export type RecorderInput = z.input<typeof recorderInput>;

export interface StaffMember {
  id: number;
  name: string;
  title: string;
}

export interface OnvifReadView {
  id: number;
  at: string;
  outcome: 'compliant' | 'flagged' | 'manual';
  /** Why: a code of cctvMessages.onvif (ok, expired, empty, fault, refused, timeout, unreachable, unexpected, address). */
  reason: string;
  dataFrom: string | null;
  dataUntil: string | null;
  /** The oldest recording day (clinic calendar) the recorder holds, and the oldest the rule allows today. */
  oldestDay: string | null;
  oldestAllowed: string;
  numberRecordings: number | null;
}

export interface RecorderView extends Omit<z.output<typeof recorderInput>, 'managerUserId' | 'accessUserIds' | 'processorId'> {
  id: number;
  managerUserId: number | null;
  accessUserIds: number[];
  processorId: number | null;
  manager: StaffMember | null;
  accessUsers: StaffMember[];
  /** The entrusted processor's name (처리위탁 현황), when management is entrusted. */
  processorName: string | null;
  retentionLabel: string;
  retentionBasis: string;
  /** Which recording dates must already be deleted today. */
  window: FootageWindow;
  updatedAt: string;
  cameras: number;
  operatingRoomCameras: number;
  /** The recorder's ONVIF address and user (the password is never returned), when set. */
  onvif: { url: string; user: string } | null;
  lastRead: OnvifReadView | null;
}

export const cameraInput = z.strictObject({
  recorderId: id,
  number: text(20, '카메라 번호를 입력해 주세요(예: C-01).'),
  location: text(120, '카메라 위치를 입력해 주세요(예: 1층 로비).'),
  shootingRange: text(120, '촬영 범위를 입력해 주세요(예: 로비 전체, 출입문).'),
  operatingRoom: z.boolean().default(false),
});
export type CameraInput = z.input<typeof cameraInput>;

export interface CameraView extends z.output<typeof cameraInput> {
  id: number;
  recorderName: string;
}

export const fillInput = z
  .strictObject({
    recorderId: id,
    from: isoDate,
    until: isoDate,
    confirmedOn: isoDate,
    method: z.enum(CONFIRMATION_METHODS, { error: '확인 방법을 선택해 주세요.' }),
    oldestHeld: isoDate.optional(),
    note: optionalText(200),
  })
  .refine((v) => v.from <= v.until, { path: ['until'], error: '끝 날짜가 시작 날짜보다 앞설 수 없습니다.' })
  .refine((v) => !isIsoDate(v.from) || !isIsoDate(v.until) || v.from > v.until || daysBetween(v.from, v.until) < 92, {
    path: ['until'],
    error: '한 번에 92일까지 확인할 수 있습니다.',
  });

export interface LogMonth {
  recorder: { id: number; name: string; retentionLabel: string; operatingRoom: boolean };
  month: string;
  days: Array<LogDay & { confirmedBy: string | null; oldestHeld: string | null }>;
  closed: { seq: number; closedAt: string; closedBy: string } | null;
  /** Whether the month can be closed now: every day confirmed or held. */
  closable: boolean;
}

export const holdInput = z
  .strictObject({
    cameraIds: z.array(id).min(1, { error: '보존을 연장할 카메라를 하나 이상 선택해 주세요.' }).max(256),
    from: isoDate,
    until: isoDate,
    reason: text(300, '보존을 연장하는 사유를 입력해 주세요(예: 경찰 수사 협조 요청, 분쟁).'),
    requester: text(120, '요청한 곳을 입력해 주세요(예: 서울강남경찰서, 환자 보호자).'),
    reviewOn: isoDate,
    /** Merge with an overlapping hold on the same cameras instead of being refused. */
    merge: z.boolean().default(false),
  })
  .refine((v) => v.from <= v.until, { path: ['until'], error: '끝 날짜가 시작 날짜보다 앞설 수 없습니다.' });

export interface HoldView {
  id: number;
  cameraIds: number[];
  cameraLabels: string[];
  from: string;
  until: string;
  reason: string;
  /** Null for roles that do not handle requests (the requester may be a person). */
  requester: string | null;
  reviewOn: string;
  releasedOn: string | null;
  releaseNote: string | null;
  /** Days held (recording days × recorders covered), for the due list. */
  days: number;
}

export const REQUEST_CATEGORIES = ['viewing', 'existence', 'deletion', 'use', 'provision'] as const;
export type RequestCategory = (typeof REQUEST_CATEGORIES)[number];
/** The data subject's own requests (열람·존재확인·삭제) have the 10-day deadline; uses and provisions do not. */
export const SUBJECT_REQUESTS: readonly RequestCategory[] = ['viewing', 'existence', 'deletion'];
/** Who handles requests and sees a requester's name and contact. */
export const REQUEST_HANDLERS = ['officer', 'facilities'] as const;

export const requestInput = z
  .strictObject({
    category: z.enum(REQUEST_CATEGORIES, { error: '구분(열람·존재확인·삭제·이용·제공)을 선택해 주세요.' }),
    requesterName: text(100, '요구자(또는 제공받는 제3자)를 입력해 주세요.'),
    requesterContact: optionalText(100),
    relation: optionalText(60),
    purpose: text(300, '목적·사유를 입력해 주세요.'),
    legalBasis: optionalText(300),
    cameraIds: z.array(id).min(1, { error: '카메라를 하나 이상 선택해 주세요.' }).max(256),
    rangeFrom: localTime,
    rangeUntil: localTime,
    receivedOn: isoDate,
    /** A correction: the row it replaces (kept as it was), with why. */
    correctsId: id.optional(),
    correctionReason: optionalText(300),
  })
  .refine((v) => v.rangeFrom <= v.rangeUntil, { path: ['rangeUntil'], error: '끝 일시가 시작 일시보다 앞설 수 없습니다.' })
  .refine((v) => !['use', 'provision'].includes(v.category) || v.legalBasis.length > 0, {
    path: ['legalBasis'],
    error: '이용·제공의 근거를 입력해 주세요(예: 개인정보 보호법 제18조 제2항 제7호 — 범죄 수사).',
  })
  .refine((v) => v.correctsId === undefined || v.correctionReason.length > 0, {
    path: ['correctionReason'],
    error: '정정하는 이유를 입력해 주세요.',
  });

export const EVENT_KINDS = ['decision', 'provided', 'viewed', 'copy_destroyed', 'deleted'] as const;
export const DECISIONS = ['allow', 'partial', 'refuse'] as const;
export const FORMS = ['onsite', 'copy'] as const;

export const eventInput = z
  .strictObject({
    requestId: id,
    kind: z.enum(EVENT_KINDS, { error: '기록할 내용을 선택해 주세요.' }),
    decision: z.enum(DECISIONS, { error: '결정(허용·일부 허용·거부)을 선택해 주세요.' }).optional(),
    reason: optionalText(300),
    objection: optionalText(300),
    form: z.enum(FORMS, { error: '제공 방법(현장 열람·사본 제공)을 선택해 주세요.' }).optional(),
    medium: optionalText(100),
    masking: z.boolean().optional(),
    viewer: optionalText(100),
    happenedAt: localTime,
    correctsId: id.optional(),
  })
  .refine((v) => v.kind !== 'decision' || v.decision !== undefined, {
    path: ['decision'],
    error: '결정(허용·일부 허용·거부)을 선택해 주세요.',
  })
  .refine((v) => v.decision === undefined || v.decision === 'allow' || v.reason.length > 0, {
    path: ['reason'],
    error: '거부하거나 일부만 허용하는 이유를 입력해 주세요.',
  })
  .refine((v) => v.decision === undefined || v.decision === 'allow' || v.objection.length > 0, {
    path: ['objection'],
    error: '이의를 제기하는 방법을 알려 주세요(예: 개인정보 보호책임자에게 서면으로, 개인정보침해 신고센터 118).',
  })
  .refine((v) => v.kind !== 'provided' || v.form !== undefined, {
    path: ['form'],
    error: '제공 방법(현장 열람·사본 제공)을 선택해 주세요.',
  });

export interface RequestEventView {
  id: number;
  kind: (typeof EVENT_KINDS)[number];
  decision: (typeof DECISIONS)[number] | null;
  reason: string;
  objection: string;
  form: (typeof FORMS)[number] | null;
  medium: string;
  masking: boolean | null;
  viewer: string | null;
  happenedAt: string;
  handledBy: string;
  correctsId: number | null;
  corrected: boolean;
}

export interface RequestView {
  id: number;
  category: RequestCategory;
  /** Null for roles that do not handle requests (they see that a request exists, not who made it). */
  requesterName: string | null;
  requesterContact: string | null;
  relation: string | null;
  purpose: string;
  legalBasis: string;
  cameraIds: number[];
  cameraLabels: string[];
  rangeFrom: string;
  rangeUntil: string;
  receivedOn: string;
  deadlineOn: string | null;
  /** Days left until the deadline while the request is unanswered (negative: overdue); null once answered or without deadline. */
  daysLeft: number | null;
  status: 'open' | 'decided' | 'done';
  decision: (typeof DECISIONS)[number] | null;
  correctsId: number | null;
  correctionReason: string | null;
  /** A later row corrects this one. */
  corrected: boolean;
  events: RequestEventView[];
}

/** One row of the official 개인영상정보 관리대장 (표준 개인정보 보호지침 서식). */
export interface RegisterRow {
  no: number;
  kind: '이용' | '제공' | '열람' | '파기';
  at: string;
  file: string;
  handler: string;
  purpose: string;
  party: string;
  basis: string;
  form: string;
  period: string;
}

export const periodInput = z
  .strictObject({ from: isoDate, until: isoDate })
  .refine((v) => v.from <= v.until, { path: ['until'], error: '끝 날짜가 시작 날짜보다 앞설 수 없습니다.' });

export interface PolicyText {
  section: string;
  signs: Array<{ location: string; text: string }>;
}

const READ = ['officer', 'facilities', 'auditor'] as const;
const WRITE = ['officer', 'facilities'] as const;

export const cctvApi = {
  'cctv.recorders.list': method<RecorderView[]>()({
    label: { ko: 'CCTV 녹화기 조회', en: 'List CCTV recorders' },
    input: z.strictObject({}),
    roles: READ,
    log: 'read',
  }),
  'cctv.recorders.save': method<RecorderView>()({
    label: { ko: 'CCTV 녹화기 저장', en: 'Save CCTV recorder' },
    input: recorderInput.extend({ id: z.number().int().positive().optional() }),
    roles: WRITE,
    log: 'change',
  }),
  /** Taken out of service: kept in the list of history, no longer shown as operating. */
  'cctv.recorders.retire': method<RecorderView>()({
    label: { ko: 'CCTV 녹화기 사용 종료', en: 'Retire CCTV recorder' },
    input: z.strictObject({ id: z.number().int().positive() }),
    roles: WRITE,
    log: 'change',
  }),
  /** The recorder's ONVIF address and account; the password is sealed at rest and never returned. */
  'cctv.onvif.configure': method<RecorderView>()({
    label: { ko: 'CCTV 녹화기 ONVIF 연결 설정', en: 'Configure recorder ONVIF' },
    input: z.strictObject({
      recorderId: id,
      url: z
        .string()
        .trim()
        .max(300)
        .superRefine((value, ctx) => {
          const problem = onvifAddressProblem(value);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }),
      user: text(100, '녹화기 접속 아이디를 입력해 주세요.'),
      password: passwordEntry,
    }),
    roles: WRITE,
    log: 'change',
  }),
  /** Asks the recorder (ONVIF Profile G) for the oldest footage it holds. Network work: no transaction held. */
  'cctv.onvif.read': method<OnvifReadView>()({
    label: { ko: 'CCTV 녹화기 보관 영상 조회(ONVIF)', en: 'Read recorder footage (ONVIF)' },
    input: z.strictObject({ recorderId: id }),
    roles: WRITE,
    log: 'change',
    transaction: false,
  }),
  'cctv.staff.list': method<StaffMember[]>()({
    label: { ko: 'CCTV 관리책임자·접근권한자 후보 조회', en: 'List staff for CCTV roles' },
    input: z.strictObject({}),
    roles: READ,
    log: 'read',
  }),
  /** The processors a recorder's management can be entrusted to (names of companies, from 처리위탁 현황). */
  'cctv.processors.list': method<Array<{ id: number; name: string; work: string }>>()({
    label: { ko: 'CCTV 관리 수탁자 후보 조회', en: 'List processors for CCTV' },
    input: z.strictObject({}),
    roles: READ,
    log: 'read',
  }),
  'cctv.cameras.list': method<CameraView[]>()({
    label: { ko: 'CCTV 카메라 조회', en: 'List CCTV cameras' },
    input: z.strictObject({}),
    roles: READ,
    log: 'read',
  }),
  'cctv.cameras.save': method<CameraView>()({
    label: { ko: 'CCTV 카메라 저장', en: 'Save CCTV camera' },
    input: cameraInput.extend({ id: id.optional() }),
    roles: WRITE,
    log: 'change',
  }),
  'cctv.cameras.retire': method<CameraView>()({
    label: { ko: 'CCTV 카메라 철거', en: 'Retire CCTV camera' },
    input: z.strictObject({ id }),
    roles: WRITE,
    log: 'change',
  }),
  'cctv.log.month': method<LogMonth>()({
    label: { ko: 'CCTV 영상 삭제 확인 기록 조회', en: 'Read CCTV deletion log' },
    input: z.strictObject({ recorderId: id, month }),
    roles: READ,
    log: 'read',
  }),
  'cctv.log.fill': method<{ filled: number; skipped: number }>()({
    label: { ko: 'CCTV 영상 삭제 확인', en: 'Confirm CCTV footage deleted' },
    input: fillInput,
    roles: WRITE,
    log: 'change',
  }),
  /** A month of one recorder's confirmations, closed into one signed ledger entry. */
  'cctv.log.close': method<{ seq: number }>()({
    label: { ko: 'CCTV 월간 삭제 확인 마감(서명)', en: 'Close a month of CCTV deletion log (signed)' },
    input: z.strictObject({ recorderId: id, month, password: passwordEntry }),
    roles: WRITE,
    log: 'change',
  }),
  'cctv.holds.list': method<HoldView[]>()({
    label: { ko: 'CCTV 보존 연장 조회', en: 'List CCTV holds' },
    input: z.strictObject({}),
    roles: READ,
    log: 'read',
  }),
  'cctv.holds.save': method<HoldView>()({
    label: { ko: 'CCTV 보존 연장', en: 'Hold CCTV footage' },
    input: holdInput,
    roles: WRITE,
    log: 'change',
  }),
  'cctv.holds.release': method<HoldView>()({
    label: { ko: 'CCTV 보존 연장 해제', en: 'Release CCTV hold' },
    input: z.strictObject({ id, note: optionalText(300) }),
    roles: WRITE,
    log: 'change',
  }),
  'cctv.requests.list': method<RequestView[]>()({
    label: { ko: '개인영상정보 관리대장 조회', en: 'Read CCTV footage register' },
    input: z.strictObject({}),
    roles: READ,
    log: 'read',
  }),
  'cctv.requests.save': method<RequestView>()({
    label: { ko: '개인영상정보 열람·제공 요청 기록', en: 'Record CCTV request or provision' },
    input: requestInput,
    roles: REQUEST_HANDLERS,
    log: 'change',
  }),
  'cctv.requests.record': method<RequestView>()({
    label: { ko: '개인영상정보 요청 처리 기록', en: 'Record handling of a CCTV request' },
    input: eventInput,
    roles: REQUEST_HANDLERS,
    log: 'change',
  }),
  'cctv.register.rows': method<RegisterRow[]>()({
    label: { ko: '개인영상정보 관리대장 서식 조회', en: 'CCTV register (official form)' },
    input: periodInput,
    roles: READ,
    log: 'read',
  }),
  'cctv.register.xlsx': method<{ fileName: string; base64: string }>()({
    label: { ko: '개인영상정보 관리대장 내보내기(XLSX)', en: 'Export CCTV register (XLSX)' },
    input: periodInput,
    roles: READ,
    log: 'read',
  }),
  'cctv.policy.text': method<PolicyText>()({
    label: { ko: '영상정보처리기기 운영·관리 방침 문안', en: 'CCTV policy text' },
    input: z.strictObject({}),
    roles: READ,
    log: 'read',
  }),
};

export const cctvDomain = defineDomain({ name: 'cctv', methods: cctvApi, messages: cctvMessages });
