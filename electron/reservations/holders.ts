import type { Db } from '../../db/connection.ts';
import type { HoldingProcessor } from '../../shared/ledger/types.ts';
import { processorsHolding } from '../processors/holders.ts';

/**
 * The processors holding copies of reservation data, from the processor inventory: those
 * entrusted with the reservation policy's data or the register's reservation file, and their
 * re-entrusted descendants (PREDAQ, then Mailjet), each with the processor it came through.
 */
export async function holdingProcessors(db: Db, of: { policyId: number | null; fileId: number | null }): Promise<HoldingProcessor[]> {
  const holders = await processorsHolding(db, {
    policyIds: of.policyId === null ? [] : [of.policyId],
    fileIds: of.fileId === null ? [] : [of.fileId],
  });
  const names = new Map(holders.map((holder) => [holder.id, holder.name]));
  return holders.map((holder) => ({
    processorId: holder.id,
    name: holder.name,
    via: holder.parentId === null ? null : (names.get(holder.parentId) ?? null),
    country: holder.country,
  }));
}
