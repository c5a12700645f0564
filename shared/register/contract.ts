import { defineDomain } from '../contract/domain.ts';
import { registerMessages } from './messages.ts';
import { z } from 'zod';
import { isoDate } from '../contract/fields.ts';
import { method } from '../contract/method.ts';
import { LOCATION_KINDS, MEDIA_KINDS, type FileStatus, type LocationKind, type MediaKind } from './files.ts';
import type { Expiry } from '../periods/expiry.ts';
import { spreadsheetUpload, type ImportPreview } from '../formats/import.ts';
import type { RetentionRule } from '../periods/rule.ts';

export const fileInput = z.strictObject({
  name: z.string().trim().min(1, { error: '개인정보 파일명을 입력해 주세요.' }).max(100),
  /** 이름·국적·생년월일·이메일 */
  items: z.string().trim().min(1, { error: '개인정보 항목을 입력해 주세요(예: 이름·생년월일·연락처).' }).max(300),
  mediaKind: z.enum(MEDIA_KINDS, { error: '자료의 종류를 선택해 주세요.' }),
  locationKind: z.enum(LOCATION_KINDS, { error: '보관 위치를 선택해 주세요.' }),
  locationDetail: z.string().trim().min(1, { error: '보관 위치를 구체적으로 입력해 주세요(예: 행정실 문서함 2번).' }).max(200),
  recordCount: z
    .number({ error: '보유 건수를 숫자로 입력해 주세요.' })
    .int({ error: '보유 건수는 정수로 입력해 주세요.' })
    .min(0, { error: '보유 건수는 0 이상이어야 합니다.' })
    .max(100_000_000),
  policyId: z.number({ error: '보존기간 정책을 선택해 주세요.' }).int().positive(),
  /** 생성일: when the file was created (a column of the 파기 관리대장). */
  createdOn: isoDate,
  /** For a fixed-period rule: the date the period counts from. */
  startDate: isoDate.nullable().default(null),
  /** For an event rule: the day the event happened (reservation ended, contract ended …). */
  eventDate: isoDate.nullable().default(null),
});

export type FileInput = z.input<typeof fileInput>;

export interface FileView {
  id: number;
  name: string;
  items: string;
  mediaKind: MediaKind;
  locationKind: LocationKind;
  locationDetail: string;
  recordCount: number;
  policy: {
    id: number;
    name: string;
    rule: RetentionRule;
    ruleText: string;
    basis: string;
    ruleKind: string;
    startLabel: string;
    minimum: boolean;
  };
  createdOn: string;
  startDate: string | null;
  eventDate: string | null;
  hold: { reason: string; until: string | null } | null;
  /** Null while the date the rule counts from is not known yet. */
  due: Expiry | null;
  status: FileStatus;
  pendingRequestId: number | null;
  destroyedAt: string | null;
  updatedAt: string;
}

const fileId = z.number().int().positive();

export const registerApi = {
  'register.list': method<FileView[]>()({
    label: { ko: '개인정보파일 목록 조회', en: 'List personal-information files' },
    input: z.strictObject({ includeDestroyed: z.boolean().default(false) }),
    roles: ['officer', 'admin', 'auditor'],
    log: 'read',
  }),
  'register.save': method<FileView>()({
    label: { ko: '개인정보파일 저장', en: 'Save personal-information file' },
    input: fileInput.extend({ id: fileId.optional() }),
    roles: ['officer', 'admin'],
    log: 'change',
  }),
  /** The event the rule waits for happened (the reservation work ended, the contract ended …). */
  'register.recordEvent': method<FileView>()({
    label: { ko: '보존 종료 사유 발생일 기록', en: 'Record end event' },
    input: z.strictObject({ id: fileId, eventDate: isoDate }),
    roles: ['officer', 'admin'],
    log: 'change',
  }),
  /** 보존 연장: kept past its period for a legal reason (investigation, dispute); the reason is required. */
  'register.hold': method<FileView>()({
    label: { ko: '보존 연장', en: 'Legal hold' },
    input: z.strictObject({
      id: fileId,
      reason: z.string().trim().min(2, { error: '보존을 연장하는 사유(예: 수사기관 요청, 분쟁 증거)를 입력해 주세요.' }).max(300),
      until: isoDate.nullable().default(null),
    }),
    roles: ['officer'],
    log: 'change',
  }),
  'register.release': method<FileView>()({
    label: { ko: '보존 연장 해제', en: 'Release legal hold' },
    input: z.strictObject({ id: fileId }),
    roles: ['officer'],
    log: 'change',
  }),
  /** Reads an XLSX or CSV register (CP949 or UTF-8) and says what would be imported, and every problem; saves nothing. */
  'register.importPreview': method<ImportPreview>()({
    label: { ko: '개인정보파일 가져오기 미리보기', en: 'Preview file register import' },
    input: spreadsheetUpload,
    roles: ['officer', 'admin'],
    log: 'read',
  }),
  /** Adds every file of the upload in one transaction; nothing when any row has a problem. */
  'register.import': method<{ imported: number; preview: ImportPreview }>()({
    label: { ko: '개인정보파일 가져오기', en: 'Import file register' },
    input: spreadsheetUpload,
    roles: ['officer', 'admin'],
    log: 'change',
  }),
  'register.exportCsv': method<{ fileName: string; csv: string; rows: number }>()({
    label: { ko: '개인정보파일 목록 내보내기', en: 'Export file register' },
    input: z.strictObject({ includeDestroyed: z.boolean().default(false) }),
    roles: ['officer', 'admin', 'auditor'],
    log: 'read',
  }),
};

export const registerDomain = defineDomain({ name: 'register', methods: registerApi, messages: registerMessages });
