import type { Db } from '../../db/connection.ts';
import type { VerificationResult } from '../../shared/ledger/types.ts';

/** Keeps the outcome of a whole verification for the dashboard ("관리대장 마지막 검증"): counts and codes only. */
export async function recordLedgerCheck(db: Db, at: Date, what: 'daily' | 'manual', result: VerificationResult): Promise<void> {
  const failure = result.failure;
  await db
    .insertInto('ledger_checks')
    .values({
      at: at.toISOString(),
      what,
      ok: result.ok ? 1 : 0,
      entries: result.ledger.ok ? result.ledger.entries : 0,
      detail: failure ? `${failure.code} (${failure.chain} ${failure.entry}): ${failure.reason}` : '',
    })
    .execute();
}
