import { AppError } from '../../shared/contract/errors.ts';
import type { cctvApi, LogMonth } from '../../shared/cctv/contract.ts';
import { dateRange, daysOfMonth, footageDay } from '../../shared/cctv/footage.ts';
import { confirmationProblem, logDay, type DayConfirmation, type LogDay } from '../../shared/cctv/rules.ts';
import { canonicalJson } from '../../shared/ledger/canonical.ts';
import type { CctvMonthBody } from '../../shared/ledger/types.ts';
import { describeRule } from '../../shared/periods/rule.ts';
import type { Db } from '../../db/connection.ts';
import { unlockOwnKey } from '../accounts/passwords.ts';
import { sha256Hex } from '../crypto/signing.ts';
import { appendLedgerEntry } from '../ledger/append.ts';
import { actor, type HandlersOf } from '../handler.ts';
import { holdSpans, recorderRow, ruleOf, staffById, type RecorderRow } from './store.ts';

type LogHandlers = Pick<HandlersOf<typeof cctvApi>, 'cctv.log.month' | 'cctv.log.fill' | 'cctv.log.close'>;

/** What the rules need of a recorder: its rule, its cameras (for holds) and whether one films an operating room. */
export async function recorderFacts(db: Db, recorder: RecorderRow) {
  const cameras = await db
    .selectFrom('cctv_cameras')
    .select(['id', 'operating_room', 'retired_at'])
    .where('recorder_id', '=', recorder.id)
    .execute();
  return {
    ...ruleOf(recorder.retention_preset_id),
    cameraIds: new Set(cameras.map((c) => c.id)),
    operatingRoom: cameras.some((c) => c.operating_room === 1 && c.retired_at === null),
    holds: await holdSpans(db),
  };
}

async function confirmationsOf(db: Db, recorderId: number, from: string, until: string) {
  return db
    .selectFrom('cctv_confirmations')
    .selectAll()
    .where('recorder_id', '=', recorderId)
    .where('recorded_on', '>=', from)
    .where('recorded_on', '<=', until)
    .orderBy('recorded_on')
    .execute();
}

/** The days of a recorder from `from` to `until` as the log shows them. */
export async function logDays(db: Db, recorder: RecorderRow, from: string, until: string, today: string): Promise<LogDay[]> {
  const facts = await recorderFacts(db, recorder);
  const confirmed = new Map((await confirmationsOf(db, recorder.id, from, until)).map((c) => [c.recorded_on, c]));
  return dateRange(from, until).map((day) => {
    const c = confirmed.get(day);
    const confirmation: DayConfirmation | null = c ? { confirmedOn: c.confirmed_on, method: c.method } : null;
    return logDay(facts.rule, day, {
      today,
      operatingRoom: facts.operatingRoom,
      cameraIds: facts.cameraIds,
      holds: facts.holds,
      confirmation,
    });
  });
}

async function closedMonth(db: Db, recorderId: number, month: string) {
  return db.selectFrom('cctv_month_closes').selectAll().where('recorder_id', '=', recorderId).where('month', '=', month).executeTakeFirst();
}

export const logHandlers: LogHandlers = {
  'cctv.log.month': async (call, { recorderId, month }) => {
    const recorder = await recorderRow(call, recorderId);
    const days = daysOfMonth(month);
    const first = days[0] as string;
    const last = days.at(-1) as string;
    const facts = await recorderFacts(call.db, recorder);
    const staff = await staffById(call.db);
    const rows = new Map((await confirmationsOf(call.db, recorderId, first, last)).map((c) => [c.recorded_on, c]));
    const log = await logDays(call.db, recorder, first, last, call.today);
    const closed = await closedMonth(call.db, recorderId, month);
    const view: LogMonth = {
      recorder: { id: recorder.id, name: recorder.name, retentionLabel: describeRule(facts.rule), operatingRoom: facts.operatingRoom },
      month,
      days: log.map((day) => {
        const row = rows.get(day.recordedOn);
        return { ...day, confirmedBy: row ? (staff.get(row.confirmed_by)?.name ?? null) : null, oldestHeld: row?.oldest_held ?? null };
      }),
      closed: closed ? { seq: closed.ledger_seq, closedAt: closed.closed_at, closedBy: staff.get(closed.closed_by)?.name ?? '' } : null,
      closable: !closed && last < call.today && log.every((d) => d.confirmation !== null || d.status === 'held'),
    };
    return view;
  },

  'cctv.log.fill': async (call, input) => {
    const recorder = await recorderRow(call, input.recorderId);
    if (recorder.retired_at) throw new AppError('CONFLICT', '사용을 마친 녹화기입니다.');
    const facts = await recorderFacts(call.db, recorder);
    const days = await logDays(call.db, recorder, input.from, input.until, call.today);
    for (const month of new Set(days.map((d) => d.recordedOn.slice(0, 7)))) {
      if (await closedMonth(call.db, recorder.id, month)) {
        throw new AppError('CONFLICT', `${month}은(는) 이미 마감되어 서명된 달입니다. 마감한 달의 확인 기록은 바꿀 수 없습니다.`);
      }
    }
    const open = days.filter((d) => d.confirmation === null && d.status !== 'held');
    for (const day of open) {
      const problem = confirmationProblem(footageDay(facts.rule, day.recordedOn, facts.operatingRoom), input.confirmedOn, call.today);
      if (problem) throw new AppError('VALIDATION', problem, { fields: { confirmedOn: problem } });
    }
    if (input.oldestHeld !== undefined && input.oldestHeld <= input.until) {
      const message = `녹화기에 ${input.oldestHeld} 촬영분이 남아 있다면 ${input.until} 촬영분까지 삭제되었다고 확인할 수 없습니다.`;
      throw new AppError('VALIDATION', message, { fields: { oldestHeld: message } });
    }
    const me = actor(call);
    const now = call.now.toISOString();
    for (const day of open) {
      await call.db
        .insertInto('cctv_confirmations')
        .values({
          recorder_id: recorder.id,
          recorded_on: day.recordedOn,
          confirmed_on: input.confirmedOn,
          method: input.method,
          oldest_held: input.oldestHeld ?? null,
          note: input.note,
          confirmed_by: me.id,
          created_at: now,
        })
        .execute();
    }
    return { filled: open.length, skipped: days.length - open.length };
  },

  'cctv.log.close': async (call, { recorderId, month, password }) => {
    const recorder = await recorderRow(call, recorderId);
    if (await closedMonth(call.db, recorderId, month))
      throw new AppError('CONFLICT', `${recorder.name}의 ${month}은(는) 이미 마감했습니다.`);
    const dates = daysOfMonth(month);
    const last = dates.at(-1) as string;
    if (last >= call.today) throw new AppError('CONFLICT', `${month}이(가) 아직 끝나지 않았습니다. 달이 끝난 뒤에 마감해 주세요.`);
    const days = await logDays(call.db, recorder, dates[0] as string, last, call.today);
    const missing = days.filter((d) => d.confirmation === null && d.status !== 'held').map((d) => d.recordedOn);
    if (missing.length > 0) {
      throw new AppError(
        'CONFLICT',
        `삭제 확인이 없는 날이 ${missing.length}일 있습니다(${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ' …' : ''}). 먼저 확인을 채워 주세요.`,
      );
    }
    const key = await unlockOwnKey(call, password);
    const { rule, label, basis } = ruleOf(recorder.retention_preset_id);
    const rows = await confirmationsOf(call.db, recorderId, dates[0] as string, last);
    const body: CctvMonthBody = {
      recorder: { id: recorder.id, name: recorder.name },
      month,
      rule: { presetId: recorder.retention_preset_id, label, text: describeRule(rule), basis },
      days: days.length,
      confirmed: days.filter((d) => d.status === 'confirmed').length,
      late: days.filter((d) => d.status === 'late').length,
      held: days.filter((d) => d.confirmation === null && d.status === 'held').length,
      confirmationsDigest: sha256Hex(
        canonicalJson(
          rows.map((r) => ({
            recordedOn: r.recorded_on,
            confirmedOn: r.confirmed_on,
            method: r.method,
            oldestHeld: r.oldest_held,
            by: r.confirmed_by,
          })),
        ),
      ),
      closedBy: key.signer,
    };
    const entry = await appendLedgerEntry(call.db, {
      kind: 'cctv.month',
      body,
      recordedAt: call.now,
      signers: [{ role: 'witness', keyId: key.keyId, privateKey: key.privateKey }],
    });
    await call.db
      .insertInto('cctv_month_closes')
      .values({ recorder_id: recorderId, month, ledger_seq: entry.seq, closed_by: key.signer.userId, closed_at: call.now.toISOString() })
      .execute();
    return { seq: entry.seq };
  },
};
