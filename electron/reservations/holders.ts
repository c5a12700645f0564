import type { Db } from '../../db/connection.ts';
import type { HoldingProcessor } from '../../shared/ledger/types.ts';

/**
 * The processors holding copies of reservation data, from the processor inventory (issue 12):
 * the processors entrusted with the policy's data and their re-entrusted descendants.
 */
export async function holdingProcessors(db: Db, policyId: number | null): Promise<HoldingProcessor[]> {
  void db;
  void policyId;
  return [];
}
