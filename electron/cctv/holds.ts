import { AppError } from '../../shared/contract/errors.ts';
import { REQUEST_HANDLERS, type cctvApi, type HoldView } from '../../shared/cctv/contract.ts';
import { admits } from '../../shared/contract/method.ts';
import { dateRange } from '../../shared/cctv/footage.ts';
import { overlaps } from '../../shared/cctv/rules.ts';
import type { Db } from '../../db/connection.ts';
import { actor, type CallContext, type HandlersOf } from '../handler.ts';
import { holdSpans } from './store.ts';

type HoldHandlers = Pick<HandlersOf<typeof cctvApi>, 'cctv.holds.list' | 'cctv.holds.save' | 'cctv.holds.release'>;

async function cameraLabels(db: Db): Promise<Map<number, { label: string; recorderId: number }>> {
  const rows = await db
    .selectFrom('cctv_cameras')
    .innerJoin('cctv_recorders', 'cctv_recorders.id', 'cctv_cameras.recorder_id')
    .select(['cctv_cameras.id', 'cctv_cameras.number', 'cctv_cameras.location', 'cctv_recorders.name', 'cctv_cameras.recorder_id'])
    .execute();
  return new Map(rows.map((r) => [r.id, { label: `${r.name} ${r.number} (${r.location})`, recorderId: r.recorder_id }]));
}

export async function holdViews(db: Db, personal = true): Promise<HoldView[]> {
  const rows = await db.selectFrom('cctv_holds').selectAll().orderBy('id', 'desc').execute();
  const spans = new Map((await holdSpans(db)).map((s) => [s.id, s]));
  const labels = await cameraLabels(db);
  return rows.map((row) => {
    const cameraIds = [...(spans.get(row.id)?.cameraIds ?? [])];
    const recorders = new Set(cameraIds.map((id) => labels.get(id)?.recorderId));
    return {
      id: row.id,
      cameraIds,
      cameraLabels: cameraIds.map((id) => labels.get(id)?.label ?? String(id)),
      from: row.from_date,
      until: row.until_date,
      reason: row.reason,
      requester: personal ? row.requester : null,
      reviewOn: row.review_on,
      releasedOn: row.released_on,
      releaseNote: row.release_note,
      days: dateRange(row.from_date, row.until_date).length * recorders.size,
    };
  });
}

async function holdView(call: CallContext, id: number): Promise<HoldView> {
  const view = (await holdViews(call.db)).find((h) => h.id === id);
  if (!view) throw new AppError('NOT_FOUND', '보존 연장을 찾을 수 없습니다. 목록을 새로 고쳐 주세요.');
  return view;
}

export const holdHandlers: HoldHandlers = {
  'cctv.holds.list': (call) => {
    const role = call.session.user?.role;
    return holdViews(call.db, role !== undefined && admits(REQUEST_HANDLERS, role));
  },

  /**
   * Overlapping holds on the same camera are never counted twice: refused, or (merge) one hold that
   * spans both, with both reasons.
   */
  'cctv.holds.save': async (call, input) => {
    const cameraIds = [...new Set(input.cameraIds)];
    const labels = await cameraLabels(call.db);
    for (const id of cameraIds) {
      if (!labels.has(id))
        throw new AppError('VALIDATION', '선택한 카메라를 찾을 수 없습니다.', { fields: { cameraIds: '카메라를 다시 선택해 주세요.' } });
    }
    if (input.reviewOn < call.today) {
      throw new AppError('VALIDATION', '검토일은 오늘 이후로 정해 주세요.', { fields: { reviewOn: '검토일은 오늘 이후로 정해 주세요.' } });
    }
    const active = (await holdSpans(call.db)).filter((h) => h.releasedOn === null);
    const clashing = active.filter((h) => overlaps(h, input) && h.cameraIds.some((c) => cameraIds.includes(c)));
    if (clashing.length > 0 && !input.merge) {
      const first = clashing[0];
      throw new AppError(
        'CONFLICT',
        `같은 카메라에 기간이 겹치는 보존 연장(${first?.from} ~ ${first?.until})이 이미 있습니다. 기간을 바꾸거나 [겹치는 보존 연장과 합치기]를 선택해 주세요.`,
        { fields: { from: '기간이 겹치는 보존 연장이 있습니다.' } },
      );
    }
    const me = actor(call);
    const now = call.now.toISOString();
    if (clashing.length > 0) {
      // Merge: the earliest clashing hold grows to cover all, the others are released into it.
      const rows = await call.db
        .selectFrom('cctv_holds')
        .selectAll()
        .where(
          'id',
          'in',
          clashing.map((h) => h.id),
        )
        .orderBy('id')
        .execute();
      const target = rows[0];
      if (!target) throw new Error('clashing hold vanished');
      const from = [input.from, ...rows.map((r) => r.from_date)].reduce((a, b) => (a < b ? a : b));
      const until = [input.until, ...rows.map((r) => r.until_date)].reduce((a, b) => (a > b ? a : b));
      const reviewOn = [input.reviewOn, ...rows.map((r) => r.review_on)].reduce((a, b) => (a > b ? a : b));
      const reasons = [...new Set([...rows.map((r) => r.reason), input.reason])].join(' / ');
      const requesters = [...new Set([...rows.map((r) => r.requester), input.requester])].join(' / ');
      await call.db
        .updateTable('cctv_holds')
        .set({
          from_date: from,
          until_date: until,
          review_on: reviewOn,
          reason: reasons.slice(0, 1000),
          requester: requesters.slice(0, 500),
        })
        .where('id', '=', target.id)
        .execute();
      const all = new Set([...cameraIds, ...clashing.flatMap((h) => h.cameraIds)]);
      for (const other of rows.slice(1)) {
        await call.db
          .updateTable('cctv_holds')
          .set({ released_on: call.today, released_by: me.id, release_note: `보존 연장 ${target.id}에 합침` })
          .where('id', '=', other.id)
          .execute();
      }
      const existing = new Set(clashing.find((h) => h.id === target.id)?.cameraIds ?? []);
      for (const camera of all) {
        if (!existing.has(camera))
          await call.db.insertInto('cctv_hold_cameras').values({ hold_id: target.id, camera_id: camera }).execute();
      }
      call.target('cctv_hold', target.id);
      return holdView(call, target.id);
    }
    const inserted = await call.db
      .insertInto('cctv_holds')
      .values({
        from_date: input.from,
        until_date: input.until,
        reason: input.reason,
        requester: input.requester,
        review_on: input.reviewOn,
        created_by: me.id,
        created_at: now,
        released_on: null,
        released_by: null,
        release_note: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const camera of cameraIds)
      await call.db.insertInto('cctv_hold_cameras').values({ hold_id: inserted.id, camera_id: camera }).execute();
    call.target('cctv_hold', inserted.id);
    return holdView(call, inserted.id);
  },

  'cctv.holds.release': async (call, { id, note }) => {
    call.target('cctv_hold', id);
    const row = await call.db.selectFrom('cctv_holds').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', '보존 연장을 찾을 수 없습니다. 목록을 새로 고쳐 주세요.');
    if (row.released_on) throw new AppError('CONFLICT', '이미 해제한 보존 연장입니다.');
    await call.db
      .updateTable('cctv_holds')
      .set({ released_on: call.today, released_by: actor(call).id, release_note: note })
      .where('id', '=', id)
      .execute();
    return holdView(call, id);
  },
};
