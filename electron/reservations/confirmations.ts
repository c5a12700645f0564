import type { Selectable } from 'kysely';
import type { DisposalRequestsTable } from '../../db/schema.ts';
import { AppError } from '../../shared/contract/errors.ts';
import type { ConfirmationView, ReservationDisposalView, reservationsApi } from '../../shared/reservations/contract.ts';
import type { DestructionRecord } from '../../shared/ledger/types.ts';
import { unlockOwnKey } from '../accounts/passwords.ts';
import { appendLedgerEntry } from '../ledger/append.ts';
import { prepareAttachment, storeAttachment, toRef } from '../ledger/attachments.ts';
import { actor, type CallContext, type HandlersOf } from '../handler.ts';

type RequestRow = Selectable<DisposalRequestsTable>;

/** The reservation destructions (requests that hold reservation rows), newest first. */
async function reservationRequests(call: CallContext, serial?: string): Promise<RequestRow[]> {
  let query = call.db
    .selectFrom('disposal_requests')
    .selectAll()
    .where('id', 'in', call.db.selectFrom('reservation_disposal_rows').select('request_id'))
    .where('status', '!=', 'cancelled')
    .orderBy('id', 'desc');
  if (serial !== undefined) query = query.where('serial', '=', serial);
  return query.execute();
}

function fail(field: string, message: string): never {
  throw new AppError('VALIDATION', message, { fields: { [field]: message } });
}

async function disposalView(call: CallContext, row: RequestRow): Promise<ReservationDisposalView> {
  const record = row.record ? (JSON.parse(row.record) as DestructionRecord) : null;
  const stored = await call.db.selectFrom('processor_confirmations').selectAll().where('request_id', '=', row.id).execute();
  const byProcessor = new Map(stored.map((confirmation) => [confirmation.processor_id, confirmation]));
  const evidence = new Map(
    (
      await call.db
        .selectFrom('attachments')
        .select(['id', 'kind', 'file_name', 'mime', 'size', 'sha256'])
        .where('request_id', '=', row.id)
        .where('kind', '=', 'processor_confirmation')
        .execute()
    ).map((attachment) => [attachment.id, toRef(attachment)]),
  );
  const confirmations: ConfirmationView[] = (record?.records?.processors ?? []).map((processor) => {
    const done = byProcessor.get(processor.processorId);
    return {
      processorId: processor.processorId,
      name: processor.name,
      via: processor.via,
      country: processor.country,
      requestedOn: done?.requested_on ?? null,
      confirmedOn: done?.confirmed_on ?? null,
      evidence: done?.evidence_id ? (evidence.get(done.evidence_id) ?? null) : null,
    };
  });
  let count = record?.records?.count ?? 0;
  let firstDate = record?.records?.firstDate ?? null;
  let lastDate = record?.records?.lastDate ?? null;
  if (!record) {
    // Not yet performed: the rows are still held; their count and dates come from them.
    const live = await call.db
      .selectFrom('reservations')
      .innerJoin('reservation_disposal_rows', 'reservation_disposal_rows.reservation_id', 'reservations.id')
      .where('reservation_disposal_rows.request_id', '=', row.id)
      .select((eb) => [
        eb.fn.countAll<number>().as('n'),
        eb.fn.min<string>('reservations.reserved_on').as('first'),
        eb.fn.max<string>('reservations.reserved_on').as('last'),
      ])
      .executeTakeFirstOrThrow();
    count = Number(live.n);
    firstDate = live.first;
    lastDate = live.last;
  }
  return {
    requestId: row.id,
    status: row.status,
    serial: row.serial,
    count,
    firstDate,
    lastDate,
    requestedAt: row.requested_at,
    confirmations,
    confirmed: confirmations.filter((c) => c.confirmedOn !== null).length,
    processors: confirmations.length,
  };
}

export async function reservationDisposals(call: CallContext, serial?: string): Promise<ReservationDisposalView[]> {
  const rows = await reservationRequests(call, serial);
  return Promise.all(rows.map((row) => disposalView(call, row)));
}

export const confirmationHandlers: Pick<
  HandlersOf<typeof reservationsApi>,
  'reservations.disposals' | 'reservations.recordConfirmation'
> = {
  'reservations.disposals': async (call, input) => reservationDisposals(call, input.serial),

  'reservations.recordConfirmation': async (call, input) => {
    call.target('disposal_request', input.requestId);
    const row = (await reservationRequests(call)).find((request) => request.id === input.requestId);
    if (!row) throw new AppError('NOT_FOUND', '예약 기록 파기 요청을 찾을 수 없습니다. 목록을 새로 고쳐 주세요.');
    if (row.status !== 'completed' || !row.record || !row.serial || row.ledger_seq === null || !row.ledger_hash) {
      throw new AppError('CONFLICT', '승인되어 관리대장에 기록된 파기에만 수탁자 확인을 기록할 수 있습니다.');
    }
    const record = JSON.parse(row.record) as DestructionRecord;
    const processor = record.records?.processors.find((p) => p.processorId === input.processorId);
    if (!processor) throw new AppError('NOT_FOUND', '이 파기의 데이터를 가진 수탁자가 아닙니다.');
    if (input.on > call.today) fail('on', `날짜는 오늘(${call.today})이나 그 전이어야 합니다.`);
    if (input.on < record.performedOn) fail('on', `날짜는 파기일(${record.performedOn})이나 그 뒤여야 합니다.`);
    const current = await call.db
      .selectFrom('processor_confirmations')
      .selectAll()
      .where('request_id', '=', row.id)
      .where('processor_id', '=', processor.processorId)
      .executeTakeFirst();
    if (current?.confirmed_on)
      throw new AppError('CONFLICT', `${processor.name}의 파기 확인은 이미 기록되어 있습니다(${current.confirmed_on}).`);
    if (input.step === 'requested' && current?.requested_on) {
      throw new AppError('CONFLICT', `${processor.name}에 확인을 요청한 날(${current.requested_on})이 이미 기록되어 있습니다.`);
    }
    if (input.step === 'confirmed') {
      if (!input.evidence) fail('evidence', `${processor.name}가 보낸 파기 확인서(PDF 또는 사진)를 첨부해 주세요.`);
      if (current?.requested_on && input.on < current.requested_on)
        fail('on', `확인일은 요청일(${current.requested_on})이나 그 뒤여야 합니다.`);
    }
    const attachment = input.evidence ? prepareAttachment({ ...input.evidence, kind: 'processor_confirmation' }, 0) : null;
    const key = await unlockOwnKey(call, input.password);
    if (attachment) {
      await storeAttachment(call.db, row.id, attachment, actor(call).id, call.now);
      call.target('attachment', attachment.id);
    }
    await appendLedgerEntry(call.db, {
      kind: 'destruction.processor',
      body: {
        destruction: { serial: row.serial, seq: row.ledger_seq, hash: row.ledger_hash },
        requestId: row.id,
        processor: { processorId: processor.processorId, name: processor.name },
        step: input.step,
        on: input.on,
        evidence: attachment
          ? {
              id: attachment.id,
              kind: attachment.kind,
              fileName: attachment.fileName,
              mime: attachment.mime,
              size: attachment.size,
              sha256: attachment.sha256,
            }
          : null,
        recordedBy: key.signer,
      },
      recordedAt: call.now,
      signers: [{ role: 'witness', keyId: key.keyId, privateKey: key.privateKey }],
    });
    const values =
      input.step === 'requested'
        ? { requested_on: input.on }
        : { confirmed_on: input.on, evidence_id: attachment?.id ?? null, requested_on: current?.requested_on ?? null };
    if (current) {
      await call.db.updateTable('processor_confirmations').set(values).where('id', '=', current.id).execute();
    } else {
      await call.db
        .insertInto('processor_confirmations')
        .values({
          request_id: row.id,
          processor_id: processor.processorId,
          processor_name: processor.name,
          confirmed_on: null,
          evidence_id: null,
          ...values,
        })
        .execute();
    }
    const [view] = await reservationDisposals(call, row.serial);
    if (!view) throw new Error('reservation disposal vanished');
    return view;
  },
};
