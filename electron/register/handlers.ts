import type { Selectable } from 'kysely';
import { AppError } from '../../shared/contract/errors.ts';
import type { FileView, fileInput, registerApi } from '../../shared/register/contract.ts';
import { FILE_STATUS_LABELS, LOCATION_LABELS, MEDIA_KIND_LABELS, fileStatus } from '../../shared/register/files.ts';
import { toCsv } from '../../shared/formats/csv.ts';
import { dueDates } from '../../shared/periods/rule.ts';
import type { z } from 'zod';
import type { Db } from '../../db/connection.ts';
import type { PiFilesTable, RetentionPoliciesTable } from '../../db/schema.ts';
import { policyById, toPolicyView } from '../policies/handlers.ts';
import type { CallContext, HandlersOf } from '../handler.ts';

type FileRow = Selectable<PiFilesTable>;

/** Files of requests not yet completed or cancelled: shown as "in progress", not offered again. */
async function pendingRequests(db: Db): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('disposal_items')
    .innerJoin('disposal_requests', 'disposal_requests.id', 'disposal_items.request_id')
    .select(['disposal_items.file_id', 'disposal_requests.id'])
    .where('disposal_requests.status', 'in', ['requested', 'performed'])
    .execute();
  return new Map(rows.map((row) => [row.file_id, row.id]));
}

export function toFileView(
  row: FileRow,
  policyRow: Selectable<RetentionPoliciesTable>,
  today: string,
  pendingRequestId: number | null,
): FileView {
  const policy = toPolicyView(policyRow);
  const due = dueDates(policy.rule, { startDate: row.start_date, eventDate: row.event_date });
  const onHold = row.hold_reason !== null && (row.hold_until === null || row.hold_until >= today);
  return {
    id: row.id,
    name: row.name,
    items: row.items,
    mediaKind: row.media_kind,
    locationKind: row.location_kind,
    locationDetail: row.location_detail,
    recordCount: row.record_count,
    policy: {
      id: policy.id,
      name: policy.name,
      rule: policy.rule,
      ruleText: policy.ruleText,
      basis: policy.basis,
      ruleKind: policy.rule.kind,
      startLabel: policy.startLabel,
      minimum: policy.minimum,
    },
    createdOn: row.created_on,
    startDate: row.start_date,
    eventDate: row.event_date,
    hold: row.hold_reason !== null ? { reason: row.hold_reason, until: row.hold_until } : null,
    due,
    status: fileStatus(
      {
        destroyed: row.destroyed_at !== null,
        onHold,
        pendingRequest: pendingRequestId !== null,
        destroyFrom: due?.destroyFrom ?? null,
        destroyBy: due?.destroyBy ?? null,
      },
      today,
    ),
    pendingRequestId,
    destroyedAt: row.destroyed_at,
    updatedAt: row.updated_at,
  };
}

export async function fileViews(db: Db, today: string, ids?: readonly number[]): Promise<FileView[]> {
  let query = db.selectFrom('pi_files').selectAll().orderBy('name');
  if (ids) query = query.where('id', 'in', ids.length > 0 ? [...ids] : [-1]);
  const [rows, policies, pending] = await Promise.all([
    query.execute(),
    db.selectFrom('retention_policies').selectAll().execute(),
    pendingRequests(db),
  ]);
  const policiesById = new Map(policies.map((p) => [p.id, p]));
  return rows.map((row) => {
    const policy = policiesById.get(row.policy_id);
    if (!policy) throw new Error(`file ${row.id} refers to missing policy ${row.policy_id}`);
    return toFileView(row, policy, today, pending.get(row.id) ?? null);
  });
}

async function listed(db: Db, today: string, includeDestroyed: boolean): Promise<FileView[]> {
  const views = await fileViews(db, today);
  return includeDestroyed ? views : views.filter((file) => file.status !== 'destroyed');
}

export async function fileView(call: CallContext, id: number): Promise<FileView> {
  call.target('pi_file', id);
  const [view] = await fileViews(call.db, call.today, [id]);
  if (!view) throw new AppError('NOT_FOUND', '개인정보 파일을 찾을 수 없습니다. 목록을 새로 고쳐 주세요.');
  return view;
}

/** The date a rule counts from must be given for that kind of rule, and not lie in the future. */
export function dateProblems(input: z.output<typeof fileInput>, ruleKind: string, today: string): Record<string, string> {
  const fields: Record<string, string> = {};
  if (ruleKind === 'fixed' && !input.startDate) fields.startDate = '이 보존기간은 시작일부터 셉니다. 시작일을 입력해 주세요.';
  if (input.startDate && input.startDate > today) fields.startDate = '시작일은 오늘 이후일 수 없습니다.';
  if (input.eventDate && input.eventDate > today) fields.eventDate = '아직 오지 않은 날짜입니다.';
  if (input.createdOn > today) fields.createdOn = '생성일은 오늘 이후일 수 없습니다.';
  return fields;
}

function checkDates(input: z.output<typeof fileInput>, ruleKind: string, today: string): void {
  const fields = dateProblems(input, ruleKind, today);
  if (Object.keys(fields).length > 0) throw new AppError('VALIDATION', '날짜를 확인해 주세요.', { fields });
}

/** A new file of the register (the form's save and the import both add files so). */
export async function insertFile(call: CallContext, input: z.output<typeof fileInput>): Promise<number> {
  const now = call.now.toISOString();
  const inserted = await call.db
    .insertInto('pi_files')
    .values({ ...fileValues(input, now), hold_reason: null, hold_until: null, destroyed_at: null, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  call.target('pi_file', inserted.id);
  return inserted.id;
}

function fileValues(input: z.output<typeof fileInput>, now: string) {
  return {
    name: input.name,
    items: input.items,
    media_kind: input.mediaKind,
    location_kind: input.locationKind,
    location_detail: input.locationDetail,
    record_count: input.recordCount,
    policy_id: input.policyId,
    created_on: input.createdOn,
    start_date: input.startDate,
    event_date: input.eventDate,
    updated_at: now,
  };
}

async function fileRow(call: CallContext, id: number): Promise<FileRow> {
  call.target('pi_file', id);
  const row = await call.db.selectFrom('pi_files').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', '개인정보 파일을 찾을 수 없습니다. 목록을 새로 고쳐 주세요.');
  if (row.destroyed_at) throw new AppError('CONFLICT', '파기가 끝난 파일은 바꿀 수 없습니다.');
  return row;
}

async function assertNotInProgress(db: Db, id: number): Promise<void> {
  if ((await pendingRequests(db)).has(id)) {
    throw new AppError('CONFLICT', '파기 요청이 진행 중인 파일입니다. 요청을 마치거나 취소한 뒤에 바꿔 주세요.');
  }
}

/** Every method but the import's (electron/register/import.ts, which uses these). */
export const registerHandlers: Omit<HandlersOf<typeof registerApi>, 'register.importPreview' | 'register.import'> = {
  'register.list': async ({ db, today }, input) => listed(db, today, input.includeDestroyed),

  'register.exportCsv': async ({ db, today }, input) => {
    const files = await listed(db, today, input.includeDestroyed);
    const csv = toCsv(
      [
        '개인정보 파일명',
        '개인정보 항목',
        '자료의 종류',
        '보관 위치',
        '보유 건수',
        '보존기간 정책',
        '보존기간',
        '근거',
        '생성일',
        // The dates the rule counts from: with them an exported register imports back as it was.
        '보존기간 시작일',
        '종료 사유 발생일',
        '보존 종료일',
        '파기 기한',
        '상태',
      ],
      files.map((file) => [
        file.name,
        file.items,
        MEDIA_KIND_LABELS[file.mediaKind],
        `${LOCATION_LABELS[file.locationKind]} — ${file.locationDetail}`,
        file.recordCount,
        file.policy.name,
        file.policy.ruleText,
        file.policy.basis,
        file.createdOn,
        file.startDate ?? '',
        file.eventDate ?? '',
        file.due?.retentionEnds ?? '',
        file.due?.destroyBy ?? '',
        FILE_STATUS_LABELS[file.status],
      ]),
    );
    return { fileName: `개인정보파일목록_${today}.csv`, csv, rows: files.length };
  },

  'register.save': async (call, input) => {
    const policy = await policyById(call.db, input.policyId);
    if (policy.archived_at)
      throw new AppError('VALIDATION', '보관 처리된 정책입니다.', { fields: { policyId: '사용 중인 정책을 선택해 주세요.' } });
    checkDates(input, toPolicyView(policy).rule.kind, call.today);
    if (input.id !== undefined) {
      await fileRow(call, input.id);
      await assertNotInProgress(call.db, input.id);
      await call.db.updateTable('pi_files').set(fileValues(input, call.now.toISOString())).where('id', '=', input.id).execute();
      return fileView(call, input.id);
    }
    return fileView(call, await insertFile(call, input));
  },

  'register.recordEvent': async (call, input) => {
    await fileRow(call, input.id);
    await assertNotInProgress(call.db, input.id);
    if (input.eventDate > call.today)
      throw new AppError('VALIDATION', '아직 오지 않은 날짜입니다.', { fields: { eventDate: '오늘 이전 날짜를 입력해 주세요.' } });
    await call.db
      .updateTable('pi_files')
      .set({ event_date: input.eventDate, updated_at: call.now.toISOString() })
      .where('id', '=', input.id)
      .execute();
    return fileView(call, input.id);
  },

  'register.hold': async (call, input) => {
    await fileRow(call, input.id);
    await assertNotInProgress(call.db, input.id);
    if (input.until !== null && input.until < call.today) {
      throw new AppError('VALIDATION', '연장 기한이 이미 지났습니다.', { fields: { until: '오늘 이후 날짜를 입력하거나 비워 두세요.' } });
    }
    await call.db
      .updateTable('pi_files')
      .set({ hold_reason: input.reason, hold_until: input.until, updated_at: call.now.toISOString() })
      .where('id', '=', input.id)
      .execute();
    return fileView(call, input.id);
  },

  'register.release': async (call, input) => {
    const row = await fileRow(call, input.id);
    if (row.hold_reason === null) throw new AppError('CONFLICT', '보존 연장 중인 파일이 아닙니다.');
    await call.db
      .updateTable('pi_files')
      .set({ hold_reason: null, hold_until: null, updated_at: call.now.toISOString() })
      .where('id', '=', input.id)
      .execute();
    return fileView(call, input.id);
  },
};
