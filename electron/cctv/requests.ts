import ExcelJS from 'exceljs';
import { AppError } from '../../shared/contract/errors.ts';
import { admits } from '../../shared/contract/method.ts';
import {
  REQUEST_HANDLERS,
  SUBJECT_REQUESTS,
  type cctvApi,
  type RegisterRow,
  type RequestEventView,
  type RequestView,
} from '../../shared/cctv/contract.ts';
import { daysLeft, responseDeadline } from '../../shared/cctv/rules.ts';
import { CCTV_SHEET_WORDS as W } from '../../shared/cctv/printout.ts';
import { seoulDate, seoulTime } from '../../shared/dates/calendar.ts';
import type { Db } from '../../db/connection.ts';
import { actor, type CallContext, type HandlersOf } from '../handler.ts';
import { logDays } from './log.ts';
import { parseIds, ruleOf, staffById } from './store.ts';
import { daysOfMonth } from '../../shared/cctv/footage.ts';

type RequestHandlers = Pick<
  HandlersOf<typeof cctvApi>,
  'cctv.requests.list' | 'cctv.requests.save' | 'cctv.requests.record' | 'cctv.register.rows' | 'cctv.register.xlsx'
>;

async function cameraLabels(db: Db) {
  const rows = await db
    .selectFrom('cctv_cameras')
    .innerJoin('cctv_recorders', 'cctv_recorders.id', 'cctv_cameras.recorder_id')
    .select(['cctv_cameras.id', 'cctv_cameras.number', 'cctv_cameras.location', 'cctv_recorders.name', 'cctv_cameras.recorder_id'])
    .execute();
  return new Map(rows.map((r) => [r.id, { label: `${r.number} ${r.location}`, recorderId: r.recorder_id, recorder: r.name }]));
}

const localNow = (now: Date) => `${seoulDate(now)} ${seoulTime(now)}`;

/** Every request with its events, as the caller may see it (a requester's person only for those who handle requests). */
export async function requestViews(db: Db, today: string, personal: boolean): Promise<RequestView[]> {
  const requests = await db.selectFrom('cctv_requests').selectAll().orderBy('id', 'desc').execute();
  const events = await db.selectFrom('cctv_request_events').selectAll().orderBy('id').execute();
  const staff = await staffById(db);
  const labels = await cameraLabels(db);
  const correctedRequests = new Set(requests.flatMap((r) => (r.corrects_id === null ? [] : [r.corrects_id])));
  const correctedEvents = new Set(events.flatMap((e) => (e.corrects_id === null ? [] : [e.corrects_id])));
  // A correction carries on the request it replaces: its events follow it.
  const rootOf = (id: number): number => {
    const row = requests.find((r) => r.id === id);
    return row?.corrects_id ? rootOf(row.corrects_id) : id;
  };
  return requests.map((r) => {
    const root = rootOf(r.id);
    const own = events
      .filter((e) => rootOf(e.request_id) === root)
      .map((e): RequestEventView => ({
        id: e.id,
        kind: e.kind,
        decision: e.decision,
        reason: e.reason,
        objection: e.objection,
        form: e.form,
        medium: e.medium,
        masking: e.masking === null ? null : e.masking === 1,
        viewer: personal ? e.viewer : null,
        happenedAt: e.happened_at,
        handledBy: staff.get(e.handled_by)?.name ?? '',
        correctsId: e.corrects_id,
        corrected: correctedEvents.has(e.id),
      }));
    const current = own.filter((e) => !e.corrected);
    const decision = current.filter((e) => e.kind === 'decision').at(-1)?.decision ?? null;
    const finished = current.some((e) => e.kind === 'provided' || e.kind === 'viewed' || e.kind === 'deleted');
    const provision = r.category === 'use' || r.category === 'provision';
    const status: RequestView['status'] =
      decision === 'refuse' || finished ? 'done' : decision || (provision && current.length > 0) ? 'decided' : 'open';
    const cameraIds = parseIds(r.camera_ids);
    return {
      id: r.id,
      category: r.category,
      requesterName: personal ? r.requester_name : null,
      requesterContact: personal ? r.requester_contact : null,
      relation: personal ? r.relation : null,
      purpose: r.purpose,
      legalBasis: r.legal_basis,
      cameraIds,
      cameraLabels: cameraIds.map((id) => labels.get(id)?.label ?? String(id)),
      rangeFrom: r.range_from,
      rangeUntil: r.range_until,
      receivedOn: r.received_on,
      deadlineOn: r.deadline_on,
      daysLeft: r.deadline_on && decision === null && !finished ? daysLeft(r.deadline_on, today) : null,
      status,
      decision,
      correctsId: r.corrects_id,
      correctionReason: r.correction_reason,
      corrected: correctedRequests.has(r.id),
      events: own,
    };
  });
}

const seesPersonal = (call: CallContext) => {
  const role = call.session.user?.role;
  return role !== undefined && admits(REQUEST_HANDLERS, role);
};

async function requestView(call: CallContext, id: number): Promise<RequestView> {
  const view = (await requestViews(call.db, call.today, seesPersonal(call))).find((r) => r.id === id);
  if (!view) throw new AppError('NOT_FOUND', '요청을 찾을 수 없습니다. 목록을 새로 고쳐 주세요.');
  return view;
}

/** The official form's rows for a period: one per use, provision, viewing and destruction (표준 개인정보 보호지침 서식). */
export async function registerRows(db: Db, today: string, personal: boolean, from: string, until: string): Promise<RegisterRow[]> {
  const views = (await requestViews(db, today, personal)).filter((r) => !r.corrected);
  const requests = await db.selectFrom('cctv_requests').select(['id', 'created_by']).execute();
  const staff = await staffById(db);
  const rows: Omit<RegisterRow, 'no'>[] = [];
  for (const r of views) {
    const current = r.events.filter((e) => !e.corrected);
    const done = current.filter((e) => e.kind === 'provided' || e.kind === 'viewed' || e.kind === 'deleted').at(-1);
    const decision = current.filter((e) => e.kind === 'decision').at(-1);
    const main = done ?? decision;
    const at = main?.happenedAt ?? `${r.receivedOn}`;
    const subject = SUBJECT_REQUESTS.includes(r.category);
    const party = subject && !personal ? W.hidden : [r.requesterName, r.relation].filter(Boolean).join(' · ');
    const basis =
      r.legalBasis || (r.category === 'deletion' ? W.deletionBasis : r.category === 'existence' ? W.existenceBasis : W.subjectBasis);
    const provided = current.find((e) => e.kind === 'provided' || e.kind === 'viewed');
    const form = provided?.form
      ? [W.form[provided.form], provided.medium, provided.masking ? W.masked : ''].filter(Boolean).join(', ')
      : decision?.decision === 'refuse'
        ? '—'
        : '';
    const purpose =
      decision?.decision === 'refuse'
        ? `${r.purpose} (${W.refused(decision.reason)})`
        : decision?.decision === 'partial'
          ? `${r.purpose} (${W.partial(decision.reason)})`
          : r.purpose;
    const handler = main?.handledBy ?? staff.get(requests.find((q) => q.id === r.id)?.created_by ?? 0)?.name ?? '';
    const file = `${r.cameraLabels.join(', ')}`;
    const period = `${r.rangeFrom} ~ ${r.rangeUntil}`;
    rows.push({ kind: W.kinds[r.category], at, file, handler, purpose, party, basis, form, period });
    for (const destroyed of current.filter((e) => e.kind === 'copy_destroyed')) {
      rows.push({
        kind: '파기',
        at: destroyed.happenedAt,
        file,
        handler: destroyed.handledBy,
        purpose: W.copyDestroyed,
        party,
        basis,
        form: destroyed.medium || form,
        period,
      });
    }
  }
  // Each month of a recorder closed with its signature: the footage of those days confirmed destroyed.
  const closes = await db
    .selectFrom('cctv_month_closes as c')
    .innerJoin('cctv_recorders as r', 'r.id', 'c.recorder_id')
    .select(['c.month', 'c.closed_at', 'c.closed_by', 'c.ledger_seq', 'r.name', 'r.retention_preset_id'])
    .execute();
  for (const close of closes) {
    const at = new Date(close.closed_at);
    const days = daysOfMonth(close.month);
    rows.push({
      kind: '파기',
      at: `${seoulDate(at)} ${seoulTime(at)}`,
      file: W.monthFile(close.name, close.month, days.length),
      handler: staff.get(close.closed_by)?.name ?? '',
      purpose: W.monthPurpose(close.ledger_seq),
      party: '—',
      basis: ruleOf(close.retention_preset_id).basis,
      form: W.monthForm,
      period: `${days[0]} ~ ${days.at(-1)}`,
    });
  }
  return rows
    .filter((row) => row.at.slice(0, 10) >= from && row.at.slice(0, 10) <= until)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .map((row, index) => ({ no: index + 1, ...row }));
}

async function registerXlsx(rows: readonly RegisterRow[], clinic: string, from: string, until: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(W.title, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.addRow([W.title]).font = { bold: true, size: 14 };
  sheet.addRow([`기관명: ${clinic}`, '', '', W.scope(from, until)]);
  const header = sheet.addRow([...W.columns]);
  header.font = { bold: true };
  for (const row of rows)
    sheet.addRow([row.no, row.kind, row.at, row.file, row.handler, row.purpose, row.party, row.basis, row.form, row.period]);
  sheet.addRow([W.footer(rows.length)]);
  [6, 8, 18, 30, 10, 30, 24, 30, 22, 34].forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const requestHandlers: RequestHandlers = {
  'cctv.requests.list': (call) => requestViews(call.db, call.today, seesPersonal(call)),

  'cctv.requests.save': async (call, input) => {
    if (input.receivedOn > call.today) {
      throw new AppError('VALIDATION', '접수일은 오늘 이후일 수 없습니다.', {
        fields: { receivedOn: '접수일은 오늘 이후일 수 없습니다.' },
      });
    }
    const labels = await cameraLabels(call.db);
    const cameraIds = [...new Set(input.cameraIds)];
    for (const id of cameraIds) {
      if (!labels.has(id))
        throw new AppError('VALIDATION', '선택한 카메라를 찾을 수 없습니다.', { fields: { cameraIds: '카메라를 다시 선택해 주세요.' } });
    }
    if (input.correctsId !== undefined) {
      call.target('cctv_request', input.correctsId);
      const old = await call.db.selectFrom('cctv_requests').select('id').where('id', '=', input.correctsId).executeTakeFirst();
      if (!old) throw new AppError('NOT_FOUND', '정정할 기록을 찾을 수 없습니다.');
      const already = await call.db.selectFrom('cctv_requests').select('id').where('corrects_id', '=', input.correctsId).executeTakeFirst();
      if (already) throw new AppError('CONFLICT', '이미 정정된 기록입니다. 가장 최근의 기록을 정정해 주세요.');
    } else {
      // Footage past its period, or confirmed deleted, cannot be viewed or provided: say so rather than promise it.
      const from = input.rangeFrom.slice(0, 10);
      const until = input.rangeUntil.slice(0, 10) < call.today ? input.rangeUntil.slice(0, 10) : call.today;
      const recorders = new Set(cameraIds.map((id) => labels.get(id)?.recorderId ?? 0));
      let available = false;
      for (const recorderId of recorders) {
        const recorder = await call.db.selectFrom('cctv_recorders').selectAll().where('id', '=', recorderId).executeTakeFirstOrThrow();
        const days = from <= until ? await logDays(call.db, recorder, from, until, call.today) : [];
        if (from > until || days.some((d) => d.confirmation === null && (d.status === 'kept' || d.status === 'held'))) available = true;
      }
      if (!available) {
        const message = `요청한 기간(${input.rangeFrom} ~ ${input.rangeUntil})의 영상은 보관기간이 지나 이미 삭제되었습니다. 영상이 없다는 사실을 요구자에게 알리고, 그 안내를 처리 결과로 기록해 주세요.`;
        throw new AppError('VALIDATION', message, { fields: { rangeFrom: message } });
      }
    }
    const subject = SUBJECT_REQUESTS.includes(input.category);
    const inserted = await call.db
      .insertInto('cctv_requests')
      .values({
        category: input.category,
        requester_name: input.requesterName,
        requester_contact: input.requesterContact,
        relation: input.relation,
        purpose: input.purpose,
        legal_basis: input.legalBasis,
        camera_ids: JSON.stringify(cameraIds),
        range_from: input.rangeFrom,
        range_until: input.rangeUntil,
        received_on: input.receivedOn,
        deadline_on: subject ? responseDeadline(input.receivedOn) : null,
        corrects_id: input.correctsId ?? null,
        correction_reason: input.correctsId !== undefined ? input.correctionReason : null,
        created_by: actor(call).id,
        created_at: call.now.toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    call.target('cctv_request', inserted.id);
    return requestView(call, inserted.id);
  },

  'cctv.requests.record': async (call, input) => {
    call.target('cctv_request', input.requestId);
    const request = await call.db
      .selectFrom('cctv_requests')
      .select(['id', 'received_on'])
      .where('id', '=', input.requestId)
      .executeTakeFirst();
    if (!request) throw new AppError('NOT_FOUND', '요청을 찾을 수 없습니다. 목록을 새로 고쳐 주세요.');
    const corrected = await call.db.selectFrom('cctv_requests').select('id').where('corrects_id', '=', input.requestId).executeTakeFirst();
    if (corrected) throw new AppError('CONFLICT', '정정된 기록입니다. 정정한 새 기록에 처리 내용을 남겨 주세요.');
    if (input.happenedAt > localNow(call.now)) {
      throw new AppError('VALIDATION', '처리 일시는 지금 이후일 수 없습니다.', {
        fields: { happenedAt: '처리 일시는 지금 이후일 수 없습니다.' },
      });
    }
    if (input.happenedAt.slice(0, 10) < request.received_on) {
      throw new AppError('VALIDATION', '처리 일시가 접수일보다 앞설 수 없습니다.', {
        fields: { happenedAt: '처리 일시가 접수일보다 앞설 수 없습니다.' },
      });
    }
    if (input.correctsId !== undefined) {
      const old = await call.db
        .selectFrom('cctv_request_events')
        .select(['id', 'request_id'])
        .where('id', '=', input.correctsId)
        .executeTakeFirst();
      if (!old) throw new AppError('NOT_FOUND', '정정할 처리 기록을 찾을 수 없습니다.');
    }
    await call.db
      .insertInto('cctv_request_events')
      .values({
        request_id: input.requestId,
        kind: input.kind,
        decision: input.decision ?? null,
        reason: input.reason,
        objection: input.objection,
        form: input.form ?? null,
        medium: input.medium,
        masking: input.masking === undefined ? null : input.masking ? 1 : 0,
        viewer: input.viewer,
        happened_at: input.happenedAt,
        corrects_id: input.correctsId ?? null,
        handled_by: actor(call).id,
        created_at: call.now.toISOString(),
      })
      .execute();
    return requestView(call, input.requestId);
  },

  'cctv.register.rows': (call, { from, until }) => registerRows(call.db, call.today, seesPersonal(call), from, until),

  'cctv.register.xlsx': async (call, { from, until }) => {
    const rows = await registerRows(call.db, call.today, seesPersonal(call), from, until);
    const clinic = await call.db.selectFrom('clinic_profile').select('name').executeTakeFirst();
    const bytes = await registerXlsx(rows, clinic?.name ?? '', from, until);
    return { fileName: `개인영상정보_관리대장_${from}_${until}.xlsx`, base64: bytes.toString('base64') };
  },
};
