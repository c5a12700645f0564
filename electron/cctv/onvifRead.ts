import { AppError } from '../../shared/contract/errors.ts';
import type { cctvApi } from '../../shared/cctv/contract.ts';
import { assessRead } from '../../shared/cctv/onvifAssess.ts';
import { holdsOn } from '../../shared/cctv/rules.ts';
import { addDays, seoulDate } from '../../shared/dates/calendar.ts';
import type { Db } from '../../db/connection.ts';
import type { AppContext } from '../context.ts';
import type { DailyNote } from '../domain.ts';
import type { CallContext, HandlersOf } from '../handler.ts';
import { readRecordingSummary } from './onvif.ts';
import { logDays, recorderFacts } from './log.ts';
import { recorderRow, ruleOf, type RecorderRow } from './store.ts';
import { recorderView } from './recorderView.ts';
import { readView } from './reads.ts';

type OnvifHandlers = Pick<HandlersOf<typeof cctvApi>, 'cctv.onvif.configure' | 'cctv.onvif.read'>;

/** The ONVIF password, opened only for the moment of a read; never returned, never logged. */
function passwordOf(app: AppContext, recorder: RecorderRow): string {
  if (!recorder.onvif_secret) throw new AppError('CONFLICT', '이 녹화기의 ONVIF 연결이 설정되어 있지 않습니다.');
  return app.secrets.open(recorder.onvif_secret).toString('utf8');
}

/** Reads one recorder and records the read (and, when it proves them gone, confirms the days it covers). */
export async function readRecorder(
  app: AppContext,
  db: Db,
  recorder: RecorderRow,
  at: Date,
  readBy: number | null,
  write: <T>(work: (db: Db) => Promise<T>) => Promise<T>,
) {
  const today = seoulDate(at);
  if (!recorder.onvif_url || !recorder.onvif_user) throw new AppError('CONFLICT', '이 녹화기의 ONVIF 연결이 설정되어 있지 않습니다.');
  const answer = await readRecordingSummary({ url: recorder.onvif_url, user: recorder.onvif_user, password: passwordOf(app, recorder) });
  const facts = await recorderFacts(db, recorder);
  const assessment = assessRead(
    facts.rule,
    today,
    answer.ok ? { ok: true, dataFrom: answer.summary.dataFrom, numberRecordings: answer.summary.numberRecordings } : answer,
    (day) => holdsOn(facts.holds, facts.cameraIds, day, today).length > 0,
  );
  return write(async (trx) => {
    const row = await trx
      .insertInto('cctv_onvif_reads')
      .values({
        recorder_id: recorder.id,
        at: at.toISOString(),
        outcome: assessment.outcome,
        reason: assessment.reason,
        search_xaddr: answer.ok ? answer.summary.searchXAddr : null,
        data_from: answer.ok ? answer.summary.dataFrom : null,
        data_until: answer.ok ? answer.summary.dataUntil : null,
        number_recordings: answer.ok ? answer.summary.numberRecordings : null,
        read_by: readBy,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    let confirmed = 0;
    // The recorder's own answer proves every deletable day before its oldest footage gone (장비 조회).
    if (assessment.outcome === 'compliant' && assessment.oldestDay && readBy !== null) {
      const until = addDays(assessment.oldestDay, -1);
      const days = await logDays(trx, recorder, addDays(until, -61), until, today);
      const closed = new Set(
        (await trx.selectFrom('cctv_month_closes').select('month').where('recorder_id', '=', recorder.id).execute()).map((c) => c.month),
      );
      for (const day of days) {
        if (day.confirmation || day.status === 'held' || day.status === 'kept' || closed.has(day.recordedOn.slice(0, 7))) continue;
        await trx
          .insertInto('cctv_confirmations')
          .values({
            recorder_id: recorder.id,
            recorded_on: day.recordedOn,
            confirmed_on: today,
            method: 'device',
            oldest_held: assessment.oldestDay,
            note: 'ONVIF GetRecordingSummary',
            confirmed_by: readBy,
            created_at: at.toISOString(),
          })
          .execute();
        confirmed += 1;
      }
    }
    return { view: readView(row, facts.rule), confirmed };
  });
}

export const onvifHandlers: OnvifHandlers = {
  'cctv.onvif.configure': async (call, input) => {
    const recorder = await recorderRow(call, input.recorderId);
    if (recorder.retired_at) throw new AppError('CONFLICT', '사용을 마친 녹화기입니다.');
    await call.db
      .updateTable('cctv_recorders')
      .set({
        onvif_url: input.url,
        onvif_user: input.user,
        onvif_secret: call.app.secrets.seal(Buffer.from(input.password, 'utf8')),
        updated_at: call.now.toISOString(),
      })
      .where('id', '=', recorder.id)
      .execute();
    return recorderView(call, recorder.id);
  },

  'cctv.onvif.read': async (call, { recorderId }) => {
    // Declared without a transaction: the recorder may take seconds to answer, and the database is not held meanwhile.
    call.target('cctv_recorder', recorderId);
    const recorder = await call.db.selectFrom('cctv_recorders').selectAll().where('id', '=', recorderId).executeTakeFirst();
    if (!recorder) throw new AppError('NOT_FOUND', '녹화기를 찾을 수 없습니다. 목록을 새로 고쳐 주세요.');
    const user = call.session.user;
    const { view } = await readRecorder(call.app, call.db, recorder, call.now, user?.id ?? null, (work) =>
      call.db.transaction().execute(work),
    );
    return view;
  },
};

/** The daily run's part: each recorder with an ONVIF address is read once; what came of it, by recorder id. */
export async function cctvDaily(call: CallContext): Promise<DailyNote[]> {
  const recorders = await call.db
    .selectFrom('cctv_recorders')
    .selectAll()
    .where('retired_at', 'is', null)
    .where('onvif_url', 'is not', null)
    .execute();
  const notes: DailyNote[] = [];
  for (const recorder of recorders) {
    const { view } = await readRecorder(call.app, call.db, recorder, call.now, null, (work) => work(call.db));
    const { label } = ruleOf(recorder.retention_preset_id);
    notes.push({
      message:
        view.outcome === 'compliant' ? 'cctv.daily.compliant' : view.outcome === 'flagged' ? 'cctv.daily.flagged' : 'cctv.daily.manual',
      params: { recorderId: recorder.id, oldest: view.oldestDay ?? '', allowed: view.oldestAllowed, reason: view.reason, rule: label },
      failed: view.outcome !== 'compliant',
    });
  }
  return notes;
}
