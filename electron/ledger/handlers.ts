import { recordLedgerCheck } from '../daily/ledgerChecks.ts';
import type { z } from 'zod';
import { AppError } from '../../shared/contract/errors.ts';
import { parseFingerprint, type OutsideAnchors } from '../../shared/ledger/anchors.ts';
import type { CertificateView, LedgerEntryView, LookupResult, ledgerApi, outsideAnchorsInput } from '../../shared/ledger/contract.ts';
import { parseQrPayload, qrPayload } from '../../shared/ledger/contract.ts';
import { toCsv } from '../../shared/formats/csv.ts';
import { TIMING_WORDS } from '../../shared/ledger/printout.ts';
import { destructionTiming } from '../../shared/ledger/timing.ts';
import { countEntries } from '../../shared/ledger/counts.ts';
import type { AnyLedgerContent, CorrectionBody, LedgerContent } from '../../shared/ledger/types.ts';
import type { Db } from '../../db/connection.ts';
import { appendLedgerEntry } from './append.ts';
import {
  attachmentManifest,
  buildBundle,
  evidenceOf,
  headerDigest,
  serializeBundle,
  type BundleHeader,
  type LedgerBundle,
} from './bundle.ts';
import { signCheckpoint, signCheckpointWith } from './checkpoints.ts';
import { certificateRoute } from '../printing.ts';
import { installationKeyId, openInstallationKey, rotateInstallationKey } from '../accounts/keys.ts';
import { unlockOwnKey } from '../accounts/passwords.ts';
import { prepareAttachment, storeAttachment, toRef } from './attachments.ts';
import { readClinicProfile } from '../clinic/handlers.ts';
import { verifyDatabase, verifyLedgerInFile } from './verification.ts';
import { nextSerial } from './serials.ts';
import { actor, openDatabaseOf, runCancellable, type CallContext, type HandlersOf } from '../handler.ts';

interface ParsedEntry {
  seq: number;
  serial: string;
  hash: string;
  content: AnyLedgerContent;
}

async function destructionAndCorrections(db: Db): Promise<ParsedEntry[]> {
  const rows = await db
    .selectFrom('ledger_entries')
    .selectAll()
    .where('kind', 'in', ['destruction', 'destruction.correction'])
    .orderBy('seq')
    .execute();
  return rows.map((row) => ({
    seq: row.seq,
    serial: row.serial ?? '',
    hash: row.hash,
    content: JSON.parse(row.content) as AnyLedgerContent,
  }));
}

/** Destruction entries with the corrections that refer to them and their archived certificate. */
async function entryViews(db: Db): Promise<LedgerEntryView[]> {
  const parsed = await destructionAndCorrections(db);
  const certificates = await db
    .selectFrom('attachments')
    .innerJoin('disposal_requests', 'disposal_requests.id', 'attachments.request_id')
    .select([
      'attachments.id',
      'attachments.kind',
      'attachments.file_name',
      'attachments.mime',
      'attachments.size',
      'attachments.sha256',
      'disposal_requests.serial',
    ])
    .where('attachments.kind', '=', 'certificate_pdf')
    .orderBy('attachments.added_at', 'desc')
    .execute();
  const corrections = parsed.flatMap(({ content }) => (content.kind === 'destruction.correction' ? [content] : []));
  const views: LedgerEntryView[] = [];
  for (const entry of parsed) {
    if (entry.content.kind !== 'destruction') continue;
    const certificate = certificates.find((c) => c.serial === entry.serial);
    views.push({
      seq: entry.seq,
      serial: entry.serial,
      hash: entry.hash,
      recordedAt: entry.content.recordedAt,
      destruction: entry.content.body,
      corrections: corrections
        .filter((c) => c.body.corrects.serial === entry.serial)
        .map(({ body, recordedAt }) => ({
          serial: body.serial,
          reason: body.reason,
          correction: body.correction,
          recordedAt,
          officerName: body.officer.name,
        })),
      certificate: certificate ? toRef(certificate) : null,
    });
  }
  return views;
}

async function entryBySerial(call: CallContext, serial: string): Promise<LedgerEntryView> {
  call.target('ledger_serial', serial);
  const entry = (await entryViews(call.db)).find((view) => view.serial === serial);
  if (!entry) throw new AppError('NOT_FOUND', `관리대장에 ${serial} 항목이 없습니다.`);
  return entry;
}

function inPeriod(entry: LedgerEntryView, from?: string, to?: string): boolean {
  const day = entry.destruction.record.performedOn;
  return (!from || day >= from) && (!to || day <= to);
}

/**
 * Everything a bundle lists besides the entries: the clinic, the export time, and the evidence files
 * the entries signed (from the entries, not the table: a row nobody signed is not evidence).
 */
async function bundleHeader(db: Db, exportedAt: Date): Promise<BundleHeader> {
  const clinic = await readClinicProfile(db);
  const entries = await db
    .selectFrom('ledger_entries')
    .select('content')
    .where('kind', 'in', ['destruction', 'destruction.processor'])
    .execute();
  return {
    exportedAt: exportedAt.toISOString(),
    clinic: { name: clinic?.name ?? '', businessNumber: clinic?.businessNumber ?? '' },
    attachments: attachmentManifest(entries.flatMap((entry) => evidenceOf(JSON.parse(entry.content) as AnyLedgerContent))),
  };
}

/**
 * The auditor's bundle of this file. The exporting person signs an export checkpoint over the
 * header (their own key and password), the installation key signs the head; a program that cannot
 * open the installation key refuses rather than write a bundle whose tail could be cut unseen.
 */
export async function exportBundle(call: CallContext, password: string): Promise<LedgerBundle> {
  const installationKey = await openInstallationKey(call.db, call.app.secrets).catch(() => null);
  if (!installationKey) {
    throw new AppError(
      'CONFLICT',
      '이 프로그램은 설치 키를 열 수 없어 서명된 감사용 묶음을 만들 수 없습니다. 이 데이터베이스를 만든 PC의 Retention Desk 앱에서 내보내 주세요.',
    );
  }
  // The password first: a wrong one is refused (and counted) before the whole file is verified for nothing.
  const key = await unlockOwnKey(call, password);
  // An auditor's bundle vouches for the whole file: a file that does not verify is not signed and sent out as if it did.
  const verified = await verifyDatabase(call.app, openDatabaseOf(call), { db: call.db });
  if (verified.failure) {
    throw new AppError(
      'CONFLICT',
      `이 데이터베이스가 검증을 통과하지 못해 감사용 묶음을 만들 수 없습니다: ${verified.failure.reason} 관리대장 검증 화면에서 확인해 주세요.`,
    );
  }
  const header = await bundleHeader(call.db, call.now);
  await signCheckpointWith(call, key, 'export', headerDigest(header));
  const rows = await call.db.selectFrom('ledger_entries').selectAll().orderBy('seq').execute();
  return buildBundle({ rows, header, installationKey });
}

/** The newest printout checkpoint of a certificate: who printed it, when. */
async function lastPrintout(db: Db, serial: string): Promise<CertificateView['printout']> {
  const rows = await db
    .selectFrom('ledger_entries')
    .select(['seq', 'content'])
    .where('kind', '=', 'checkpoint')
    .orderBy('seq', 'desc')
    .execute();
  for (const row of rows) {
    const content = JSON.parse(row.content) as LedgerContent<'checkpoint'>;
    if (content.body.purpose === 'certificate' && content.body.subject === serial) {
      return { seq: row.seq, signer: content.body.signer.name, at: content.recordedAt };
    }
  }
  return null;
}

/** A day or a time without a zone is Seoul's: 2026-11-30 means that day's first moment in Korea. */
function inSeoul(text: string): string {
  if (text.length === 10) return `${text}T00:00:00+09:00`;
  const iso = text.replace(' ', 'T');
  return /[zZ]|[+-]\d{2}:?\d{2}$/.test(iso) ? iso : `${iso}+09:00`;
}

/** The auditor's anchors, validated by the contract's schema (the verify screen and the CLI), in the verifier's terms. */
export function parseAnchors(input: Partial<z.output<typeof outsideAnchorsInput>>): OutsideAnchors {
  return {
    entries: (input.qr ?? []).flatMap((text) => parseQrPayload(text) ?? []),
    fingerprints: (input.fingerprints ?? []).flatMap((text) => parseFingerprint(text) ?? []),
    notBefore: input.notBefore ? new Date(inSeoul(input.notBefore)).toISOString() : null,
  };
}

const CSV_HEADER = [
  '번호',
  '개인정보 파일명',
  '자료의 종류',
  '생성일',
  '파기일',
  '파기사유',
  '처리담당자',
  '처리부서장 확인',
  '파기승인일',
  '전체 보유건수',
  '파기건수',
  '현 보유건수',
  '파기방법',
  '파기장소',
  '보존기간과 근거',
  '파기 기한',
  '지연 사유',
  '비고',
  '항목 해시',
];

export const ledgerHandlers: HandlersOf<typeof ledgerApi> = {
  'ledger.list': async ({ db }, input) => (await entryViews(db)).filter((entry) => inPeriod(entry, input.from, input.to)),

  'ledger.entry': async (call, input) => {
    const entry = await entryBySerial(call, input.serial);
    return {
      entry,
      clinic: await readClinicProfile(call.db),
      installationKeyId: await installationKeyId(call.db),
      qr: qrPayload(entry.serial, entry.hash),
      printedAt: call.now.toISOString(),
      printout: await lastPrintout(call.db, entry.serial),
    };
  },

  'ledger.verify': async (call, input) => {
    const anchors = parseAnchors(input);
    const result = await runCancellable(call, 'verify', (signal) =>
      verifyDatabase(call.app, openDatabaseOf(call), {
        anchors,
        signal,
        onProgress: (done, total) => call.progress('verify', done, total),
      }),
    );
    // The dashboard shows when the ledger was last verified, by whom it does not say.
    await recordLedgerCheck(call.db, call.now, 'manual', result);
    // What the entries are, for a sentence staff can hold against the list ("파기 6건, 계정·설정 기록 5건").
    return { ...result, counts: countEntries(Object.entries(result.kinds).map(([kind, n]) => ({ kind, n: n ?? 0 }))) };
  },

  'ledger.lookup': async (call, input) => {
    const code = parseQrPayload(input.code);
    if (!code) return { status: 'unreadable', serial: null, entry: null, report: null } satisfies LookupResult;
    call.target('ledger_serial', code.serial);
    const entry = (await entryViews(call.db)).find((view) => view.serial === code.serial) ?? null;
    if (!entry) return { status: 'not_found', serial: code.serial, entry: null, report: null };
    const { report } = await verifyLedgerInFile(openDatabaseOf(call));
    if (entry.hash !== code.hash) return { status: 'hash_mismatch', serial: code.serial, entry, report };
    return { status: report.ok ? 'ok' : 'chain_failed', serial: code.serial, entry, report };
  },

  'ledger.exportCsv': async ({ db, today }, input) => {
    const entries = (await entryViews(db)).filter((entry) => inPeriod(entry, input.from, input.to));
    const rows = entries.flatMap((entry) => {
      const { record, approval } = entry.destruction;
      const timing = destructionTiming(record);
      return record.files.map((file) => [
        entry.serial,
        file.name,
        file.mediaKindLabel,
        file.createdOn,
        record.performedOn,
        record.reasonLabel,
        `${record.performer.name} (${record.performer.title})`,
        `${approval.approver.name} (${approval.approver.title})`,
        approval.approvedOn,
        file.countBefore,
        file.countDestroyed,
        file.countAfter,
        record.methodLabel,
        record.place,
        `${file.policy.ruleText} — ${file.policy.basis}`,
        file.destroyBy ?? '',
        timing.daysLate > 0 ? `${TIMING_WORDS.late(timing.deadline ?? '', timing.daysLate)} — ${timing.delayReason ?? ''}` : '',
        timing.beforeRequest ? TIMING_WORDS.beforeRequest(timing.requestedOn) : '',
        entry.hash,
      ]);
    });
    return { fileName: `파기관리대장_${input.from ?? '처음'}_${input.to ?? today}.csv`, csv: toCsv(CSV_HEADER, rows), rows: rows.length };
  },

  'ledger.exportBundle': async (call, input) => ({
    fileName: `관리대장_감사용_${call.today}.json`,
    json: serializeBundle(await exportBundle(call, input.password)),
  }),

  'ledger.signPrintout': async (call, input) => {
    const entry = await entryBySerial(call, input.serial);
    const checkpoint = await signCheckpoint(call, input.password, 'certificate', entry.serial);
    return { seq: checkpoint.seq, hash: checkpoint.hash, signer: checkpoint.signer.name };
  },

  'ledger.rotateInstallationKey': async (call, input) => {
    const key = await unlockOwnKey(call, input.password);
    return rotateInstallationKey(call.db, call.app.secrets, { officer: key, reason: input.reason, now: call.now });
  },

  'ledger.archiveCertificate': async (call, input) => {
    const printer = call.app.printer;
    if (!printer) throw new AppError('CONFLICT', '이 환경에서는 확인서를 PDF로 만들 수 없습니다. 앱에서 다시 시도해 주세요.');
    const entry = await entryBySerial(call, input.serial);
    // Every printout is signed by the person printing it, the archived PDF too.
    await call.db.transaction().execute((trx) => signCheckpoint({ ...call, db: trx }, input.password, 'certificate', entry.serial));
    // Printed outside any transaction: the print page reads this same ledger through the bridge.
    const pdf = await printer.toPdf(certificateRoute(input.serial), call.session);
    const attachment = prepareAttachment(
      { kind: 'other', fileName: `파기확인서_${input.serial}.pdf`, mime: 'application/pdf', dataBase64: pdf.toString('base64') },
      0,
    );
    // The archived certificate is the app's own output, never an upload: its own kind.
    const stored = { ...attachment, kind: 'certificate_pdf' };
    const requestId = entry.destruction.record.requestId;
    await call.db.transaction().execute((trx) => storeAttachment(trx, requestId, stored, actor(call).id, call.now));
    call.target('attachment', stored.id);
    return toRef({
      id: stored.id,
      kind: 'certificate_pdf',
      file_name: stored.fileName,
      mime: stored.mime,
      size: stored.size,
      sha256: stored.sha256,
    });
  },

  'ledger.correct': async (call, input) => {
    const original = await entryBySerial(call, input.serial);
    const key = await unlockOwnKey(call, input.password);
    const officer = key.signer;
    const serial = await nextSerial(call.db, call.today.slice(0, 4));
    const body: CorrectionBody = {
      serial,
      corrects: { serial: original.serial, seq: original.seq, hash: original.hash },
      reason: input.reason,
      correction: input.correction,
      officer,
    };
    await appendLedgerEntry(call.db, {
      kind: 'destruction.correction',
      body,
      serial,
      recordedAt: call.now,
      signers: [{ role: 'approver', keyId: key.keyId, privateKey: key.privateKey }],
    });
    return entryBySerial(call, input.serial);
  },
};
