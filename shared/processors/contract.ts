import { z } from 'zod';
import { defineDomain } from '../contract/domain.ts';
import { isoDate } from '../contract/fields.ts';
import { method } from '../contract/method.ts';
import { BUSINESS_NUMBER_MESSAGES, businessNumberProblem, formatBusinessNumber } from '../clinic/businessNumber.ts';
import { ATTACHMENT_MAX_BYTES } from '../disposal/contract.ts';
import { spreadsheetUpload, type ImportPreview } from '../formats/import.ts';
import type { AttachmentRef } from '../ledger/types.ts';
import { CLAUSE_KEYS, INSPECTION_RESULTS, TRANSFER_GROUNDS, type ClauseKey, type Clauses, type InspectionResult } from './clauses.ts';
import { HOME_COUNTRY, isCountryCode } from './countries.ts';
import { processorsMessages } from './messages.ts';
import { isOverseas, type ProcessorStatus } from './rules.ts';
import type { PolicyChanges, PolicyRow } from './policyText.ts';

const text = (max: number, missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, { error: missing })
    .max(max, { error: `${max}자 이하로 입력해 주세요.` });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${max}자 이하로 입력해 주세요.` })
    .default('');

const countryCode = z
  .string({ error: '국가를 선택해 주세요.' })
  .trim()
  .toUpperCase()
  .refine(isCountryCode, { error: '알 수 없는 국가 코드입니다. ISO 3166-1 두 글자 코드(예: KR, FR, US)로 선택해 주세요.' });

const clauseState = z.strictObject({
  present: z.boolean().default(false),
  where: optionalText(100),
});

/** The five facts of 법 제28조의8② (plus the ground of ①), mandatory when data leaves Korea. */
export const overseasInput = z.strictObject({
  items: optionalText(300),
  whenHow: optionalText(300),
  purpose: optionalText(300),
  retention: optionalText(200),
  refusal: optionalText(500),
  ground: z.enum(TRANSFER_GROUNDS, { error: '국외 이전의 근거를 선택해 주세요.' }).nullable().default(null),
  groundNote: optionalText(300),
});
export type OverseasInput = z.output<typeof overseasInput>;

/** The facts that must not be empty, with the sentence that asks for each. */
export const OVERSEAS_REQUIRED: ReadonlyArray<[keyof OverseasInput, string]> = [
  ['items', '국외로 이전되는 개인정보 항목을 입력해 주세요.'],
  ['whenHow', '이전 시기와 방법을 입력해 주세요(예: 예약 시 실시간, 네트워크 전송).'],
  ['purpose', '이전받는 자의 이용 목적을 입력해 주세요.'],
  ['retention', '이전받는 자의 보유·이용 기간을 입력해 주세요.'],
  ['refusal', '이전을 거부하는 방법·절차와 거부의 효과를 입력해 주세요.'],
  ['ground', '국외 이전의 근거(법 제28조의8① 각 호)를 선택해 주세요.'],
];

const id = z.number().int().positive();

export const processorFields = z.strictObject({
  name: text(100, '수탁자의 상호(회사 이름)를 입력해 주세요.'),
  businessNumber: z.string().trim().max(30, { error: '30자 이하로 입력해 주세요.' }).default(''),
  country: countryCode,
  storageCountries: z.array(countryCode).max(20).default([]),
  address: text(200, '수탁자의 주소를 입력해 주세요.'),
  contactName: text(50, '수탁자의 개인정보 담당자 성명을 입력해 주세요.'),
  contactEmail: z
    .string()
    .trim()
    .max(100)
    .refine((v) => v === '' || z.email().safeParse(v).success, { error: '이메일 주소 형식이 아닙니다(예: privacy@example.com).' })
    .default(''),
  contactPhone: z
    .string()
    .trim()
    .max(30)
    .refine((v) => v === '' || /^[0-9+()\- ]{7,20}$/.test(v), { error: '전화번호는 숫자와 -로 입력해 주세요(예: 02-123-4567).' })
    .default(''),
  work: text(300, '위탁업무 내용을 입력해 주세요(예: 홈페이지 예약 시스템 운영).'),
  items: text(300, '위탁하는 개인정보 항목을 입력해 주세요(예: 이름·연락처·예약일시).'),
  subjects: text(200, '정보주체를 입력해 주세요(예: 홈페이지 예약 고객).'),
  fileIds: z.array(id).max(500).default([]),
  policyIds: z.array(id).max(200).default([]),
  retentionText: text(200, '보유·이용 기간을 입력해 주세요(예: 위탁계약 종료 시까지).'),
  retentionPolicyId: id.nullable().default(null),
  contractStart: isoDate,
  /** Null: the contract renews automatically. */
  contractEnd: isoDate.nullable().default(null),
  parentId: id.nullable().default(null),
  consentOn: isoDate.nullable().default(null),
  consentHow: optionalText(200),
  clauses: z
    .strictObject(
      Object.fromEntries(CLAUSE_KEYS.map((key) => [key, clauseState.default({ present: false, where: '' })])) as {
        [K in ClauseKey]: z.ZodDefault<typeof clauseState>;
      },
    )
    .default(Object.fromEntries(CLAUSE_KEYS.map((key) => [key, { present: false, where: '' }])) as Clauses),
  overseas: overseasInput.nullable().default(null),
  inspectionCycleMonths: z
    .number({ error: '점검 주기를 개월 수로 입력해 주세요.' })
    .int({ error: '점검 주기는 정수(개월)로 입력해 주세요.' })
    .min(1, { error: '점검 주기는 1개월 이상이어야 합니다.' })
    .max(60, { error: '점검 주기는 60개월 이하로 입력해 주세요.' })
    .default(12),
});

type Fields = z.output<typeof processorFields>;

/**
 * The rules across fields, each reported at the field it is about: a Korean company's
 * 사업자등록번호 with its check digit; the contract's end not before its start; the consent for a
 * re-entrustment; the five overseas facts when the processor or its storage is abroad; a clause
 * marked present says where it is.
 */
export function processorProblems(value: Fields): Array<{ path: string; message: string }> {
  const problems: Array<{ path: string; message: string }> = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  if (value.country === HOME_COUNTRY) {
    if (value.businessNumber === '') add('businessNumber', '국내 업체는 사업자등록번호를 입력해 주세요.');
    else {
      const problem = businessNumberProblem(value.businessNumber);
      if (problem) add('businessNumber', BUSINESS_NUMBER_MESSAGES[problem]);
    }
  }
  if (value.contactEmail === '' && value.contactPhone === '') add('contactEmail', '담당자의 이메일이나 전화번호 중 하나는 입력해 주세요.');
  if (value.contractEnd !== null && value.contractEnd < value.contractStart) {
    add('contractEnd', `계약 종료일이 시작일(${value.contractStart})보다 빠릅니다.`);
  }
  if (value.parentId !== null) {
    if (value.consentOn === null) add('consentOn', '재위탁에 동의한 날짜를 입력해 주세요(법 제26조⑥).');
    if (value.consentHow === '') add('consentHow', '재위탁에 어떻게 동의했는지 입력해 주세요(예: 서면 동의서).');
  }
  for (const key of CLAUSE_KEYS) {
    const clause = value.clauses[key];
    if (clause.present && clause.where === '') add(`clauses.${key}.where`, '계약서의 몇 조(또는 몇 쪽)에 있는지 적어 주세요.');
  }
  if (isOverseas(value.country, value.storageCountries)) {
    const overseas = value.overseas;
    for (const [field, message] of OVERSEAS_REQUIRED) {
      const given = overseas?.[field];
      if (given === null || given === undefined || given === '') add(`overseas.${field}`, message);
    }
  }
  return problems;
}

export const processorInput = processorFields.extend({ id: id.optional() }).superRefine((value, ctx) => {
  for (const problem of processorProblems(value)) ctx.addIssue({ code: 'custom', path: problem.path.split('.'), message: problem.message });
});

/** The 사업자등록번호 as stored: a Korean one as 123-45-67890, a foreign one as typed, none as null. */
export function storedBusinessNumber(country: string, businessNumber: string): string | null {
  if (businessNumber === '') return null;
  return country === HOME_COUNTRY ? formatBusinessNumber(businessNumber) : businessNumber;
}

export type ProcessorInput = z.input<typeof processorInput>;

/** A document of a processor: the contract, an inspection's checklist (stored with its SHA-256). */
const MAX_BASE64 = Math.ceil((ATTACHMENT_MAX_BYTES * 4) / 3) + 4;
export const documentUpload = z.strictObject({
  fileName: z.string().trim().min(1, { error: '파일 이름이 없습니다.' }).max(200),
  mime: z.string().max(100),
  dataBase64: z
    .string()
    .min(1, { error: '빈 파일은 첨부할 수 없습니다.' })
    .max(MAX_BASE64, { error: `첨부 파일은 ${ATTACHMENT_MAX_BYTES / 1024 / 1024}MB 이하여야 합니다.` }),
});

export interface InspectionView {
  id: number;
  inspectedOn: string;
  inspector: string;
  result: InspectionResult;
  findings: string;
  document: AttachmentRef | null;
}

export interface ProcessorView {
  id: number;
  name: string;
  businessNumber: string | null;
  country: string;
  storageCountries: string[];
  address: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  work: string;
  items: string;
  subjects: string;
  fileIds: number[];
  policyIds: number[];
  retentionText: string;
  retentionPolicyId: number | null;
  contractStart: string;
  contractEnd: string | null;
  parentId: number | null;
  /** 0 for a processor the clinic entrusts directly, 1 for its sub-processor … */
  depth: number;
  /** Names from the clinic's processor down to this one's parent. */
  chain: string[];
  consentOn: string | null;
  consentHow: string;
  clauses: Clauses;
  missingClauses: ClauseKey[];
  overseas: OverseasInput | null;
  isOverseas: boolean;
  inspectionCycleMonths: number;
  lastInspectedOn: string | null;
  nextInspectionDue: string;
  inspectionOverdue: boolean;
  status: ProcessorStatus;
  endedOn: string | null;
  endReason: 'contract_ended' | 'removed' | null;
  endRequestId: number | null;
  contract: AttachmentRef | null;
  updatedAt: string;
}

export interface ProcessorDetail extends ProcessorView {
  inspections: InspectionView[];
  files: Array<{ id: number; name: string }>;
  policies: Array<{ id: number; name: string }>;
  children: Array<{ id: number; name: string }>;
}

export interface PublishedText {
  id: number;
  publishedOn: string;
  publishedAt: string;
  publishedBy: string;
  sha256: string;
}

export interface PolicyTextView {
  text: string;
  html: string;
  sha256: string;
  rows: PolicyRow[];
  clinicName: string;
  published: PublishedText | null;
  /** What changed in the inventory since the published version (null when nothing was published). */
  changes: PolicyChanges | null;
}

const processorId = z.strictObject({ id });

export const processorsApi = {
  'processors.list': method<ProcessorView[]>()({
    label: { ko: '수탁자 목록 조회', en: 'List processors' },
    input: z.strictObject({ includeEnded: z.boolean().default(true) }),
    roles: ['officer', 'admin', 'auditor'],
    log: 'read',
  }),
  'processors.get': method<ProcessorDetail>()({
    label: { ko: '수탁자 조회', en: 'Open processor' },
    input: processorId,
    roles: ['officer', 'admin', 'auditor'],
    log: 'read',
  }),
  'processors.save': method<ProcessorView>()({
    label: { ko: '수탁자 저장', en: 'Save processor' },
    input: processorInput,
    roles: ['officer', 'admin'],
    log: 'change',
  }),
  /** The signed-on contract (PDF or photo), kept with its SHA-256; replaces the earlier one. */
  'processors.attachContract': method<ProcessorView>()({
    label: { ko: '위탁계약서 첨부', en: 'Attach contract' },
    input: z.strictObject({ id, file: documentUpload }),
    roles: ['officer', 'admin'],
    log: 'change',
  }),
  'processors.document': method<{ ref: AttachmentRef; dataBase64: string }>()({
    label: { ko: '수탁자 문서 열람', en: 'Open processor document' },
    input: z.strictObject({ id: z.string().min(1).max(64) }),
    roles: ['officer', 'admin', 'auditor'],
    log: 'read',
  }),
  'processors.inspect': method<ProcessorDetail>()({
    label: { ko: '수탁자 점검 기록', en: 'Record inspection' },
    input: z.strictObject({
      processorId: id,
      inspectedOn: isoDate,
      inspector: text(50, '점검자 성명을 입력해 주세요.'),
      result: z.enum(INSPECTION_RESULTS, { error: '점검 결과를 선택해 주세요.' }),
      findings: text(1000, '점검 내용이나 지적 사항을 입력해 주세요(없으면 "지적 사항 없음").'),
      file: documentUpload.nullable().default(null),
    }),
    roles: ['officer', 'admin'],
    log: 'change',
  }),
  /**
   * The contract ended (or the processor is removed): it and its sub-processors are ended, and a
   * disposal request ("수탁자 파기") opens for the register files they hold, performed once the
   * processor's 파기 확인서 is attached.
   */
  'processors.end': method<ProcessorView>()({
    label: { ko: '위탁계약 종료', en: 'End contract' },
    input: z.strictObject({
      id,
      endedOn: isoDate,
      reason: z.enum(['contract_ended', 'removed'], { error: '종료 사유를 선택해 주세요.' }).default('contract_ended'),
      place: text(120, '파기 장소를 입력해 주세요(예: 수탁자 시스템).').default('수탁자 시스템'),
    }),
    roles: ['officer', 'admin'],
    log: 'change',
  }),
  /** The processor's 파기 확인서, attached to the disposal request its end opened. */
  'processors.attachConfirmation': method<ProcessorView>()({
    label: { ko: '수탁자 파기 확인서 첨부', en: 'Attach destruction confirmation' },
    input: z.strictObject({ id, file: documentUpload }),
    roles: ['officer', 'admin'],
    log: 'change',
  }),
  /** The privacy-policy sections from the inventory; refused, naming processor and field, while a mandatory fact is empty. */
  'processors.policyText': method<PolicyTextView>()({
    label: { ko: '처리방침 위탁·국외 이전 문구 생성', en: 'Generate policy sections' },
    input: z.strictObject({}),
    roles: ['officer', 'admin', 'auditor'],
    log: 'read',
  }),
  /** 게시함: the text with this SHA-256 is on the website now; kept with the date and who. */
  'processors.publish': method<PolicyTextView>()({
    label: { ko: '처리방침 문구 게시 기록', en: 'Mark policy text published' },
    input: z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: '게시할 문구를 다시 만들어 주세요.' }) }),
    roles: ['officer', 'admin'],
    log: 'change',
  }),
  'processors.exportCsv': method<{ fileName: string; csv: string; rows: number }>()({
    label: { ko: '처리위탁 현황 내보내기(CSV)', en: 'Export processors (CSV)' },
    input: z.strictObject({}),
    roles: ['officer', 'admin', 'auditor'],
    log: 'read',
  }),
  'processors.exportXlsx': method<{ fileName: string; dataBase64: string; rows: number }>()({
    label: { ko: '처리위탁 현황 내보내기(엑셀)', en: 'Export processors (Excel)' },
    input: z.strictObject({}),
    roles: ['officer', 'admin', 'auditor'],
    log: 'read',
  }),
  'processors.importPreview': method<ImportPreview>()({
    label: { ko: '처리위탁 현황 가져오기 미리보기', en: 'Preview processor import' },
    input: spreadsheetUpload,
    roles: ['officer', 'admin'],
    log: 'read',
  }),
  /** Adds every processor of the upload in one transaction; nothing when any row has a problem. */
  'processors.import': method<{ imported: number; preview: ImportPreview }>()({
    label: { ko: '처리위탁 현황 가져오기', en: 'Import processors' },
    input: spreadsheetUpload,
    roles: ['officer', 'admin'],
    log: 'change',
  }),
};

export const processorsDomain = defineDomain({ name: 'processors', methods: processorsApi, messages: processorsMessages });
