import { defineDomain } from '../contract/domain.ts';
import { ledgerMessages } from './messages.ts';
import { z } from 'zod';
import { isoDate } from '../contract/fields.ts';
import { method } from '../contract/method.ts';
import { passwordEntry } from '../accounts/contract.ts';
import type { ClinicProfile } from '../clinic/contract.ts';
import type { AttachmentRef, ChainReport, CorrectionBody, DestructionBody, LedgerReport } from './types.ts';
import type { EntryCounts } from './counts.ts';

export interface CorrectionNote {
  serial: string;
  reason: string;
  correction: string;
  recordedAt: string;
  officerName: string;
}

/** A destruction entry of the ledger, as staff and inspectors read it. */
export interface LedgerEntryView {
  seq: number;
  serial: string;
  hash: string;
  recordedAt: string;
  destruction: DestructionBody;
  corrections: CorrectionNote[];
  certificate: AttachmentRef | null;
}

export interface CertificateView {
  entry: LedgerEntryView;
  clinic: ClinicProfile | null;
  installationKeyId: string | null;
  /** What the QR code holds; the verify screen accepts it back. */
  qr: string;
  /** When it was printed, by the app's clock. */
  printedAt: string;
}

export interface LookupResult {
  /** 'ok': the entry exists with this hash and the whole chain verifies. */
  status: 'ok' | 'not_found' | 'hash_mismatch' | 'chain_failed' | 'unreadable';
  serial: string | null;
  entry: LedgerEntryView | null;
  report: LedgerReport | null;
}

export const QR_PREFIX = 'RD1';

/** `RD1|2026-0001|<sha-256 of the entry>` */
export function qrPayload(serial: string, hash: string): string {
  return `${QR_PREFIX}|${serial}|${hash}`;
}

export function parseQrPayload(text: string): { serial: string; hash: string } | null {
  const match = /^RD1\|(\d{4}-\d{4})\|([0-9a-f]{64})$/.exec(text.trim());
  return match?.[1] && match[2] ? { serial: match[1], hash: match[2] } : null;
}

const period = z.strictObject({ from: isoDate.optional(), to: isoDate.optional() });
const serial = z.string().regex(/^\d{4}-\d{4}$/, { error: '일련번호는 2026-0001 형식입니다.' });

export const ledgerApi = {
  'ledger.list': method<LedgerEntryView[]>()({
    label: { ko: '파기 관리대장 조회', en: 'Read destruction ledger' },
    input: period,
    roles: ['officer', 'admin', 'auditor'],
    log: 'read',
  }),
  'ledger.entry': method<CertificateView>()({
    label: { ko: '파기 확인서 조회', en: 'Read certificate' },
    input: z.strictObject({ serial }),
    roles: ['officer', 'admin', 'auditor'],
    log: 'read',
  }),
  /** Every chain of the file from its first entry, with every signature and attachment digest. */
  'ledger.verify': method<{ ok: boolean; ledger: LedgerReport; accessLog: ChainReport; counts: EntryCounts }>()({
    label: { ko: '관리대장 검증', en: 'Verify ledger' },
    input: z.strictObject({}),
    roles: ['officer', 'admin', 'auditor'],
    log: 'read',
  }),
  /** The text of a certificate's QR code (typed or from a scanner) → is this entry in the ledger, unaltered? */
  'ledger.lookup': method<LookupResult>()({
    label: { ko: '확인서 QR 대조', en: 'Check certificate QR' },
    input: z.strictObject({ code: z.string().trim().min(1, { error: 'QR 코드 내용을 입력하거나 스캔해 주세요.' }).max(300) }),
    roles: ['officer', 'admin', 'auditor'],
    log: 'read',
  }),
  'ledger.exportCsv': method<{ fileName: string; csv: string; rows: number }>()({
    label: { ko: '관리대장 내보내기', en: 'Export ledger' },
    input: period,
    roles: ['officer', 'admin', 'auditor'],
    log: 'read',
  }),
  /** Entries, public keys and the installation fingerprint: verifiable with nothing but this file. */
  'ledger.exportBundle': method<{ fileName: string; json: string }>()({
    label: { ko: '감사용 묶음 내보내기', en: 'Export audit bundle' },
    input: z.strictObject({}),
    roles: ['officer', 'auditor'],
    log: 'read',
  }),
  /** Prints the certificate to PDF and keeps it with the entry (a copy for the archive, not signed content). */
  'ledger.archiveCertificate': method<AttachmentRef>()({
    label: { ko: '확인서 PDF 보관', en: 'Archive certificate PDF' },
    input: z.strictObject({ serial }),
    roles: ['officer', 'admin'],
    log: 'change',
    transaction: false,
  }),
  /** A correction is a new entry signed by the officer; the original entry is never changed. */
  'ledger.correct': method<LedgerEntryView>()({
    label: { ko: '관리대장 정정 기록', en: 'Record correction' },
    input: z.strictObject({
      serial,
      reason: z.string().trim().min(2, { error: '정정 사유를 입력해 주세요.' }).max(300),
      correction: z.string().trim().min(2, { error: '바로잡는 내용을 입력해 주세요.' }).max(1000),
      password: passwordEntry,
    }),
    roles: ['officer'],
    log: 'change',
  }),
};

export type { CorrectionBody };

export const ledgerDomain = defineDomain({
  name: 'ledger',
  methods: ledgerApi,
  messages: ledgerMessages,
  events: { 'audit.seal': { ko: '접속기록 봉인(설치 키 서명)', en: 'Access log sealed (installation key)' } },
});
