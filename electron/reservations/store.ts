import type { Selectable } from 'kysely';
import { sql } from 'kysely';
import type { Db } from '../../db/connection.ts';
import type { ReservationsTable } from '../../db/schema.ts';
import type { ReservationSettingsView, ReservationView } from '../../shared/reservations/contract.ts';
import { DEFAULT_RESERVATION_RULE, dueState, reservationDue } from '../../shared/reservations/records.ts';
import { describeRule, type RetentionRule } from '../../shared/periods/rule.ts';
import { toPolicyView } from '../policies/handlers.ts';
import type { CallContext } from '../handler.ts';

export type ReservationRow = Selectable<ReservationsTable>;

export interface ReservationRule {
  rule: RetentionRule;
  graceDays: number;
  policyId: number | null;
  policyName: string | null;
  fileId: number | null;
}

/** The rule the clinic attached to reservation data (or the default: until the reservation work ends). */
export async function reservationRule(db: Db): Promise<ReservationRule> {
  const settings = await db.selectFrom('reservation_settings').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  const policy =
    settings.policy_id === null
      ? undefined
      : await db.selectFrom('retention_policies').selectAll().where('id', '=', settings.policy_id).executeTakeFirst();
  const view = policy ? toPolicyView(policy) : null;
  return {
    rule: view?.rule ?? DEFAULT_RESERVATION_RULE,
    graceDays: settings.grace_days,
    policyId: view?.id ?? null,
    policyName: view?.name ?? null,
    fileId: settings.file_id,
  };
}

export async function settingsView(db: Db): Promise<ReservationSettingsView> {
  const rule = await reservationRule(db);
  const held = await heldCount(db);
  const policy =
    rule.policyId === null ? null : { id: rule.policyId, name: rule.policyName ?? '', rule: rule.rule, ruleText: describeRule(rule.rule) };
  return { policy, ruleText: describeRule(rule.rule), graceDays: rule.graceDays, fileId: rule.fileId, held };
}

export async function heldCount(db: Db): Promise<number> {
  const row = await db
    .selectFrom('reservations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The open destruction request holding each record, for the records asked about. */
export async function pendingOf(db: Db): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('reservation_disposal_rows')
    .innerJoin('disposal_requests', 'disposal_requests.id', 'reservation_disposal_rows.request_id')
    .select(['reservation_disposal_rows.reservation_id as id', 'disposal_requests.id as requestId'])
    .where('disposal_requests.status', '=', 'requested')
    .execute();
  return new Map(rows.map((row) => [row.id, row.requestId]));
}

export function toView(row: ReservationRow, today: string, pending: ReadonlyMap<number, number>): ReservationView {
  return {
    id: row.id,
    source: row.source,
    bookingId: row.booking_id,
    name: row.name,
    nationality: row.nationality,
    birthDate: row.birth_date,
    email: row.email,
    phone: row.phone,
    department: row.department,
    reservedAt: row.reserved_at,
    reservedOn: row.reserved_on,
    status: row.status,
    cancelledAt: row.cancelled_at,
    child: row.child === 1,
    request: row.request_kind,
    requestedOn: row.requested_on,
    dueOn: row.due_on,
    destroyBy: row.destroy_by,
    state: dueState({ dueOn: row.due_on, destroyBy: row.destroy_by }, today),
    pendingRequestId: pending.get(row.id) ?? null,
  };
}

export async function viewsOf(call: CallContext, rows: ReservationRow[]): Promise<ReservationView[]> {
  const pending = await pendingOf(call.db);
  return rows.map((row) => toView(row, call.today, pending));
}

/** A stored row's due date under the rule (the cancellation date is the day part of cancelled_at). */
export function dueOfRow(
  rule: ReservationRule,
  row: Pick<ReservationRow, 'reserved_on' | 'cancelled_at' | 'status' | 'requested_on'>,
): { due_on: string; destroy_by: string } {
  const due = reservationDue(rule.rule, rule.graceDays, {
    reservedOn: row.reserved_on,
    cancelledOn: row.cancelled_at ? row.cancelled_at.slice(0, 10) : null,
    status: row.status,
    requestedOn: row.requested_on,
  });
  return { due_on: due.dueOn, destroy_by: due.destroyBy };
}

/** Every record's stored due date again, after the rule changed (one statement per distinct input). */
export async function recomputeDue(db: Db): Promise<void> {
  const rule = await reservationRule(db);
  const groups = await db
    .selectFrom('reservations')
    .select(['reserved_on', 'cancelled_at', 'status', 'requested_on'])
    .select(sql<string>`substr(coalesce(cancelled_at, ''), 1, 10)`.as('cancelled_on'))
    .groupBy(['reserved_on', sql`substr(coalesce(cancelled_at, ''), 1, 10)`, 'status', 'requested_on'])
    .execute();
  for (const group of groups) {
    const due = dueOfRow(rule, group);
    await db
      .updateTable('reservations')
      .set(due)
      .where('reserved_on', '=', group.reserved_on)
      .where(sql<string>`substr(coalesce(cancelled_at, ''), 1, 10)`, '=', group.cancelled_on)
      .where('status', '=', group.status)
      .where((eb) => (group.requested_on === null ? eb('requested_on', 'is', null) : eb('requested_on', '=', group.requested_on)))
      .execute();
  }
}

const FILE_ITEMS = '이름·국적·생년월일·이메일·전화번호·진료과·예약일시';

/**
 * The register's entry for the reservation records (a personal-information file held in this
 * program's database): its count is the number of records held, and the destruction workflow
 * destroys from it. Made on first use, under the clinic's reservation policy.
 */
export async function reservationFile(call: CallContext): Promise<number> {
  const rule = await reservationRule(call.db);
  if (rule.fileId !== null) {
    const file = await call.db.selectFrom('pi_files').select(['id', 'destroyed_at']).where('id', '=', rule.fileId).executeTakeFirst();
    if (file && file.destroyed_at === null) return file.id;
  }
  const now = call.now.toISOString();
  const policyId = rule.policyId ?? (await reservationPolicyId(call));
  const inserted = await call.db
    .insertInto('pi_files')
    .values({
      name: '홈페이지 예약자 정보',
      items: FILE_ITEMS,
      media_kind: 'electronic',
      location_kind: 'app_db',
      location_detail: 'Retention Desk 예약 기록 (예약 시스템에서 가져옴)',
      record_count: await heldCount(call.db),
      policy_id: policyId,
      created_on: call.today,
      start_date: null,
      event_date: null,
      hold_reason: null,
      hold_until: null,
      destroyed_at: null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  call.target('pi_file', inserted.id);
  await call.db.updateTable('reservation_settings').set({ file_id: inserted.id, policy_id: policyId }).where('id', '=', 1).execute();
  return inserted.id;
}

/** A policy for reservation data: one kept "until the reservation work ends", or a new one of that rule. */
async function reservationPolicyId(call: CallContext): Promise<number> {
  const policies = (await call.db.selectFrom('retention_policies').selectAll().where('archived_at', 'is', null).execute()).map(
    toPolicyView,
  );
  const fitting = policies.find((policy) => policy.rule.kind === 'event' && policy.rule.event === 'reservation_end');
  if (fitting) return fitting.id;
  const now = call.now.toISOString();
  const inserted = await call.db
    .insertInto('retention_policies')
    .values({
      name: '홈페이지 예약 정보',
      description: '홈페이지 예약: 예약 업무가 종료된 때 지체 없이 파기',
      start_label: '예약 업무 종료일',
      preset_id: null,
      rule: JSON.stringify(DEFAULT_RESERVATION_RULE),
      basis: '개인정보 보호법 제21조',
      minimum: 0,
      created_at: now,
      updated_at: now,
      archived_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** The register's count follows the records held (the 파기 관리대장's 보유건수). */
export async function syncFileCount(call: CallContext): Promise<void> {
  const fileId = await reservationFile(call);
  await call.db
    .updateTable('pi_files')
    .set({ record_count: await heldCount(call.db), updated_at: call.now.toISOString() })
    .where('id', '=', fileId)
    .execute();
}
