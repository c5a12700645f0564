import type { ChainReport, ChainFailure, LedgerReport } from '../../shared/ledger/types.ts';
import type { Db } from '../../db/connection.ts';
import { verifyLedgerRows } from './verify.ts';
import { verifyAccessLog } from './accessChain.ts';
import { attachmentDigests } from './attachments.ts';

export type FileReport =
  { ok: true; chains: { ledger: LedgerReport; accessLog: ChainReport } } | { ok: false; failure: ChainReport | LedgerReport };

/** A row whose targets do not parse anchors nothing here; the access log's own check names that row. */
function parsedTargets(text: string): string[] {
  try {
    const targets: unknown = JSON.parse(text);
    return Array.isArray(targets) ? targets.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

/** The `ledger:seq:hash` targets the dispatcher wrote to the access log when entries were appended. */
async function accessLogAnchors(db: Db): Promise<Array<{ seq: number; hash: string; what: string }>> {
  const rows = await db.selectFrom('access_log').select(['seq', 'targets']).where('targets', 'like', '%"ledger:%').execute();
  return rows.flatMap((row) =>
    parsedTargets(row.targets).flatMap((target) => {
      const match = /^ledger:(\d+):([0-9a-f]{64})$/.exec(target);
      return match ? [{ seq: Number(match[1]), hash: match[2] ?? '', what: `접속기록 ${row.seq}번` }] : [];
    }),
  );
}

/** The ledger as the app verifies it: with anchors from completed disposals and the stored attachments. */
export async function verifyLedgerInFile(db: Db): Promise<LedgerReport> {
  const rows = await db.selectFrom('ledger_entries').selectAll().orderBy('seq').execute();
  const anchors = await db
    .selectFrom('disposal_requests')
    .select(['ledger_seq', 'ledger_hash', 'serial'])
    .where('status', '=', 'completed')
    .execute();
  const digests = await attachmentDigests(db);
  return verifyLedgerRows(rows, {
    anchors: [
      ...anchors.map((a) => ({ seq: a.ledger_seq ?? 0, hash: a.ledger_hash ?? '', what: `파기 요청(${a.serial ?? ''})` })),
      ...(await accessLogAnchors(db)),
    ],
    attachmentDigest: (id) => digests.get(id) ?? null,
  });
}

/** The signed ledger with its anchors (completed disposals) and the stored attachments' digests. */
export const verifyLedger = verifyLedgerInFile;

function damaged(error: unknown): ChainFailure {
  // The database's own words (table names, SQL) are for the console, not for staff or a report.
  console.error('[verify] the file could not be read as a Retention Desk database', error);
  return {
    ok: false,
    chain: 'file',
    entry: 0,
    code: 'SCHEMA_DAMAGED',
    reason: '데이터베이스의 표 구조가 손상되어 검증할 수 없습니다(표나 열이 지워졌거나 바뀌었습니다). 백업 파일과 대조해 주세요.',
  };
}

/** Both chains, as the app's 검증 button shows them; a damaged schema is a failed report, not an error. */
export async function verifyBoth(
  db: Db,
  onProgress?: (done: number, total: number) => void,
): Promise<{ ok: boolean; ledger: LedgerReport; accessLog: ChainReport }> {
  try {
    const ledger = await verifyLedgerInFile(db);
    const accessLog = await verifyAccessLog(db, onProgress);
    return { ok: ledger.ok && accessLog.ok, ledger, accessLog };
  } catch (error) {
    return { ok: false, ledger: damaged(error), accessLog: damaged(error) };
  }
}

/**
 * Every chain in the file; the first failure is the report. A file whose tables themselves were
 * damaged (dropped, renamed, columns removed) is reported as such, never thrown.
 */
export async function verifyFile(db: Db): Promise<FileReport> {
  try {
    const ledger = await verifyLedger(db);
    if (!ledger.ok) return { ok: false, failure: ledger };
    const accessLog = await verifyAccessLog(db);
    if (!accessLog.ok) return { ok: false, failure: accessLog };
    return { ok: true, chains: { ledger, accessLog } };
  } catch (error) {
    return { ok: false, failure: damaged(error) };
  }
}
