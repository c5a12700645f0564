import { z } from 'zod';
import { defineDomain } from '../contract/domain.ts';
import { isoDate } from '../contract/fields.ts';
import { method } from '../contract/method.ts';
import { passwordEntry } from '../accounts/contract.ts';
import { attachmentUpload, type DisposalView } from '../disposal/contract.ts';
import { spreadsheetUpload, type ImportPreview } from '../formats/import.ts';
import type { AttachmentRef } from '../ledger/types.ts';
import type { RetentionRule } from '../periods/rule.ts';
import { reservationsMessages } from './messages.ts';
import { RESERVATION_STATUSES, SUBJECT_REQUESTS, type ReservationStatus, type SubjectRequest } from './records.ts';

export interface ReservationView {
  id: number;
  source: string;
  bookingId: string;
  name: string;
  nationality: string | null;
  birthDate: string | null;
  email: string | null;
  phone: string | null;
  department: string | null;
  /** 'YYYY-MM-DD HH:MM' or the day alone. */
  reservedAt: string;
  reservedOn: string;
  status: ReservationStatus;
  cancelledAt: string | null;
  /** 만 14세 미만 at the reservation date (법정대리인 동의, 법 제22조의2). */
  child: boolean;
  request: SubjectRequest | null;
  requestedOn: string | null;
  dueOn: string;
  destroyBy: string;
  state: 'held' | 'due' | 'overdue';
  /** An open destruction request holds this record. */
  pendingRequestId: number | null;
}

export interface ScheduleDay {
  date: string;
  count: number;
  /** The last lawful day of these records has passed. */
  overdue: boolean;
}

export interface ReservationSettingsView {
  policy: { id: number; name: string; rule: RetentionRule; ruleText: string } | null;
  /** The rule used: the policy's, or the default (예약 업무 종료 시까지). */
  ruleText: string;
  graceDays: number;
  /** The register's entry for these records (its counts appear in the 파기 관리대장). */
  fileId: number | null;
  held: number;
}

export interface ConfirmationView {
  processorId: number;
  name: string;
  /** Who this processor received the data from (a re-entrusted processor's parent), if any. */
  via: string | null;
  country: string | null;
  requestedOn: string | null;
  confirmedOn: string | null;
  evidence: AttachmentRef | null;
}

export interface ReservationDisposalView {
  requestId: number;
  status: DisposalView['status'];
  serial: string | null;
  count: number;
  firstDate: string | null;
  lastDate: string | null;
  requestedAt: string;
  confirmations: ConfirmationView[];
  /** 수탁자 확인 n/m. */
  confirmed: number;
  processors: number;
}

export interface DownloadedFileView {
  id: number;
  path: string;
  fileName: string;
  size: number;
  sha256: string;
  registeredAt: string;
  destroyedAt: string | null;
  /** The file at the path now: present with the registered bytes, changed, or gone. */
  present: 'same' | 'changed' | 'missing';
}

const ids = z
  .array(z.number().int().positive())
  .min(1, { error: '예약 기록을 하나 이상 선택해 주세요.' })
  .max(200_000, { error: '한 번에 200,000건까지 선택할 수 있습니다.' });

/** What a destruction covers: the records due on a day, due by a day, reserved in a range (those due), or a selection. */
export const disposalScope = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('day'), on: isoDate }),
    z.strictObject({ kind: z.literal('dueBy'), on: isoDate }),
    z.strictObject({ kind: z.literal('range'), from: isoDate, to: isoDate }),
    z.strictObject({ kind: z.literal('ids'), ids }),
  ],
  { error: '파기할 범위를 선택해 주세요.' },
);

export const reservationUpload = spreadsheetUpload.extend({
  /** The booking system it came from (클리닉 홈페이지, 네이버 예약 …). */
  source: z.string().trim().min(1, { error: '예약 시스템 이름을 입력해 주세요.' }).max(60).default('홈페이지 예약'),
});

const requestId = z.number().int().positive();
const READERS = ['officer', 'admin'] as const;

export const reservationsApi = {
  'reservations.list': method<ReservationView[]>()({
    label: { ko: '예약 기록 조회', en: 'List reservations' },
    input: z.strictObject({ state: z.enum(['all', 'due', 'overdue']).default('all') }),
    roles: READERS,
    log: 'read',
  }),
  /** What falls due per day (counts only), from the stored due dates. */
  'reservations.schedule': method<{ days: ScheduleDay[]; overdue: number; due: number; held: number }>()({
    label: { ko: '예약 기록 파기 일정 조회', en: 'Reservation destruction schedule' },
    input: z.strictObject({ from: isoDate, until: isoDate }),
    roles: ['officer', 'admin', 'auditor'],
    log: 'read',
  }),
  /** The records due for destruction on a day (due on it or earlier and still held). */
  'reservations.due': method<ReservationView[]>()({
    label: { ko: '파기 대상 예약 조회', en: 'Reservations due' },
    input: z.strictObject({ on: isoDate }),
    roles: READERS,
    log: 'read',
  }),
  /** 정보주체 요구 처리: every record held of a person, by name, e-mail or phone. */
  'reservations.find': method<ReservationView[]>()({
    label: { ko: '정보주체 예약 기록 검색', en: 'Find a person’s reservations' },
    input: z.strictObject({
      text: z.string().trim().min(2, { error: '이름, 이메일 또는 전화번호를 2자 이상 입력해 주세요.' }).max(100),
    }),
    roles: READERS,
    log: 'read',
  }),
  /** A deletion request (제36조) or a consent withdrawal (제37조): the records are due today. */
  'reservations.recordRequest': method<ReservationView[]>()({
    label: { ko: '삭제 요구·동의 철회 기록', en: 'Record deletion request' },
    input: z.strictObject({ ids, kind: z.enum(SUBJECT_REQUESTS, { error: '요구의 종류를 선택해 주세요.' }) }),
    roles: READERS,
    log: 'change',
  }),
  /** Starts the two-signature destruction (파기 요청) over a day's due records, a range or a selection. */
  'reservations.requestDisposal': method<DisposalView>()({
    label: { ko: '예약 기록 파기 요청', en: 'Request reservation destruction' },
    input: z.strictObject({
      scope: disposalScope,
      reason: z.enum(['purpose_achieved', 'subject_request', 'consent_withdrawn'], { error: '파기 사유를 선택해 주세요.' }),
      place: z
        .string()
        .trim()
        .min(1, { error: '파기 장소를 입력해 주세요(예: 행정실 PC).' })
        .max(120)
        .default('행정실 PC (Retention Desk 데이터베이스)'),
      note: z.string().trim().max(500).default(''),
    }),
    roles: READERS,
    log: 'change',
  }),
  'reservations.importPreview': method<ImportPreview>()({
    label: { ko: '예약 가져오기 미리보기', en: 'Preview reservation import' },
    input: reservationUpload,
    roles: READERS,
    log: 'read',
  }),
  /** All rows or none; a booking id already held is updated (status, cancellation), never doubled. */
  'reservations.import': method<{ imported: number; added: number; updated: number; importId: number; preview: ImportPreview }>()({
    label: { ko: '예약 가져오기', en: 'Import reservations' },
    input: reservationUpload,
    roles: READERS,
    log: 'change',
    oneAtATime: true,
  }),
  'reservations.settings': method<ReservationSettingsView>()({
    label: { ko: '예약 보존 규칙 조회', en: 'Reservation retention rule' },
    input: z.strictObject({}),
    roles: ['officer', 'admin', 'auditor'],
    log: 'read',
  }),
  /** Which retention policy applies to reservation data, and grace days; every record's due date is recomputed. */
  'reservations.saveSettings': method<ReservationSettingsView>()({
    label: { ko: '예약 보존 규칙 저장', en: 'Save reservation retention rule' },
    input: z.strictObject({
      policyId: z.number().int().positive().nullable(),
      graceDays: z
        .number({ error: '유예 일수를 숫자로 입력해 주세요.' })
        .int({ error: '유예 일수는 정수로 입력해 주세요.' })
        .min(0, { error: '유예 일수는 0 이상이어야 합니다.' })
        .max(3650, { error: '유예 일수는 3650일 이하여야 합니다.' }),
    }),
    roles: ['officer'],
    log: 'change',
  }),
  'reservations.exportCsv': method<{ fileName: string; csv: string; rows: number }>()({
    label: { ko: '예약 기록 내보내기', en: 'Export reservations' },
    input: z.strictObject({}),
    roles: READERS,
    log: 'read',
  }),
  /** The reservation destructions, each with its processors' confirmations (수탁자 확인 n/m). */
  'reservations.disposals': method<ReservationDisposalView[]>()({
    label: { ko: '예약 파기 내역 조회', en: 'Reservation destructions' },
    input: z.strictObject({ serial: z.string().max(40).optional() }),
    roles: ['officer', 'admin', 'auditor'],
    log: 'read',
  }),
  /** A processor's copy: confirmation requested on a day, or confirmed (with evidence); a signed ledger entry. */
  'reservations.recordConfirmation': method<ReservationDisposalView>()({
    label: { ko: '수탁자 파기 확인 기록', en: 'Record processor confirmation' },
    input: z.strictObject({
      requestId,
      processorId: z.number().int().positive(),
      step: z.enum(['requested', 'confirmed'], { error: '요청인지 확인인지 선택해 주세요.' }),
      on: isoDate,
      evidence: attachmentUpload.nullable().default(null),
      password: passwordEntry,
    }),
    roles: READERS,
    log: 'change',
  }),
  /** A downloaded list on this PC, registered so that it is destroyed, not forgotten. */
  'reservations.registerDownload': method<DownloadedFileView>()({
    label: { ko: '내려받은 예약 파일 등록', en: 'Register downloaded file' },
    input: z.strictObject({
      path: z.string().trim().min(1, { error: '파일 위치를 입력해 주세요.' }).max(1000, { error: '파일 위치가 너무 깁니다.' }),
    }),
    roles: READERS,
    log: 'change',
  }),
  /** Where an uploaded file probably lies on this PC (내려받기·바탕 화면), to offer its destruction. */
  'reservations.locateDownload': method<{ path: string | null }>()({
    label: { ko: '내려받은 파일 찾기', en: 'Locate downloaded file' },
    input: z.strictObject({ fileName: z.string().trim().min(1).max(200) }),
    roles: READERS,
    log: 'read',
  }),
  'reservations.downloads': method<DownloadedFileView[]>()({
    label: { ko: '내려받은 예약 파일 조회', en: 'List downloaded files' },
    input: z.strictObject({}),
    roles: READERS,
    log: 'read',
  }),
  /** Overwrites the file, then removes it; its SHA-256 and size are signed into the ledger first. */
  'reservations.destroyDownload': method<DownloadedFileView>()({
    label: { ko: '내려받은 예약 파일 파기', en: 'Destroy downloaded file' },
    input: z.strictObject({ id: z.number().int().positive(), password: passwordEntry }),
    roles: READERS,
    log: 'change',
  }),
};

export { RESERVATION_STATUSES };

export const reservationsDomain = defineDomain({ name: 'reservations', methods: reservationsApi, messages: reservationsMessages });
