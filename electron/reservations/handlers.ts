import type { z } from 'zod';
import { AppError } from '../../shared/contract/errors.ts';
import { addDays } from '../../shared/dates/calendar.ts';
import { DESTROY_WITHIN_DAYS } from '../../shared/periods/expiry.ts';
import { toCsv } from '../../shared/formats/csv.ts';
import type { disposalScope, reservationsApi, ScheduleDay } from '../../shared/reservations/contract.ts';
import { reservationsMessages } from '../../shared/reservations/messages.ts';
import { disposalHandlers } from '../disposal/handlers.ts';
import type { CallContext, HandlersOf } from '../handler.ts';
import { confirmationHandlers } from './confirmations.ts';
import { downloadHandlers } from './downloads.ts';
import { reservationImportHandlers } from './import.ts';
import { recomputeDue, reservationFile, settingsView, syncFileCount, viewsOf, type ReservationRow } from './store.ts';

type Scope = z.output<typeof disposalScope>;

/** Counts per day of what falls due from `from` to `until`: a range scan of the due-date index. */
export async function dueCounts(call: CallContext, from: string, until: string): Promise<ScheduleDay[]> {
  const rows = await call.db
    .selectFrom('reservations')
    .select((eb) => ['due_on', eb.fn.countAll<number>().as('n'), eb.fn.min<string>('destroy_by').as('deadline')])
    .where('due_on', '>=', from)
    .where('due_on', '<=', until)
    .groupBy('due_on')
    .orderBy('due_on')
    .execute();
  return rows.map((row) => ({ date: row.due_on, count: Number(row.n), overdue: row.deadline < call.today }));
}

/** How many records are due on `today`, and how many of those are past their deadline. */
export async function dueTotals(call: CallContext): Promise<{ due: number; overdue: number }> {
  const row = await call.db
    .selectFrom('reservations')
    .select((eb) => [
      eb.fn.countAll<number>().as('due'),
      eb.fn.sum<number>(eb.case().when('destroy_by', '<', call.today).then(1).else(0).end()).as('overdue'),
    ])
    .where('due_on', '<=', call.today)
    .executeTakeFirstOrThrow();
  return { due: Number(row.due), overdue: Number(row.overdue ?? 0) };
}

/** The ids a destruction covers; every one must be due today (a request or withdrawal makes it so). */
async function scopeIds(call: CallContext, scope: Scope): Promise<number[]> {
  let query = call.db.selectFrom('reservations').select(['id', 'due_on']).orderBy('id');
  if (scope.kind === 'day') query = query.where('due_on', '=', scope.on);
  if (scope.kind === 'dueBy') query = query.where('due_on', '<=', scope.on);
  if (scope.kind === 'range')
    query = query.where('reserved_on', '>=', scope.from).where('reserved_on', '<=', scope.to).where('due_on', '<=', call.today);
  if (scope.kind === 'ids') query = query.where('id', 'in', scope.ids);
  const rows = await query.execute();
  if (scope.kind === 'ids' && rows.length !== new Set(scope.ids).size) {
    throw new AppError('NOT_FOUND', '선택한 예약 기록 일부가 없습니다(이미 파기되었을 수 있습니다). 목록을 새로 고쳐 주세요.');
  }
  const notYet = rows.filter((row) => row.due_on > call.today);
  if (notYet.length > 0) {
    const first = notYet.map((row) => row.due_on).sort()[0] ?? '';
    const message = `아직 파기일이 되지 않은 기록이 ${notYet.length.toLocaleString('ko-KR')}건 있습니다(가장 이른 파기일 ${first}). 삭제 요구나 동의 철회라면 먼저 [정보주체 요구]에서 기록해 주세요.`;
    throw new AppError('VALIDATION', message, { fields: { scope: message } });
  }
  if (rows.length === 0) {
    const message = '이 범위에 파기할 예약 기록이 없습니다.';
    throw new AppError('VALIDATION', message, { fields: { scope: message } });
  }
  return rows.map((row) => row.id);
}

const SEARCH_LIMIT = 500;

export const reservationsHandlers: HandlersOf<typeof reservationsApi> = {
  'reservations.list': async (call, input) => {
    let query = call.db.selectFrom('reservations').selectAll().orderBy('due_on').orderBy('id');
    if (input.state === 'due') query = query.where('due_on', '<=', call.today).where('destroy_by', '>=', call.today);
    if (input.state === 'overdue') query = query.where('due_on', '<=', call.today).where('destroy_by', '<', call.today);
    return viewsOf(call, await query.execute());
  },

  'reservations.schedule': async (call, input) => {
    if (input.until < input.from) {
      throw new AppError('VALIDATION', '끝 날짜가 시작 날짜보다 앞입니다.', { fields: { until: '끝 날짜가 시작 날짜보다 앞입니다.' } });
    }
    const days = await dueCounts(call, input.from, input.until);
    const totals = await dueTotals(call);
    const held = (await settingsView(call.db)).held;
    return { days, ...totals, held };
  },

  'reservations.due': async (call, input) => {
    const rows = await call.db
      .selectFrom('reservations')
      .selectAll()
      .where('due_on', '<=', input.on)
      .orderBy('due_on')
      .orderBy('id')
      .execute();
    return viewsOf(call, rows);
  },

  'reservations.find': async (call, input) => {
    const text = input.text.trim();
    const digits = text.replace(/\D/g, '');
    // LIKE's own wildcards typed by staff are taken out rather than escaped.
    const like = `%${text.replace(/[%_]/g, '')}%`;
    const rows: ReservationRow[] = await call.db
      .selectFrom('reservations')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb('name', 'like', like),
          eb('email', '=', text.toLowerCase()),
          eb('email', 'like', like),
          ...(digits.length >= 4
            ? [eb(eb.fn('replace', [eb.fn('replace', ['phone', eb.val('-'), eb.val('')]), eb.val(' '), eb.val('')]), 'like', `%${digits}%`)]
            : []),
        ]),
      )
      .orderBy('reserved_on')
      .limit(SEARCH_LIMIT)
      .execute();
    for (const row of rows) call.target('reservation', row.id);
    return viewsOf(call, rows);
  },

  'reservations.recordRequest': async (call, input) => {
    const rows = await call.db.selectFrom('reservations').select(['id', 'due_on', 'destroy_by']).where('id', 'in', input.ids).execute();
    const by = addDays(call.today, DESTROY_WITHIN_DAYS);
    if (rows.length !== new Set(input.ids).size) throw new AppError('NOT_FOUND', '예약 기록 일부를 찾을 수 없습니다. 다시 검색해 주세요.');
    for (const row of rows) {
      call.target('reservation', row.id);
      await call.db
        .updateTable('reservations')
        .set({
          request_kind: input.kind,
          requested_on: call.today,
          due_on: row.due_on < call.today ? row.due_on : call.today,
          destroy_by: row.destroy_by < by ? row.destroy_by : by,
          updated_at: call.now.toISOString(),
        })
        .where('id', '=', row.id)
        .execute();
    }
    return viewsOf(call, await call.db.selectFrom('reservations').selectAll().where('id', 'in', input.ids).orderBy('id').execute());
  },

  'reservations.requestDisposal': async (call, input) => {
    const ids = await scopeIds(call, input.scope);
    await syncFileCount(call);
    const fileId = await reservationFile(call);
    const view = await disposalHandlers['disposal.request'](call, {
      items: [{ fileId, count: ids.length }],
      method: 'electronic_erase',
      reason: input.reason,
      place: input.place,
      note: input.note,
      attachments: [],
    });
    const CHUNK = 500;
    for (let start = 0; start < ids.length; start += CHUNK) {
      await call.db
        .insertInto('reservation_disposal_rows')
        .values(ids.slice(start, start + CHUNK).map((id) => ({ request_id: view.id, reservation_id: id })))
        .execute();
    }
    return view;
  },

  ...reservationImportHandlers,

  'reservations.settings': async (call) => settingsView(call.db),

  'reservations.saveSettings': async (call, input) => {
    if (input.policyId !== null) {
      const policy = await call.db.selectFrom('retention_policies').select('id').where('id', '=', input.policyId).executeTakeFirst();
      if (!policy)
        throw new AppError('NOT_FOUND', '보존기간 정책을 찾을 수 없습니다.', {
          fields: { policyId: '보존기간 정책을 다시 선택해 주세요.' },
        });
      call.target('policy', input.policyId);
    }
    await call.db
      .updateTable('reservation_settings')
      .set({ policy_id: input.policyId, grace_days: input.graceDays })
      .where('id', '=', 1)
      .execute();
    const file = (await settingsView(call.db)).fileId;
    if (file !== null && input.policyId !== null) {
      await call.db
        .updateTable('pi_files')
        .set({ policy_id: input.policyId })
        .where('id', '=', file)
        .where('destroyed_at', 'is', null)
        .execute();
    }
    await recomputeDue(call.db);
    return settingsView(call.db);
  },

  'reservations.exportCsv': async (call) => {
    const rows = await call.db.selectFrom('reservations').selectAll().orderBy('reserved_on').orderBy('id').execute();
    const words = reservationsMessages.columns;
    const csv = toCsv(
      [
        words.bookingId.ko,
        words.name.ko,
        words.nationality.ko,
        words.birthDate.ko,
        words.email.ko,
        words.phone.ko,
        words.department.ko,
        words.reservedAt.ko,
        words.status.ko,
        '예약취소일시',
        words.source.ko,
        words.dueOn.ko,
        words.destroyBy.ko,
      ],
      rows.map((row) => [
        row.booking_id,
        row.name,
        row.nationality,
        row.birth_date,
        row.email,
        row.phone,
        row.department,
        row.reserved_at,
        reservationsMessages.statuses[row.status].ko,
        row.cancelled_at,
        row.source,
        row.due_on,
        row.destroy_by,
      ]),
    );
    return { fileName: `예약기록_${call.today}.csv`, csv, rows: rows.length };
  },

  ...confirmationHandlers,
  ...downloadHandlers,
};
