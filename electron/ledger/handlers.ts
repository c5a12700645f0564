import { AppError } from '../../shared/contract/errors.ts';
import type { LedgerEntryView, LookupResult, ledgerApi } from '../../shared/ledger/contract.ts';
import { parseQrPayload, qrPayload } from '../../shared/ledger/contract.ts';
import { toCsv } from '../../shared/formats/csv.ts';
import { TIMING_WORDS } from '../../shared/ledger/printout.ts';
import { destructionTiming } from '../../shared/ledger/timing.ts';
import { countEntries } from '../../shared/ledger/counts.ts';
import type { AnyLedgerContent, CorrectionBody } from '../../shared/ledger/types.ts';
import type { Db } from '../../db/connection.ts';
import { appendLedgerEntry } from './append.ts';
import { buildBundle, serializeBundle, type LedgerBundle } from './bundle.ts';
import { certificateRoute } from '../printing.ts';
import type { SecretProtector } from '../crypto/secrets.ts';
import { installationKeyId, openInstallationKey } from '../accounts/keys.ts';
import { unlockOwnKey } from '../accounts/passwords.ts';
import { prepareAttachment, storeAttachment, toRef } from './attachments.ts';
import { readClinicProfile } from '../clinic/handlers.ts';
import { verifyBoth, verifyLedgerInFile } from './verification.ts';
import { nextSerial } from './serials.ts';
import { actor, type CallContext, type HandlersOf } from '../handler.ts';

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

/** The auditor's bundle of this file: every ledger entry, the keys they establish, the evidence digests. */
export async function bundleOf(db: Db, exportedAt: Date, secrets: SecretProtector): Promise<LedgerBundle> {
  const rows = await db.selectFrom('ledger_entries').selectAll().orderBy('seq').execute();
  const clinic = await readClinicProfile(db);
  const attachments = await db
    .selectFrom('attachments')
    .select(['id', 'file_name', 'sha256', 'size'])
    .where('kind', '!=', 'certificate_pdf')
    .execute();
  return buildBundle({
    rows,
    clinic: { name: clinic?.name ?? '', businessNumber: clinic?.businessNumber ?? '' },
    attachments: attachments.map((a) => ({ id: a.id, fileName: a.file_name, sha256: a.sha256, size: a.size })),
    exportedAt,
    installationKey: await openInstallationKey(db, secrets).catch(() => null),
  });
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
    };
  },

  'ledger.verify': async (call) => {
    const report = await verifyBoth(call.db, (done, total) => call.progress('verify', done, total));
    // What the entries are, for a sentence staff can hold against the list ("파기 6건, 계정·설정 기록 5건").
    const kinds = await call.db
      .selectFrom('ledger_entries')
      .select(['kind', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('kind')
      .execute()
      .catch(() => []);
    return { ...report, counts: countEntries(kinds.map((row) => ({ kind: row.kind, n: Number(row.n) }))) };
  },

  'ledger.lookup': async (call, input) => {
    const code = parseQrPayload(input.code);
    if (!code) return { status: 'unreadable', serial: null, entry: null, report: null } satisfies LookupResult;
    call.target('ledger_serial', code.serial);
    const entry = (await entryViews(call.db)).find((view) => view.serial === code.serial) ?? null;
    if (!entry) return { status: 'not_found', serial: code.serial, entry: null, report: null };
    const report = await verifyLedgerInFile(call.db);
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

  'ledger.exportBundle': async ({ db, now, today, app }) => ({
    fileName: `관리대장_감사용_${today}.json`,
    json: serializeBundle(await bundleOf(db, now, app.secrets)),
  }),

  'ledger.archiveCertificate': async (call, input) => {
    const printer = call.app.printer;
    if (!printer) throw new AppError('CONFLICT', '이 환경에서는 확인서를 PDF로 만들 수 없습니다. 앱에서 다시 시도해 주세요.');
    const entry = await entryBySerial(call, input.serial);
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
