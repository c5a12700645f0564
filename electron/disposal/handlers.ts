import type { Selectable } from 'kysely';
import { AppError } from '../../shared/contract/errors.ts';
import type { DisposalView, PersonRef, disposalApi } from '../../shared/disposal/contract.ts';
import type { FileView } from '../../shared/register/contract.ts';
import { daysBetween, seoulDate } from '../../shared/dates/calendar.ts';
import { LOCATION_LABELS, MEDIA_KIND_LABELS } from '../../shared/register/files.ts';
import {
  DESTRUCTION_METHOD_LABELS,
  DESTRUCTION_REASON_LABELS,
  METHOD_BASIS,
  methodsFor,
  type DestructionMethod,
  type DestructionReason,
} from '../../shared/disposal/methods.ts';
import { canonicalJson } from '../../shared/ledger/canonical.ts';
import type {
  DestroyedFile,
  DestructionBody,
  DestructionRecord,
  LedgerContent,
  LedgerSignature,
  SignerInfo,
} from '../../shared/ledger/types.ts';
import type { Db } from '../../db/connection.ts';
import type { DisposalRequestsTable } from '../../db/schema.ts';
import { sha256Hex, signText } from '../crypto/signing.ts';
import { appendLedgerEntry } from '../ledger/append.ts';
import { nextSerial } from '../ledger/serials.ts';
import { activeKeyOf } from '../accounts/keys.ts';
import { unlockOwnKey } from '../accounts/passwords.ts';
import { attachmentRefs, prepareAttachment, storeAttachment, toRef, type StoredAttachment } from '../ledger/attachments.ts';
import { processorsOfRequest } from '../processors/holders.ts';
import { readClinicProfile } from '../clinic/handlers.ts';
import { fileViews } from '../register/handlers.ts';
import { readSettings } from '../settings/handlers.ts';
import { actor, type CallContext, type HandlersOf } from '../handler.ts';
import { destroyReservationRows, refuseCancelAfterDeletion } from '../reservations/destroy.ts';

type RequestRow = Selectable<DisposalRequestsTable>;

async function person(db: Db, userId: number | null): Promise<PersonRef | null> {
  if (userId === null) return null;
  const user = await db.selectFrom('users').select(['id', 'display_name', 'title']).where('id', '=', userId).executeTakeFirstOrThrow();
  return { userId: user.id, name: user.display_name, title: user.title };
}

async function toView(db: Db, row: RequestRow, today: string): Promise<DisposalView> {
  const items = await db.selectFrom('disposal_items').selectAll().where('request_id', '=', row.id).execute();
  const files = new Map(
    (
      await fileViews(
        db,
        today,
        items.map((item) => item.file_id),
      )
    ).map((file) => [file.id, file]),
  );
  const record = row.record ? (JSON.parse(row.record) as DestructionRecord) : null;
  const requestedBy = await person(db, row.requested_by);
  if (!requestedBy) throw new Error('request without requester');
  return {
    id: row.id,
    status: row.status,
    method: row.method,
    reason: row.reason,
    place: row.place,
    note: row.note,
    items: items.map((item) => {
      const file = files.get(item.file_id);
      // A request's files are never deleted (the register keeps destroyed files as history).
      if (!file) throw new Error(`request ${row.id} names missing file ${item.file_id}`);
      const signed = record?.files.find((f) => f.fileId === item.file_id);
      return {
        fileId: item.file_id,
        name: file.name,
        items: file.items,
        mediaKind: file.mediaKind,
        recordCount: signed?.countBefore ?? file.recordCount,
        countDestroyed: item.count_destroyed,
        destroyFrom: file.due?.destroyFrom ?? null,
        destroyBy: signed?.destroyBy ?? file.due?.destroyBy ?? null,
      };
    }),
    attachments: (await attachmentRefs(db, row.id)).filter((ref) => ref.kind !== 'certificate_pdf'),
    processors: (await processorsOfRequest(db, row.id)).map(({ id, name }) => ({ id, name })),
    requestedBy,
    requestedAt: row.requested_at,
    performedBy: await person(db, row.performed_by),
    performedAt: row.performed_at,
    performedOn: record?.performedOn ?? null,
    delayReason: record?.delayReason ?? null,
    performedBeforeRequest: record?.performedBeforeRequest === true,
    approvedBy: await person(db, row.approved_by),
    approvedAt: row.approved_at,
    serial: row.serial,
    cancelledAt: row.cancelled_at,
    cancelReason: row.cancel_reason,
  };
}

async function requestRow(call: CallContext, id: number): Promise<RequestRow> {
  call.target('disposal_request', id);
  const row = await call.db.selectFrom('disposal_requests').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', '파기 요청을 찾을 수 없습니다. 목록을 새로 고쳐 주세요.');
  return row;
}

const ALREADY: Record<RequestRow['status'], string> = {
  requested: '아직 수행 서명 전인 요청입니다.',
  performed: '이미 수행 서명이 끝난 요청입니다.',
  completed: '이미 승인되어 관리대장에 기록된 요청입니다.',
  cancelled: '취소된 요청입니다.',
};

function expectStatus(row: RequestRow, status: RequestRow['status']): void {
  if (row.status !== status) throw new AppError('CONFLICT', ALREADY[row.status]);
}

/**
 * Whether these files may be destroyed now, by this method, for this reason: not destroyed, not on
 * legal hold, not in another request, not more records than held, a method that fits the medium,
 * and never before a statutory minimum period ends. "Retention expired" needs the period to be over.
 * Checked at the request and again when the performer signs, against the files as they are then.
 */
function checkFiles(
  files: FileView[],
  items: ReadonlyArray<{ fileId: number; count: number }>,
  method: DestructionMethod,
  reason: DestructionReason,
  today: string,
  ownRequestId: number | null = null,
) {
  const byId = new Map(files.map((file) => [file.id, file]));
  items.forEach((item, index) => {
    const file = byId.get(item.fileId);
    const field = `items.${index}`;
    const refuse = (message: string) => {
      throw new AppError('VALIDATION', message, { fields: { [field]: message } });
    };
    if (!file) throw new AppError('NOT_FOUND', '개인정보 파일을 찾을 수 없습니다. 목록을 새로 고쳐 주세요.');
    if (file.status === 'destroyed') refuse(`${file.name}: 이미 파기가 끝난 파일입니다.`);
    if (file.status === 'extended') refuse(`${file.name}: 보존 연장 중인 파일입니다(${file.hold?.reason ?? ''}).`);
    if (file.status === 'pending' && file.pendingRequestId !== ownRequestId) refuse(`${file.name}: 다른 파기 요청이 진행 중입니다.`);
    if (item.count > file.recordCount) refuse(`${file.name}: 보유 건수(${file.recordCount}건)보다 많이 파기할 수 없습니다.`);
    if (!methodsFor(file.mediaKind).includes(method)) {
      refuse(`${file.name}: ${MEDIA_KIND_LABELS[file.mediaKind]}에는 '${DESTRUCTION_METHOD_LABELS[method]}' 방법을 쓸 수 없습니다.`);
    }
    const notYet = file.due === null || today < file.due.destroyFrom;
    if (file.policy.minimum && notYet) {
      refuse(
        file.due
          ? `${file.name}: 법령상 ${file.due.retentionEnds}까지 보존해야 합니다(${file.policy.basis}).`
          : `${file.name}: 법령상 최소 보존기간이 있는 파일인데 기준일(${file.policy.startLabel})이 기록되지 않아 보존 종료일을 알 수 없습니다.`,
      );
    }
    if (reason === 'retention_expired' && notYet) {
      refuse(
        file.due
          ? `${file.name}: 보유기간이 아직 끝나지 않았습니다(${file.due.destroyFrom}부터 파기할 수 있습니다).`
          : `${file.name}: 보유기간의 기준일(${file.policy.startLabel})이 아직 기록되지 않았습니다.`,
      );
    }
  });
}

/** The destroyed records are identified only by a digest of their ids; nothing of their content. */
function recordIdsDigest(fileId: number, count: number): string {
  return sha256Hex(canonicalJson({ file: fileId, records: count }));
}

/** What the performer's record says of when it was done, besides the date (only when it applies). */
type Timing = Pick<DestructionRecord, 'delayReason' | 'performedBeforeRequest'>;

async function buildRecord(
  call: CallContext,
  row: RequestRow,
  performedOn: string,
  performer: SignerInfo,
  serial: string,
  timing: Timing,
): Promise<DestructionRecord> {
  const items = await call.db.selectFrom('disposal_items').selectAll().where('request_id', '=', row.id).orderBy('file_id').execute();
  const files = new Map(
    (
      await fileViews(
        call.db,
        call.today,
        items.map((item) => item.file_id),
      )
    ).map((file) => [file.id, file]),
  );
  const clinic = await readClinicProfile(call.db);
  const requestedBy = await person(call.db, row.requested_by);
  if (!requestedBy) throw new Error('request without requester');
  const destroyed: DestroyedFile[] = items.map((item) => {
    const file = files.get(item.file_id);
    if (!file) throw new AppError('CONFLICT', '요청에 든 파일이 더 이상 없습니다. 요청을 취소하고 다시 만드세요.');
    if (item.count_destroyed > file.recordCount) {
      throw new AppError('CONFLICT', `${file.name}의 보유 건수가 요청 뒤에 바뀌었습니다. 요청을 취소하고 다시 만드세요.`);
    }
    return {
      fileId: file.id,
      name: file.name,
      items: file.items,
      mediaKind: file.mediaKind,
      mediaKindLabel: MEDIA_KIND_LABELS[file.mediaKind],
      location: `${LOCATION_LABELS[file.locationKind]} — ${file.locationDetail}`,
      createdOn: file.createdOn,
      countBefore: file.recordCount,
      countDestroyed: item.count_destroyed,
      countAfter: file.recordCount - item.count_destroyed,
      policy: { name: file.policy.name, ruleText: file.policy.ruleText, basis: file.policy.basis },
      retentionEnds: file.due?.retentionEnds ?? null,
      destroyBy: file.due?.destroyBy ?? null,
      recordIdsDigest: recordIdsDigest(file.id, item.count_destroyed),
    };
  });
  const { method, reason } = row;
  const processors = (await processorsOfRequest(call.db, row.id)).map(({ id, name, country, parentId }) => ({
    id,
    name,
    country,
    parentId,
  }));
  return {
    serial,
    requestId: row.id,
    clinic: { name: clinic?.name ?? '', businessNumber: clinic?.businessNumber ?? '' },
    files: destroyed,
    method,
    methodLabel: DESTRUCTION_METHOD_LABELS[method],
    methodBasis: METHOD_BASIS[method],
    reason,
    reasonLabel: DESTRUCTION_REASON_LABELS[reason],
    place: row.place,
    note: row.note,
    requestedAt: row.requested_at,
    requestedBy: { userId: requestedBy.userId, name: requestedBy.name },
    performedOn,
    performedAt: call.now.toISOString(),
    performer,
    attachments: (await attachmentRefs(call.db, row.id)).filter((ref) => ref.kind !== 'certificate_pdf'),
    ...timing,
    ...(processors.length > 0 ? { processors } : {}),
  };
}

/**
 * The 파기일 the performer may sign, and what the record must then say. Never after today. Before
 * the request only within every file's destroy window (paper shredded before the request was
 * written gets its real date, and the entry says so). After a file's destroy-by date only with the
 * reason for the delay.
 */
function checkPerformedOn(
  files: FileView[],
  requestedOn: string,
  input: { performedOn: string; delayReason?: string | undefined },
  today: string,
): Timing {
  const windows = files.map((file) => file.due);
  const opens = windows.every((due) => due !== null)
    ? windows
        .map((due) => due?.destroyFrom ?? '')
        .sort()
        .at(-1)
    : undefined;
  const earliest = opens !== undefined && opens < requestedOn ? opens : requestedOn;
  if (input.performedOn > today || input.performedOn < earliest) {
    const message =
      earliest < requestedOn
        ? `파기일은 파기할 수 있게 된 날(${earliest})부터 오늘(${today}) 사이의 날짜여야 합니다.`
        : `파기일은 요청일(${requestedOn})부터 오늘(${today}) 사이의 날짜여야 합니다.`;
    throw new AppError('VALIDATION', message, { fields: { performedOn: message } });
  }
  const deadline = files.flatMap((file) => (file.due ? [file.due.destroyBy] : [])).sort()[0];
  const late = deadline !== undefined && input.performedOn > deadline;
  if (late && (input.delayReason ?? '').length < 2) {
    const message = `파기 기한(${deadline})보다 ${daysBetween(deadline, input.performedOn)}일 늦게 파기했습니다. 늦어진 사유를 입력해 주세요(관리대장과 확인서에 기록됩니다).`;
    throw new AppError('VALIDATION', message, { fields: { delayReason: message } });
  }
  return {
    ...(late ? { delayReason: input.delayReason ?? '' } : {}),
    ...(input.performedOn < requestedOn ? { performedBeforeRequest: true as const } : {}),
  };
}

/**
 * The SHA-256 a signature covers for an attachment: the ledger entry's once approved, the
 * performer's record once performed; null before anyone signed (or for the archived certificate).
 */
async function signedDigest(db: Db, requestId: number, attachmentId: string): Promise<string | null> {
  const request = await db.selectFrom('disposal_requests').select(['serial', 'record']).where('id', '=', requestId).executeTakeFirst();
  const entry = request?.serial
    ? await db
        .selectFrom('ledger_entries')
        .select('content')
        .where('kind', '=', 'destruction')
        .where('serial', '=', request.serial)
        .executeTakeFirst()
    : undefined;
  const record: DestructionRecord | null = entry
    ? (JSON.parse(entry.content) as LedgerContent<'destruction'>).body.record
    : request?.record
      ? (JSON.parse(request.record) as DestructionRecord)
      : null;
  return record?.attachments.find((attachment) => attachment.id === attachmentId)?.sha256 ?? null;
}

/** What a new request needs; its attachments already checked (`prepareAttachment`). */
export interface NewRequest {
  items: ReadonlyArray<{ fileId: number; count: number }>;
  method: DestructionMethod;
  reason: DestructionReason;
  place: string;
  note: string;
  attachments: readonly StoredAttachment[];
}

/**
 * Opens a disposal request for these files, checked as every request is (`checkFiles`). Also what
 * the end of a processor's contract opens (method "수탁자 파기", its confirmation attached later:
 * the performer cannot sign until it is there).
 */
export async function openRequest(call: CallContext, input: NewRequest): Promise<RequestRow> {
  const ids = input.items.map((item) => item.fileId);
  if (new Set(ids).size !== ids.length)
    throw new AppError('VALIDATION', '같은 파일을 두 번 넣었습니다.', { fields: { items: '파일마다 한 번만 선택해 주세요.' } });
  for (const id of ids) call.target('pi_file', id);
  const files = await fileViews(call.db, call.today, ids);
  checkFiles(files, input.items, input.method, input.reason, call.today);
  const me = actor(call);
  const inserted = await call.db
    .insertInto('disposal_requests')
    .values({
      status: 'requested',
      method: input.method,
      reason: input.reason,
      place: input.place,
      note: input.note,
      requested_by: me.id,
      requested_at: call.now.toISOString(),
      performed_by: null,
      performed_at: null,
      record: null,
      performer_signature: null,
      approved_by: null,
      approved_at: null,
      serial: null,
      ledger_seq: null,
      ledger_hash: null,
      cancelled_by: null,
      cancelled_at: null,
      cancel_reason: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  call.target('disposal_request', inserted.id);
  await call.db
    .insertInto('disposal_items')
    .values(input.items.map((item) => ({ request_id: inserted.id, file_id: item.fileId, count_destroyed: item.count })))
    .execute();
  for (const attachment of input.attachments) {
    await storeAttachment(call.db, inserted.id, attachment, me.id, call.now);
    call.target('attachment', attachment.id);
  }
  return inserted;
}

export const disposalHandlers: HandlersOf<typeof disposalApi> = {
  'disposal.list': async ({ db, today }, input) => {
    let query = db.selectFrom('disposal_requests').selectAll().orderBy('id', 'desc');
    if (input.status === 'open') query = query.where('status', 'in', ['requested', 'performed']);
    else if (input.status !== 'all') query = query.where('status', '=', input.status);
    const rows = await query.execute();
    return Promise.all(rows.map((row) => toView(db, row, today)));
  },

  'disposal.request': async (call, input) => {
    const attachments = input.attachments.map(prepareAttachment);
    if (input.method === 'processor' && !attachments.some((a) => a.kind === 'processor_confirmation')) {
      throw new AppError('VALIDATION', '수탁자 파기는 수탁자의 파기 확인서를 첨부해야 합니다.', {
        fields: { attachments: '수탁자가 보낸 파기 확인서(PDF 또는 사진)를 첨부해 주세요.' },
      });
    }
    return toView(call.db, await openRequest(call, { ...input, attachments }), call.today);
  },

  /** Evidence added to a request before the performer signs (the processor's 파기 확인서 arriving later). */
  'disposal.attach': async (call, input) => {
    const row = await requestRow(call, input.requestId);
    expectStatus(row, 'requested');
    const attachment = prepareAttachment(input.attachment, 0);
    await storeAttachment(call.db, row.id, attachment, actor(call).id, call.now);
    call.target('attachment', attachment.id);
    return toView(call.db, row, call.today);
  },

  'disposal.perform': async (call, input) => {
    const row = await requestRow(call, input.requestId);
    expectStatus(row, 'requested');
    const items = await call.db.selectFrom('disposal_items').selectAll().where('request_id', '=', row.id).execute();
    const files = await fileViews(
      call.db,
      call.today,
      items.map((item) => item.file_id),
    );
    if (row.method === 'processor' && !(await attachmentRefs(call.db, row.id)).some((a) => a.kind === 'processor_confirmation')) {
      const message = '수탁자의 파기 확인서가 아직 첨부되지 않았습니다. 수탁자에게 받은 파기 확인서를 첨부한 뒤 수행 서명을 해 주세요.';
      throw new AppError('VALIDATION', message, { fields: { attachments: message } });
    }
    const timing = checkPerformedOn(files, seoulDate(new Date(row.requested_at)), input, call.today);
    const asRequested = items.map((item) => ({ fileId: item.file_id, count: item.count_destroyed }));
    checkFiles(files, asRequested, row.method, row.reason, input.performedOn, row.id);
    const key = await unlockOwnKey(call, input.password);
    const me = actor(call);
    // The serial is taken now: the performer's signature covers it, so it cannot be reused elsewhere.
    const serial = await nextSerial(call.db, call.today.slice(0, 4));
    // Records kept row by row (reservations) are deleted now, in the transaction of the signed record.
    const records = await destroyReservationRows(call, row.id);
    const record = { ...(await buildRecord(call, row, input.performedOn, key.signer, serial, timing)), ...(records ? { records } : {}) };
    const text = canonicalJson(record);
    const signature: LedgerSignature = { role: 'performer', keyId: key.keyId, signs: 'record', signature: signText(key.privateKey, text) };
    await call.db
      .updateTable('disposal_requests')
      .set({
        status: 'performed',
        performed_by: me.id,
        performed_at: call.now.toISOString(),
        record: text,
        performer_signature: JSON.stringify(signature),
        serial,
      })
      .where('id', '=', row.id)
      .where('status', '=', 'requested')
      .execute();
    return toView(call.db, await requestRow(call, row.id), call.today);
  },

  'disposal.approve': async (call, input) => {
    const row = await requestRow(call, input.requestId);
    expectStatus(row, 'performed');
    if (!row.record || !row.performer_signature || row.performed_by === null || !row.serial) {
      throw new Error('performed request without a record');
    }
    const { serial } = row;
    const me = actor(call);
    const settings = await readSettings(call.db);
    if (settings.requireDistinctSigners && row.performed_by === me.id) {
      throw new AppError(
        'CONFLICT',
        '파기를 수행한 사람과 다른 사람이 승인해야 합니다. 다른 보호책임자가 승인하거나, 설정에서 이 규칙을 바꾸세요.',
      );
    }
    const performerSignature = JSON.parse(row.performer_signature) as LedgerSignature;
    const performerKey = await activeKeyOf(call.db, row.performed_by);
    if (performerKey?.key_id !== performerSignature.keyId) {
      throw new AppError('CONFLICT', '수행자의 서명 키가 그 뒤 바뀌었습니다(비밀번호 초기화 등). 이 요청을 취소하고 다시 요청해 주세요.');
    }
    const record = JSON.parse(row.record) as DestructionRecord;
    const current = new Map(
      (
        await fileViews(
          call.db,
          call.today,
          record.files.map((f) => f.fileId),
        )
      ).map((f) => [f.id, f]),
    );
    for (const file of record.files) {
      const now = current.get(file.fileId);
      const unchanged =
        now !== undefined &&
        now.status !== 'destroyed' &&
        now.recordCount === file.countBefore &&
        (now.due?.retentionEnds ?? null) === file.retentionEnds;
      if (!unchanged) throw new AppError('CONFLICT', `${file.name}이(가) 수행 서명 뒤에 바뀌었습니다. 요청을 취소하고 다시 요청해 주세요.`);
    }
    const key = await unlockOwnKey(call, input.password);
    const approvedOn = call.today;
    const body: DestructionBody = {
      serial,
      record,
      approval: { approver: key.signer, approvedOn, approvedAt: call.now.toISOString() },
      requireDistinctSigners: settings.requireDistinctSigners,
    };
    const entry = await appendLedgerEntry(call.db, {
      kind: 'destruction',
      body,
      serial,
      recordedAt: call.now,
      earlierSignatures: [performerSignature],
      signers: [{ role: 'approver', keyId: key.keyId, privateKey: key.privateKey }],
    });
    const now = call.now.toISOString();
    for (const file of record.files) {
      await call.db
        .updateTable('pi_files')
        .set({ record_count: file.countAfter, destroyed_at: file.countAfter === 0 ? now : null, updated_at: now })
        .where('id', '=', file.fileId)
        .execute();
    }
    await call.db
      .updateTable('disposal_requests')
      .set({ status: 'completed', approved_by: me.id, approved_at: now, serial, ledger_seq: entry.seq, ledger_hash: entry.hash })
      .where('id', '=', row.id)
      .where('status', '=', 'performed')
      .execute();
    // Whatever the destruction deleted from this file must not survive in the WAL.
    call.afterCommit(() => {
      const state = call.app.state();
      if (state.ok) state.database.checkpoint();
    });
    return toView(call.db, await requestRow(call, row.id), call.today);
  },

  'disposal.cancel': async (call, input) => {
    const row = await requestRow(call, input.requestId);
    if (row.status !== 'requested' && row.status !== 'performed') throw new AppError('CONFLICT', ALREADY[row.status]);
    await refuseCancelAfterDeletion(call, row.id, row.status);
    if (row.status === 'performed' && row.serial) {
      // A signed destruction that will not be approved closes its serial in the ledger, signed by
      // whoever cancels it: the numbering has no silent gap, and the performer's record cannot be used later.
      if (!input.password) {
        throw new AppError('VALIDATION', '수행 서명이 끝난 요청을 취소하려면 본인 비밀번호가 필요합니다.', {
          fields: { password: '비밀번호를 입력해 주세요.' },
        });
      }
      const key = await unlockOwnKey(call, input.password);
      await appendLedgerEntry(call.db, {
        kind: 'destruction.cancelled',
        body: { serial: row.serial, requestId: row.id, reason: input.reason, cancelledBy: key.signer },
        serial: row.serial,
        recordedAt: call.now,
        signers: [{ role: 'witness', keyId: key.keyId, privateKey: key.privateKey }],
      });
    }
    await call.db
      .updateTable('disposal_requests')
      .set({ status: 'cancelled', cancelled_by: actor(call).id, cancelled_at: call.now.toISOString(), cancel_reason: input.reason })
      .where('id', '=', row.id)
      .execute();
    return toView(call.db, await requestRow(call, row.id), call.today);
  },

  'disposal.attachment': async (call, input) => {
    call.target('attachment', input.id);
    const row = await call.db.selectFrom('attachments').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', '첨부 파일을 찾을 수 없습니다.');
    // Opened only as it was signed: the bytes' digest now against the one the signatures cover.
    const signed = await signedDigest(call.db, row.request_id, row.id);
    const actual = sha256Hex(row.data);
    if (actual !== (signed ?? row.sha256)) {
      throw new AppError(
        'CONFLICT',
        `첨부 파일 ‘${row.file_name}’의 내용이 ${signed ? '서명된 기록' : '첨부할 때'}과 다릅니다(SHA-256 불일치). 파일이 바뀌었을 수 있으니 열지 않았습니다. [관리대장 검증]을 실행하고 백업과 대조해 주세요.`,
      );
    }
    return { ref: toRef(row), dataBase64: row.data.toString('base64'), checkedAgainst: signed ? 'signed' : 'stored' };
  },
};
