import type { ChainReport } from '../../shared/api/accessLog.ts';
import type { Db } from '../../db/connection.ts';
import { verifyLedgerRows, type LedgerReport } from '../ledger/verify.ts';
import { verifyAccessLog } from './accessLog.ts';

export type FileReport =
  { ok: true; chains: { ledger: LedgerReport; accessLog: ChainReport } } | { ok: false; failure: ChainReport | LedgerReport };

export async function verifyLedger(db: Db): Promise<LedgerReport> {
  const rows = await db.selectFrom('ledger_entries').selectAll().orderBy('seq').execute();
  return verifyLedgerRows(rows);
}

/** Every chain in the file; the first failure is the report. */
export async function verifyFile(db: Db): Promise<FileReport> {
  const ledger = await verifyLedger(db);
  if (!ledger.ok) return { ok: false, failure: ledger };
  const accessLog = await verifyAccessLog(db);
  if (!accessLog.ok) return { ok: false, failure: accessLog };
  return { ok: true, chains: { ledger, accessLog } };
}
