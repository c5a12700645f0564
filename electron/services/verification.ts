import type { ChainReport, LedgerReport } from '../../shared/ledger/types.ts';
import type { Db } from '../../db/connection.ts';
import { verifyAccessLog } from './accessLog.ts';
import { verifyLedgerInFile } from './ledger.ts';

export type FileReport =
  { ok: true; chains: { ledger: LedgerReport; accessLog: ChainReport } } | { ok: false; failure: ChainReport | LedgerReport };

/** The signed ledger with its anchors (completed disposals) and the stored attachments' digests. */
export const verifyLedger = verifyLedgerInFile;

/** Every chain in the file; the first failure is the report. */
export async function verifyFile(db: Db): Promise<FileReport> {
  const ledger = await verifyLedger(db);
  if (!ledger.ok) return { ok: false, failure: ledger };
  const accessLog = await verifyAccessLog(db);
  if (!accessLog.ok) return { ok: false, failure: accessLog };
  return { ok: true, chains: { ledger, accessLog } };
}
