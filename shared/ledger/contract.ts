import { defineDomain } from '../contract/domain.ts';
import { ledgerMessages } from './messages.ts';
import { z } from 'zod';
import { isoDate } from '../contract/fields.ts';
import { method } from '../contract/method.ts';
import { passwordEntry } from '../accounts/contract.ts';
import type { ClinicProfile } from '../clinic/contract.ts';
import type { AttachmentRef, CorrectionBody, DestructionBody, LedgerReport, VerificationResult } from './types.ts';
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
  /** The newest printout signature for this certificate (the person who printed it signed both chains). */
  printout: { seq: number; signer: string; at: string } | null;
}

export interface LookupResult {
  /** 'ok': the entry exists with this hash and the whole chain verifies. */
  status: 'ok' | 'not_found' | 'hash_mismatch' | 'chain_failed' | 'unreadable';
  serial: string | null;
  entry: LedgerEntryView | null;
  report: LedgerReport | null;
}

export { parseQrPayload, qrPayload } from './anchors.ts';
import { parseFingerprint, parseQrPayload } from './anchors.ts';

const period = z.strictObject({ from: isoDate.optional(), to: isoDate.optional() });

/** An instant typed by an auditor: `2026-11-30T00:00:00Z`, `2026-11-30 09:00` (Seoul) or a date. */
const instant = z
  .string()
  .trim()
  .max(40)
  .refine((v) => /^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) && !Number.isNaN(Date.parse(v)), {
    error: '시각을 2026-11-30 또는 2026-11-30T09:00:00+09:00 형식으로 입력해 주세요.',
  });

/** What an auditor brings to verification: certificates' QR texts, the clinic's seal, how recent the file must be. */
export const outsideAnchorsInput = z.strictObject({
  qr: z
    .array(
      z
        .string()
        .trim()
        .max(300)
        .refine((text) => parseQrPayload(text) !== null, { error: 'Retention Desk 확인서의 QR 코드 내용이 아닙니다(RD1|일련번호|해시).' }),
    )
    .max(100)
    .default([]),
  fingerprints: z
    .array(
      z
        .string()
        .trim()
        .max(80)
        .refine((text) => parseFingerprint(text) !== null, { error: '확인서에 인쇄된 32자리 지문(예: 3f2a 91c0 …)을 입력해 주세요.' }),
    )
    .max(10)
    .default([]),
  notBefore: instant.optional(),
});
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
  'ledger.verify': method<VerificationResult & { counts: EntryCounts }>()({
    label: { ko: '관리대장 검증', en: 'Verify ledger' },
    input: outsideAnchorsInput.partial(),
    roles: ['officer', 'admin', 'auditor'],
    log: 'read',
    // Long (a million access-log entries): it reads in batches, reports progress and can be cancelled.
    transaction: false,
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
  /**
   * Every entry, the header and the evidence list, verifiable with nothing but this file: the person
   * exporting signs both chains (an export checkpoint), the installation key signs the head.
   */
  'ledger.exportBundle': method<{ fileName: string; json: string }>()({
    label: { ko: '감사용 묶음 내보내기', en: 'Export audit bundle' },
    input: z.strictObject({ password: passwordEntry }),
    roles: ['officer', 'auditor'],
    log: 'change',
  }),
  /** Before a certificate is printed: the person printing signs both chains (a printout checkpoint). */
  'ledger.signPrintout': method<{ seq: number; hash: string; signer: string }>()({
    label: { ko: '확인서 출력 서명', en: 'Sign certificate printout' },
    input: z.strictObject({ serial, password: passwordEntry }),
    roles: ['officer', 'admin', 'auditor'],
    log: 'change',
  }),
  /** Signs the printout, prints the certificate to PDF and keeps it with the entry (a copy for the archive). */
  'ledger.archiveCertificate': method<AttachmentRef>()({
    label: { ko: '확인서 PDF 보관', en: 'Archive certificate PDF' },
    input: z.strictObject({ serial, password: passwordEntry }),
    roles: ['officer', 'admin'],
    log: 'change',
    transaction: false,
  }),
  /**
   * A new installation key (this PC's key store cannot open the old one, or it may have leaked): the
   * officer signs it in; the old key is revoked and certificates printed from now on carry the new seal.
   */
  'ledger.rotateInstallationKey': method<{ keyId: string; previousKeyId: string }>()({
    label: { ko: '설치 키 교체', en: 'Replace installation key' },
    input: z.strictObject({
      reason: z.string().trim().min(2, { error: '교체 사유를 입력해 주세요.' }).max(300),
      password: passwordEntry,
    }),
    roles: ['officer'],
    log: 'change',
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
