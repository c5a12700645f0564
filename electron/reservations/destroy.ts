import { AppError } from '../../shared/contract/errors.ts';
import { canonicalJson } from '../../shared/ledger/canonical.ts';
import type { DestroyedRecords } from '../../shared/ledger/types.ts';
import { sha256Hex } from '../crypto/signing.ts';
import type { CallContext } from '../handler.ts';
import { holdingProcessors } from './holders.ts';
import { reservationRule } from './store.ts';

/** The reservation rows a destruction request covers (ids only; the rows themselves until deleted). */
export async function requestRowIds(call: CallContext, requestId: number): Promise<number[]> {
  const rows = await call.db
    .selectFrom('reservation_disposal_rows')
    .select('reservation_id')
    .where('request_id', '=', requestId)
    .orderBy('reservation_id')
    .execute();
  return rows.map((row) => row.reservation_id);
}

/**
 * When the performer signs a reservation destruction: its rows are deleted in the performer's
 * transaction (the file runs with secure_delete, so their pages are zeroed), and what the signed
 * record says of them is returned — counts, the range of reservation dates, a digest of the row
 * ids, the processors holding copies. The WAL is truncated after the commit. Null for a request
 * that holds no reservation rows (a register file's destruction).
 */
export async function destroyReservationRows(call: CallContext, requestId: number): Promise<DestroyedRecords | null> {
  const ids = await requestRowIds(call, requestId);
  if (ids.length === 0) return null;
  const range = await call.db
    .selectFrom('reservations')
    .innerJoin('reservation_disposal_rows', 'reservation_disposal_rows.reservation_id', 'reservations.id')
    .where('reservation_disposal_rows.request_id', '=', requestId)
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.min<string>('reservations.reserved_on').as('first'),
      eb.fn.max<string>('reservations.reserved_on').as('last'),
    ])
    .executeTakeFirstOrThrow();
  if (Number(range.n) !== ids.length) {
    throw new AppError('CONFLICT', '요청에 든 예약 기록 일부가 이미 없습니다. 이 요청을 취소하고 다시 요청해 주세요.');
  }
  const rule = await reservationRule(call.db);
  const processors = await holdingProcessors(call.db, { policyId: rule.policyId, fileId: rule.fileId });
  await call.db
    .deleteFrom('reservations')
    .where('id', 'in', call.db.selectFrom('reservation_disposal_rows').select('reservation_id').where('request_id', '=', requestId))
    .execute();
  call.afterCommit(() => {
    const state = call.app.state();
    if (state.ok) state.database.checkpoint();
  });
  return {
    kind: 'reservations',
    count: ids.length,
    firstDate: range.first,
    lastDate: range.last,
    idsDigest: sha256Hex(canonicalJson(ids)),
    processors,
  };
}

/** Once the performer signed, the rows are gone: such a request can only be approved, never cancelled. */
export async function refuseCancelAfterDeletion(call: CallContext, requestId: number, status: string): Promise<void> {
  if (status !== 'performed') return;
  if ((await requestRowIds(call, requestId)).length === 0) return;
  throw new AppError(
    'CONFLICT',
    '수행 서명 때 예약 기록을 이미 삭제했으므로 이 요청은 취소할 수 없습니다. 보호책임자가 승인해 관리대장에 기록해 주세요.',
  );
}
