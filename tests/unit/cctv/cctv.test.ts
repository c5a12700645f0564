import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../electron/session.ts';
import { createAccount, OFFICER, setUpClinic, type TestAccount } from '../../support/accounts.ts';
import { accessLogText, attempt, count, run, type Sqlite } from '../../support/ledger.ts';
import { openCopy, signedInAs } from '../../support/tamper.ts';
import { databaseOf, testApp, type TestApp } from '../../support/tempdb.ts';
import { startOnvifResponder, type Responder } from '../../support/onvifResponder.ts';
import { cli } from '../../support/cli.ts';
import { S1 } from '../../../electron/processors/fixtures.ts';
import { cctvMain } from '../../../electron/cctv/domain.ts';
import type { CallContext } from '../../../electron/handler.ts';
import { seoulDate } from '../../../shared/dates/calendar.ts';

// The CCTV section through the real dispatcher: recorders with 30일 and 1개월, cameras, the daily
// deletion log, holds, the 개인영상정보 관리대장 and its requests, the monthly signed close, ONVIF.

let base: TestApp;
let facility: TestAccount;
let auditorId = 0;
let clerkId = 0;

const recorderInput = (name: string, retentionPresetId: string) => ({
  name,
  location: '1층 로비·접수',
  cameraCount: 4,
  recordingMode: 'continuous' as const,
  recordingHours: '24시간',
  storagePlace: '1층 행정실 녹화기',
  retentionPresetId,
});

beforeAll(async () => {
  base = testApp('2026-11-24T09:00:00+09:00');
  const officer = await setUpClinic(base.app);
  facility = await createAccount(base.app, officer, 'facility', 'facilities', '박민호');
  auditorId = (await createAccount(base.app, officer, 'auditor', 'auditor', '정감사')).id;
  clerkId = (await createAccount(base.app, officer, 'clerk', 'admin', '이하은')).id;
  await base.app.close();
});

afterAll(async () => {
  await base.close();
});

let copy: TestApp;
const opened: TestApp[] = [];
const responders: Responder[] = [];
afterEach(async () => {
  for (const app of opened.splice(0)) await app.close();
  for (const r of responders.splice(0)) await r.close();
});

function fresh(at = '2026-11-24T09:00:00+09:00'): { fac: Session; officer: Session; auditor: Session; clerk: Session; sqlite: Sqlite } {
  copy = openCopy(base.dbPath, at);
  opened.push(copy);
  const now = copy.clock.now();
  return {
    fac: signedInAs(facility.id, 'facilities', now),
    officer: signedInAs(1, 'officer', now),
    auditor: signedInAs(auditorId, 'auditor', now),
    clerk: signedInAs(clerkId, 'admin', now),
    sqlite: databaseOf(copy.app).sqlite,
  };
}

async function twoRecorders(fac: Session) {
  const days30 = await run(copy.app, fac, 'cctv.recorders.save', recorderInput('NVR-1', 'cctv-30d'));
  const month1 = await run(copy.app, fac, 'cctv.recorders.save', recorderInput('DVR-1', 'cctv-1m'));
  const cam30 = await run(copy.app, fac, 'cctv.cameras.save', {
    recorderId: days30.id,
    number: 'C-01',
    location: '1층 로비',
    shootingRange: '로비 전체',
  });
  const cam1m = await run(copy.app, fac, 'cctv.cameras.save', {
    recorderId: month1.id,
    number: 'D-01',
    location: '방재실',
    shootingRange: '출입문',
  });
  return { days30, month1, cam30, cam1m };
}

const changes = (sqlite: Sqlite) =>
  ['cctv_confirmations', 'cctv_holds', 'cctv_requests', 'cctv_request_events', 'cctv_cameras', 'cctv_month_closes', 'ledger_entries'].map(
    (t) => count(sqlite, t),
  );

describe('the daily retention log', () => {
  it('shows different expiry dates for 30일 and 1개월 around month ends (DOMAIN.md)', async () => {
    const { fac } = fresh();
    const { days30, month1 } = await twoRecorders(fac);
    const jan30 = await run(copy.app, fac, 'cctv.log.month', { recorderId: days30.id, month: '2026-01' });
    const jan1m = await run(copy.app, fac, 'cctv.log.month', { recorderId: month1.id, month: '2026-01' });
    const day = (log: typeof jan30, date: string) => log.days.find((d) => d.recordedOn === date);
    expect(day(jan30, '2026-01-31')).toMatchObject({ retentionEnds: '2026-03-02', goneBy: '2026-03-07' });
    expect(day(jan1m, '2026-01-31')).toMatchObject({ retentionEnds: '2026-02-28', goneBy: '2026-03-05' });
    expect(day(jan1m, '2026-01-30')?.retentionEnds).toBe('2026-02-28');
    expect(day(jan30, '2026-01-15')?.retentionEnds).toBe('2026-02-14');
    expect(day(jan1m, '2026-01-15')?.retentionEnds).toBe('2026-02-15');
  });

  it('fills a range by hand; days left unconfirmed past their deadline are missing, late ones late', async () => {
    const { fac, sqlite } = fresh();
    const { days30 } = await twoRecorders(fac);
    const filled = await run(copy.app, fac, 'cctv.log.fill', {
      recorderId: days30.id,
      from: '2026-10-01',
      until: '2026-10-10',
      confirmedOn: '2026-11-10',
      method: 'overwrite',
    });
    expect(filled).toEqual({ filled: 10, skipped: 0 });
    // Again over the same days: nothing twice.
    expect(
      await run(copy.app, fac, 'cctv.log.fill', {
        recorderId: days30.id,
        from: '2026-10-01',
        until: '2026-10-12',
        confirmedOn: '2026-11-20',
        method: 'manual',
      }),
    ).toEqual({
      filled: 2,
      skipped: 10,
    });
    const october = await run(copy.app, fac, 'cctv.log.month', { recorderId: days30.id, month: '2026-10' });
    const status = (date: string) => october.days.find((d) => d.recordedOn === date)?.status;
    expect(status('2026-10-01')).toBe('late'); // gone by 2026-11-05, confirmed 11-10
    expect(status('2026-10-09')).toBe('confirmed'); // gone by 11-13
    expect(status('2026-10-12')).toBe('late'); // gone by 11-16, confirmed 11-20
    expect(status('2026-10-13')).toBe('missing');
    expect(status('2026-10-31')).toBe('kept');
    expect(october.days.find((d) => d.recordedOn === '2026-10-01')?.confirmedBy).toBe('박민호');

    // A confirmation dated before the footage could expire: refused, nothing saved.
    const before = changes(sqlite);
    const early = await attempt(copy.app, fac, 'cctv.log.fill', {
      recorderId: days30.id,
      from: '2026-10-20',
      until: '2026-10-25',
      confirmedOn: '2026-11-15',
      method: 'manual',
    });
    expect(early).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { confirmedOn: expect.stringContaining('2026-10-20 촬영분은 2026-11-20부터') } },
    });
    const oldest = await attempt(copy.app, fac, 'cctv.log.fill', {
      recorderId: days30.id,
      from: '2026-10-13',
      until: '2026-10-14',
      confirmedOn: '2026-11-20',
      method: 'device',
      oldestHeld: '2026-10-14',
    });
    expect(oldest).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { oldestHeld: expect.stringContaining('2026-10-14') } },
    });
    expect(changes(sqlite)).toEqual(before);
  });

  it('an operating-room camera needs a recorder that keeps at least 30 days', async () => {
    const { fac, sqlite } = fresh();
    const { days30, month1 } = await twoRecorders(fac);
    const before = changes(sqlite);
    const refused = await attempt(copy.app, fac, 'cctv.cameras.save', {
      recorderId: month1.id,
      number: 'OR-1',
      location: '3층 수술실',
      shootingRange: '수술대',
      operatingRoom: true,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { operatingRoom: expect.stringContaining('30일') } } });
    expect(changes(sqlite)).toEqual(before);
    await run(copy.app, fac, 'cctv.cameras.save', {
      recorderId: days30.id,
      number: 'OR-1',
      location: '3층 수술실',
      shootingRange: '수술대',
      operatingRoom: true,
    });
    const shorten = await attempt(copy.app, fac, 'cctv.recorders.save', { ...recorderInput('NVR-1', 'cctv-1m'), id: days30.id });
    expect(shorten).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { retentionPresetId: expect.stringContaining('1월 31일') } },
    });
    const log = await run(copy.app, fac, 'cctv.log.month', { recorderId: days30.id, month: '2026-10' });
    expect(log.recorder.operatingRoom).toBe(true);
    expect(log.days[0]?.minimumEnds).toBe('2026-10-31');
  });
});

describe('holds (보존 연장)', () => {
  it('held days leave the due list until released; overlapping holds are refused or merged, never counted twice', async () => {
    const { fac, sqlite } = fresh();
    const { days30, cam30 } = await twoRecorders(fac);
    await run(copy.app, fac, 'cctv.log.fill', {
      recorderId: days30.id,
      from: '2026-10-01',
      until: '2026-10-12',
      confirmedOn: '2026-11-13',
      method: 'overwrite',
    });
    const missingBefore = (await run(copy.app, fac, 'home.today', {})).find((i) => i.id === 'cctv.missing')?.count ?? 0;
    const hold = await run(copy.app, fac, 'cctv.holds.save', {
      cameraIds: [cam30.id],
      from: '2026-10-13',
      until: '2026-10-14',
      reason: '주차장 접촉 사고 분쟁',
      requester: '보험사',
      reviewOn: '2026-12-24',
    });
    expect(hold.days).toBe(2);
    const october = await run(copy.app, fac, 'cctv.log.month', { recorderId: days30.id, month: '2026-10' });
    expect(october.days.filter((d) => d.status === 'held').map((d) => d.recordedOn)).toEqual(['2026-10-13', '2026-10-14']);
    expect((await run(copy.app, fac, 'home.today', {})).find((i) => i.id === 'cctv.missing')?.count).toBe(missingBefore - 2);

    const before = changes(sqlite);
    const overlapping = {
      cameraIds: [cam30.id],
      from: '2026-10-14',
      until: '2026-10-16',
      reason: '경찰 수사',
      requester: '서울강남경찰서',
      reviewOn: '2026-12-31',
    };
    expect(await attempt(copy.app, fac, 'cctv.holds.save', overlapping)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await attempt(copy.app, fac, 'cctv.holds.save', { ...overlapping, reason: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { reason: expect.stringContaining('사유') } },
    });
    expect(changes(sqlite)).toEqual(before);
    const merged = await run(copy.app, fac, 'cctv.holds.save', { ...overlapping, merge: true });
    expect(merged).toMatchObject({ id: hold.id, from: '2026-10-13', until: '2026-10-16', days: 4, requester: '보험사 / 서울강남경찰서' });
    const auditorView = await run(copy.app, signedInAs(auditorId, 'auditor', copy.clock.now()), 'cctv.holds.list', {});
    expect(auditorView[0]).toMatchObject({ id: hold.id, requester: null, reason: expect.any(String) });
    expect((await run(copy.app, fac, 'cctv.holds.list', {})).filter((h) => h.releasedOn === null)).toHaveLength(1);

    await run(copy.app, fac, 'cctv.holds.release', { id: hold.id, note: '분쟁 종결' });
    const after = await run(copy.app, fac, 'cctv.log.month', { recorderId: days30.id, month: '2026-10' });
    expect(after.days.find((d) => d.recordedOn === '2026-10-13')).toMatchObject({ status: 'due', goneBy: '2026-11-29' });
  });
});

describe('개인영상정보 관리대장', () => {
  it('records a police provision with its basis, refuses one without; answers a viewing request before its 10-day deadline', async () => {
    const { fac, auditor, clerk, sqlite } = fresh();
    const { cam30 } = await twoRecorders(fac);
    const provision = {
      category: 'provision' as const,
      requesterName: '서울강남경찰서 형사과 김경위',
      requesterContact: '02-000-0000',
      relation: '수사기관',
      purpose: '절도 사건 수사',
      legalBasis: '',
      cameraIds: [cam30.id],
      rangeFrom: '2026-11-20 14:00',
      rangeUntil: '2026-11-20 15:00',
      receivedOn: '2026-11-21',
    };
    const before = changes(sqlite);
    expect(await attempt(copy.app, fac, 'cctv.requests.save', provision)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { legalBasis: expect.stringContaining('근거') } },
    });
    // Footage already gone (past its 30 days): refused with a clear sentence.
    expect(
      await attempt(copy.app, fac, 'cctv.requests.save', {
        ...provision,
        legalBasis: '형사소송법 제199조',
        rangeFrom: '2026-09-01 10:00',
        rangeUntil: '2026-09-01 11:00',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { rangeFrom: expect.stringContaining('이미 삭제') } },
    });
    expect(changes(sqlite)).toEqual(before);
    const police = await run(copy.app, fac, 'cctv.requests.save', {
      ...provision,
      legalBasis: '개인정보 보호법 제18조 제2항 제7호, 형사소송법 제199조',
    });
    expect(police.deadlineOn).toBeNull();
    await run(copy.app, fac, 'cctv.requests.record', {
      requestId: police.id,
      kind: 'provided',
      form: 'copy',
      medium: 'USB (MP4 1개)',
      masking: true,
      happenedAt: '2026-11-21 16:00',
    });

    const viewing = await run(copy.app, fac, 'cctv.requests.save', {
      category: 'viewing',
      requesterName: '홍길동',
      requesterContact: '010-1234-5678',
      relation: '본인',
      purpose: '로비에서 잃어버린 지갑 확인',
      cameraIds: [cam30.id],
      rangeFrom: '2026-11-18 10:00',
      rangeUntil: '2026-11-18 11:00',
      receivedOn: '2026-11-16',
    });
    expect(viewing).toMatchObject({ deadlineOn: '2026-11-26', daysLeft: 2, status: 'open' });
    expect((await run(copy.app, fac, 'home.today', {})).find((i) => i.id === 'cctv.requests')?.count).toBe(1);
    // A refusal needs its reason and how to object.
    expect(
      await attempt(copy.app, fac, 'cctv.requests.record', {
        requestId: viewing.id,
        kind: 'decision',
        decision: 'refuse',
        happenedAt: '2026-11-24 09:00',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { reason: expect.any(String) } },
    });
    await run(copy.app, fac, 'cctv.requests.record', {
      requestId: viewing.id,
      kind: 'decision',
      decision: 'partial',
      reason: '다른 환자가 함께 촬영됨',
      objection: '개인정보 보호책임자에게 서면으로 이의 제기',
      happenedAt: '2026-11-24 08:30',
    });
    const answered = await run(copy.app, fac, 'cctv.requests.record', {
      requestId: viewing.id,
      kind: 'viewed',
      form: 'onsite',
      masking: true,
      viewer: '홍길동',
      happenedAt: '2026-11-24 08:50',
    });
    expect(answered).toMatchObject({ status: 'done', decision: 'partial', daysLeft: null });

    // Roles that do not handle requests see that a request exists, never who made it.
    const seen = await run(copy.app, auditor, 'cctv.requests.list', {});
    expect(seen.find((r) => r.id === viewing.id)).toMatchObject({ requesterName: null, requesterContact: null });
    expect(await attempt(copy.app, auditor, 'cctv.requests.save', provision)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await attempt(copy.app, clerk, 'cctv.requests.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await attempt(copy.app, fac, 'register.list', { includeDestroyed: false })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    // The official form for a period, printable and as XLSX.
    const rows = await run(copy.app, fac, 'cctv.register.rows', { from: '2026-11-01', until: '2026-11-30' });
    expect(rows.map((r) => [r.no, r.kind])).toEqual([
      [1, '제공'],
      [2, '열람'],
    ]);
    expect(rows[0]).toMatchObject({
      party: '서울강남경찰서 형사과 김경위 · 수사기관',
      basis: expect.stringContaining('제18조'),
      form: '사본 제공, USB (MP4 1개), 다른 사람 모자이크',
    });
    expect((await run(copy.app, auditor, 'cctv.register.rows', { from: '2026-11-01', until: '2026-11-30' }))[1]?.party).toBe(
      '(요구자 비공개)',
    );
    const xlsx = await run(copy.app, fac, 'cctv.register.xlsx', { from: '2026-11-01', until: '2026-11-30' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as Parameters<typeof book.xlsx.load>[0]);
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(3).values).toEqual([
      undefined,
      '번호',
      '구분',
      '일시',
      '파일명/형태',
      '담당자',
      '목적/사유',
      '이용·제공받는 제3자/열람등 요구자',
      '이용·제공 근거',
      '이용·제공 형태',
      '기간',
    ]);
    expect(sheet?.getRow(4).getCell(2).value).toBe('제공');

    // Nothing personal in the access log or the ledger; rows are append-only.
    const log = accessLogText(sqlite);
    for (const personal of ['홍길동', '010-1234-5678', '김경위']) expect(log).not.toContain(personal);
    expect(log).toContain(`cctv_request:${viewing.id}`);
    expect(() => sqlite.prepare("UPDATE cctv_requests SET requester_name = 'x'").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM cctv_request_events').run()).toThrow(/append-only/);
    // A correction is a new row referring to the old one.
    const fixed = await run(copy.app, fac, 'cctv.requests.save', {
      ...provision,
      legalBasis: '형사소송법 제199조',
      requesterName: '서울강남경찰서 형사과',
      correctsId: police.id,
      correctionReason: '담당 부서명 정정',
    });
    const list = await run(copy.app, fac, 'cctv.requests.list', {});
    expect(list.find((r) => r.id === police.id)?.corrected).toBe(true);
    expect(list.find((r) => r.id === fixed.id)).toMatchObject({ correctsId: police.id, status: 'done' });
  });
});

describe('closing a month into one signed ledger entry', () => {
  it('needs every day confirmed or held, signs with the password, verifies, and freezes the month', async () => {
    const { fac, officer, sqlite } = fresh();
    const { days30 } = await twoRecorders(fac);
    await run(copy.app, fac, 'cctv.log.fill', {
      recorderId: days30.id,
      from: '2026-10-01',
      until: '2026-10-20',
      confirmedOn: '2026-11-23',
      method: 'overwrite',
    });
    expect(
      await attempt(copy.app, fac, 'cctv.log.close', { recorderId: days30.id, month: '2026-10', password: facility.password }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('11일') },
    });
    expect(
      await attempt(copy.app, fac, 'cctv.log.close', { recorderId: days30.id, month: '2026-11', password: facility.password }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    copy.clock.set('2026-12-10T09:00:00+09:00');
    fac.lastActivityAt = copy.clock.now().getTime();
    await run(copy.app, fac, 'cctv.log.fill', {
      recorderId: days30.id,
      from: '2026-10-21',
      until: '2026-10-31',
      confirmedOn: '2026-12-06',
      method: 'manual',
    });
    expect(await attempt(copy.app, fac, 'cctv.log.close', { recorderId: days30.id, month: '2026-10', password: 'wrong' })).toMatchObject({
      ok: false,
    });
    const before = count(sqlite, 'ledger_entries');
    const closed = await run(copy.app, fac, 'cctv.log.close', { recorderId: days30.id, month: '2026-10', password: facility.password });
    expect(count(sqlite, 'ledger_entries')).toBeGreaterThan(before);
    const entry = sqlite.prepare('SELECT kind, content FROM ledger_entries WHERE seq = ?').get(closed.seq) as {
      kind: string;
      content: string;
    };
    expect(entry.kind).toBe('cctv.month');
    const body = (JSON.parse(entry.content) as { body: Record<string, unknown> }).body;
    // Confirmed on 11-23: only 10-19 and 10-20 were still on time (gone by 11-23, 11-24); the rest late.
    expect(body).toMatchObject({ month: '2026-10', days: 31, confirmed: 2, late: 29, held: 0, closedBy: { name: '박민호' } });
    const verified = await run(copy.app, officer, 'ledger.verify', {});
    expect(verified.ok).toBe(true);
    expect(verified.kinds['cctv.month']).toBe(1);
    expect((await run(copy.app, fac, 'cctv.log.month', { recorderId: days30.id, month: '2026-10' })).closed?.seq).toBe(closed.seq);
    // The 관리대장 records the month's footage as destroyed (파기), signed under that entry.
    const rows = await run(copy.app, fac, 'cctv.register.rows', { from: '2026-12-01', until: '2026-12-31' });
    expect(rows).toEqual([
      expect.objectContaining({
        no: 1,
        kind: '파기',
        file: 'NVR-1 2026-10 촬영분 (31일)',
        handler: '박민호',
        period: '2026-10-01 ~ 2026-10-31',
        purpose: expect.stringContaining(`${closed.seq}번`),
      }),
    ]);
    expect(
      await attempt(copy.app, fac, 'cctv.log.close', { recorderId: days30.id, month: '2026-10', password: facility.password }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(
      await attempt(copy.app, fac, 'cctv.log.fill', {
        recorderId: days30.id,
        from: '2026-10-31',
        until: '2026-11-01',
        confirmedOn: '2026-12-07',
        method: 'manual',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });
});

describe('ONVIF: proof read from the recorder', () => {
  it('stores the password encrypted, reads the oldest footage, flags what the rule does not allow, and never calls a refusal compliant', async () => {
    const { fac, sqlite } = fresh();
    const { days30 } = await twoRecorders(fac);
    const before = changes(sqlite);
    expect(
      await attempt(copy.app, fac, 'cctv.onvif.configure', {
        recorderId: days30.id,
        url: 'http://203.0.113.9/onvif/device_service',
        user: 'admin',
        password: 'x',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { url: expect.stringContaining('내부망') } },
    });
    expect(changes(sqlite)).toEqual(before);
    // Compliant: the oldest footage is 2026-10-26 (Seoul) and the rule allows from 2026-10-25.
    const good = await startOnvifResponder({ mode: 'compliant', dataFrom: '2026-10-25T15:00:00Z' });
    responders.push(good);
    const configured = await run(copy.app, fac, 'cctv.onvif.configure', {
      recorderId: days30.id,
      url: good.url,
      user: 'admin',
      password: 'nvr-Secret#1',
    });
    expect(configured.onvif).toEqual({ url: good.url, user: 'admin' });
    expect(JSON.stringify(configured)).not.toContain('nvr-Secret#1');
    const stored = sqlite.prepare('SELECT onvif_secret FROM cctv_recorders WHERE id = ?').pluck().get(days30.id) as string;
    expect(stored).not.toContain('nvr-Secret#1');
    const read = await run(copy.app, fac, 'cctv.onvif.read', { recorderId: days30.id });
    expect(read).toMatchObject({
      outcome: 'compliant',
      reason: 'ok',
      oldestDay: '2026-10-26',
      oldestAllowed: '2026-10-25',
      numberRecordings: 16,
    });
    // The recorder's answer confirms the deletable days before its oldest footage (장비 조회).
    const october = await run(copy.app, fac, 'cctv.log.month', { recorderId: days30.id, month: '2026-10' });
    expect(october.days.find((d) => d.recordedOn === '2026-10-24')?.confirmation).toEqual({ confirmedOn: '2026-11-24', method: 'device' });

    const cases: Array<[Parameters<typeof startOnvifResponder>[0], string, string]> = [
      [{ mode: 'expired', auth: 'wsse', dataFrom: '2026-10-01T00:00:00Z' }, 'flagged', 'expired'],
      [{ mode: 'empty' }, 'manual', 'empty'],
      [{ mode: 'fault' }, 'manual', 'fault'],
      [{ mode: 'refused' }, 'manual', 'refused'],
    ];
    for (const [options, outcome, reason] of cases) {
      const responder = await startOnvifResponder(options);
      responders.push(responder);
      await run(copy.app, fac, 'cctv.onvif.configure', {
        recorderId: days30.id,
        url: responder.url,
        user: 'admin',
        password: 'nvr-Secret#1',
      });
      expect(await run(copy.app, fac, 'cctv.onvif.read', { recorderId: days30.id })).toMatchObject({ outcome, reason });
    }
    expect(accessLogText(sqlite)).not.toContain('nvr-Secret#1');
    expect((await run(copy.app, fac, 'home.today', {})).find((i) => i.id === 'cctv.flagged')?.count).toBe(1);
  });

  it('onvif-probe prints the summary and exits 0, or exits 1 with the reason', async () => {
    const good = await startOnvifResponder({ mode: 'compliant' });
    const bad = await startOnvifResponder({ mode: 'refused' });
    responders.push(good, bad);
    const ok = await cli(['onvif-probe', '--url', good.url, '--user', 'admin'], { RD_ONVIF_PASSWORD: 'nvr-Secret#1' });
    expect(ok.code).toBe(0);
    expect(ok.json()).toEqual({
      searchXAddr: good.url.replace('device_service', 'search_service'),
      dataFrom: '2026-10-25T15:00:00.000Z',
      dataUntil: '2026-11-24T00:00:00.000Z',
      numberRecordings: 16,
    });
    const refused = await cli(['onvif-probe', '--url', bad.url, '--user', 'admin'], { RD_ONVIF_PASSWORD: 'nvr-Secret#1' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('거부');
    expect(
      (await cli(['onvif-probe', '--url', 'http://8.8.8.8/onvif/device_service', '--user', 'a'], { RD_ONVIF_PASSWORD: 'b' })).code,
    ).toBe(1);
  });
});

/** The daily run's call: the database, the clock, no person (electron/dispatch.ts builds the same). */
function dailyCall(session: Session): CallContext {
  const now = copy.clock.now();
  return {
    db: databaseOf(copy.app).db,
    app: copy.app,
    now,
    today: seoulDate(now),
    session,
    target: () => {},
    afterCommit: () => {},
    progress: () => {},
  };
}

describe('the daily run and the dashboard', () => {
  it('daily: reads every recorder with an ONVIF address and says what came of it, by id; upcoming counts what falls due per day', async () => {
    const { fac, sqlite } = fresh();
    const { days30, month1 } = await twoRecorders(fac);
    const good = await startOnvifResponder({ mode: 'compliant', dataFrom: '2026-10-25T15:00:00Z' });
    const silent = await startOnvifResponder({ mode: 'refused' });
    responders.push(good, silent);
    await run(copy.app, fac, 'cctv.onvif.configure', { recorderId: days30.id, url: good.url, user: 'admin', password: 'nvr-Secret#1' });
    await run(copy.app, fac, 'cctv.onvif.configure', { recorderId: month1.id, url: silent.url, user: 'admin', password: 'nvr-Secret#1' });
    const notes = await cctvMain.daily?.(dailyCall({ ...fac, user: null }));
    expect(notes).toEqual([
      { message: 'cctv.daily.compliant', params: expect.objectContaining({ recorderId: days30.id, oldest: '2026-10-26' }), failed: false },
      { message: 'cctv.daily.manual', params: expect.objectContaining({ recorderId: month1.id, reason: 'refused' }), failed: true },
    ]);
    expect(JSON.stringify(notes)).not.toContain('nvr-Secret#1');
    // Unattended, the run only records the reads; confirmations stay a person's.
    expect(count(sqlite, 'cctv_onvif_reads')).toBe(2);
    expect(count(sqlite, 'cctv_confirmations')).toBe(0);

    // Days recorded 2026-10-25 … fall due 2026-11-29 … under 30일 (gone by = last day kept + 5).
    await run(copy.app, fac, 'cctv.log.fill', {
      recorderId: days30.id,
      from: '2026-10-01',
      until: '2026-10-01',
      confirmedOn: '2026-11-01',
      method: 'manual',
    });
    const upcoming = (await cctvMain.upcoming?.(dailyCall(fac), '2026-11-24', '2026-11-30')) ?? [];
    expect(upcoming.every((u) => u.section === '/cctv')).toBe(true);
    const on = (date: string) => upcoming.find((u) => u.date === date)?.count ?? 0;
    expect(on('2026-11-29')).toBe(1); // 30일: 10-25 → kept through 11-24, gone by 11-29
    expect(on('2026-11-30')).toBe(1); // 30일: 10-26. The 1개월 recorder's log begins when it was registered (today).
    await run(copy.app, fac, 'cctv.log.fill', {
      recorderId: month1.id,
      from: '2026-10-01',
      until: '2026-10-01',
      confirmedOn: '2026-11-02',
      method: 'manual',
    });
    const after = (await cctvMain.upcoming?.(dailyCall(fac), '2026-11-24', '2026-11-30')) ?? [];
    expect(after.find((u) => u.date === '2026-11-30')?.count).toBe(2); // and 1개월: 10-25 → kept through 11-25, gone by 11-30
  });
});

describe('policy text', () => {
  it('writes the 운영·관리 방침 section and a sign per location from the devices', async () => {
    const { fac, officer } = fresh();
    const { days30 } = await twoRecorders(fac);
    const s1 = await run(copy.app, officer, 'processors.save', { ...S1, parentId: null, fileIds: [], policyIds: [] });
    expect(await attempt(copy.app, fac, 'cctv.processors.list', {})).toMatchObject({ ok: true, value: [{ id: s1.id, name: '에스원' }] });
    expect(
      await attempt(copy.app, fac, 'cctv.recorders.save', { ...recorderInput('NVR-1', 'cctv-30d'), id: days30.id, processorId: 999 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { processorId: expect.any(String) } },
    });
    const linked = await run(copy.app, fac, 'cctv.recorders.save', {
      ...recorderInput('NVR-1', 'cctv-30d'),
      id: days30.id,
      managerUserId: 1,
      accessUserIds: [facility.id],
      processorId: s1.id,
    });
    expect(linked).toMatchObject({ processorId: s1.id, processorName: '에스원', manager: { id: 1 }, accessUsers: [{ name: '박민호' }] });
    const text = await run(copy.app, officer, 'cctv.policy.text', {});
    expect(text.section).toContain('총 2대');
    expect(text.section).toContain('1층 로비: 1대 (촬영 범위: 로비 전체)');
    expect(text.section).toContain('촬영일로부터 30일 이내');
    expect(text.section).toContain('촬영일로부터 1개월 이내');
    expect(text.section).toContain(OFFICER.name);
    expect(text.section).toContain('박민호');
    expect(text.section).toContain('다음과 같이 위탁하고 있습니다: 에스원');
    expect(text.signs.map((s) => s.location)).toEqual(['방재실', '1층 로비']);
    expect(text.signs[1]?.text).toContain('촬영 범위: 로비 전체');
  });
});
