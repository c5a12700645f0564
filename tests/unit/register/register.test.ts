import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FileView } from '../../../shared/register/contract.ts';
import type { Session } from '../../../electron/session.ts';
import { OFFICER, createAccount, setUpClinic, type TestAccount } from '../../support/accounts.ts';
import { attempt, count, fileInput, presetPolicy, run, saveFile, snapshot, type Sqlite } from '../../support/ledger.ts';
import { openCopy, signedInAs } from '../../support/tamper.ts';
import { databaseOf, testApp, type TestApp } from '../../support/tempdb.ts';

// The register of personal-information files (개인정보파일 목록): dates a rule needs, the status the
// rule gives on the clinic's calendar, legal holds (보존 연장). One clinic with its policies is set
// up once (scrypt is slow); every test works on its own copy of that file with its own clock.

let base: TestApp;
let clerkAccount: TestAccount;
const policy = { cctv: 0, reservations: 0, archived: 0 };

beforeAll(async () => {
  base = testApp('2026-11-24T09:00:00+09:00');
  const officer = await setUpClinic(base.app);
  clerkAccount = await createAccount(base.app, officer, 'clerk', 'admin', '이하은');
  policy.cctv = await presetPolicy(base.app, officer, 'CCTV 영상', 'cctv-30d', '촬영일');
  policy.reservations = await presetPolicy(base.app, officer, '홈페이지 예약 정보', 'service-web-reservation', '예약 업무 종료일');
  policy.archived = await presetPolicy(base.app, officer, '옛 CCTV 영상', 'cctv-1m', '촬영일');
  await run(base.app, officer, 'policies.archive', { id: policy.archived });
  await base.app.close();
});

afterAll(async () => {
  await base.close();
});

let copy: TestApp;
const opened: TestApp[] = [];

afterEach(async () => {
  for (const app of opened.splice(0)) await app.close();
});

/** A copy of the clinic at `at`, with the officer's and the clerk's (admin) windows. */
function fresh(at = '2026-11-24T09:00:00+09:00'): { officer: Session; clerk: Session; sqlite: Sqlite } {
  copy = openCopy(base.dbPath, at);
  opened.push(copy);
  const now = copy.clock.now();
  return { officer: signedInAs(1, 'officer', now), clerk: signedInAs(clerkAccount.id, 'admin', now), sqlite: databaseOf(copy.app).sqlite };
}

const footage = () =>
  fileInput(policy.cctv, {
    name: 'CCTV 녹화 영상 (NVR-1, 2026-11-01 촬영분)',
    items: '영상(얼굴·행동)',
    mediaKind: 'video',
    locationKind: 'cctv',
    locationDetail: 'NVR-1 (1층 행정실 녹화기)',
    recordCount: 16,
    createdOn: '2026-11-01',
    startDate: '2026-11-01',
  });

async function statusOf(session: Session, id: number): Promise<FileView | undefined> {
  const files = await run(copy.app, session, 'register.list', { includeDestroyed: true });
  return files.find((file) => file.id === id);
}

describe('register.save: the dates a rule needs', () => {
  it('refuses a fixed-period file without its start date, in Korean on the startDate field, and saves nothing', async () => {
    const { clerk, sqlite } = fresh();
    const { startDate: _none, ...withoutStart } = footage();
    const result = await attempt(copy.app, clerk, 'register.save', withoutStart);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: '날짜를 확인해 주세요.',
        fields: { startDate: '이 보존기간은 시작일부터 셉니다. 시작일을 입력해 주세요.' },
      },
    });
    expect(await attempt(copy.app, clerk, 'register.save', { ...footage(), startDate: null })).toMatchObject({
      ok: false,
      error: { fields: { startDate: expect.stringContaining('시작일을 입력해') } },
    });
    expect(count(sqlite, 'pi_files')).toBe(0);
  });

  it('refuses dates after today (on the clinic’s calendar, Asia/Seoul), naming each field', async () => {
    // 08:00 in Seoul on the 25th is still the 24th in UTC: the 25th is today, the 26th is not.
    const { clerk, sqlite } = fresh('2026-11-25T08:00:00+09:00');
    const result = await attempt(copy.app, clerk, 'register.save', { ...footage(), startDate: '2026-11-26', createdOn: '2026-11-26' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: { startDate: '시작일은 오늘 이후일 수 없습니다.', createdOn: '생성일은 오늘 이후일 수 없습니다.' },
      },
    });
    const reservations = fileInput(policy.reservations, { eventDate: '2026-11-26' });
    expect(await attempt(copy.app, clerk, 'register.save', reservations)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { eventDate: '아직 오지 않은 날짜입니다.' } },
    });
    expect(count(sqlite, 'pi_files')).toBe(0);
    const today = await saveFile(copy.app, clerk, { ...footage(), startDate: '2026-11-25', createdOn: '2026-11-25' });
    expect(today).toMatchObject({ startDate: '2026-11-25', status: 'held', due: { retentionEnds: '2026-12-25' } });
  });

  it('refuses a policy that was archived, and one that does not exist', async () => {
    const { clerk, sqlite } = fresh();
    expect(await attempt(copy.app, clerk, 'register.save', fileInput(policy.archived, { startDate: '2026-11-01' }))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { policyId: '사용 중인 정책을 선택해 주세요.' } },
    });
    expect(await attempt(copy.app, clerk, 'register.save', fileInput(999, { startDate: '2026-11-01' }))).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('보존기간 정책') },
    });
    expect(count(sqlite, 'pi_files')).toBe(0);
  });

  it('shows the policy’s rule, basis and the due dates it gives; an edit recomputes them', async () => {
    const { clerk } = fresh();
    const saved = await saveFile(copy.app, clerk, footage());
    expect(saved).toMatchObject({
      name: 'CCTV 녹화 영상 (NVR-1, 2026-11-01 촬영분)',
      items: '영상(얼굴·행동)',
      recordCount: 16,
      policy: { id: policy.cctv, name: 'CCTV 영상', ruleText: '30일', ruleKind: 'fixed', startLabel: '촬영일', minimum: false },
      hold: null,
      pendingRequestId: null,
      destroyedAt: null,
    });
    expect(saved.policy.basis).toContain('표준 개인정보 보호지침');
    // DOMAIN.md's worked example: 2025-11-01 + 30일 → kept through 12-01, due 12-02, "without delay" by 12-06.
    expect(saved.due).toEqual({ from: '2026-11-01', retentionEnds: '2026-12-01', destroyFrom: '2026-12-02', destroyBy: '2026-12-06' });
    const edited = await saveFile(copy.app, clerk, { ...footage(), id: saved.id, startDate: '2026-10-15', recordCount: 12 });
    expect(edited).toMatchObject({ id: saved.id, recordCount: 12, due: { retentionEnds: '2026-11-14', destroyBy: '2026-11-19' } });
    expect(edited.status).toBe('overdue');
  });
});

describe('status from the rule, on the clinic’s calendar', () => {
  it('is held until destroyFrom, due from that day, and overdue the day after destroyBy', async () => {
    const { officer, clerk } = fresh();
    const { id } = await saveFile(copy.app, clerk, footage());
    const at = async (when: string | Date) => {
      copy.clock.set(when);
      return (await statusOf(officer, id))?.status;
    };
    expect(await at('2026-11-24T09:00:00+09:00')).toBe('held');
    expect(await at('2026-12-01T23:59:00+09:00')).toBe('held');
    // Midnight in Seoul is 15:00 of the day before in UTC: the clinic's day decides.
    expect(await at('2026-12-02T00:00:00+09:00')).toBe('due');
    expect(await at('2026-12-06T23:59:00+09:00')).toBe('due');
    expect(await at('2026-12-07T00:00:00+09:00')).toBe('overdue');
    copy.clock.advanceDays(400);
    expect(await at(copy.clock.now())).toBe('overdue');
  });

  it('an event rule has no due date until the event is recorded; then it counts from the event', async () => {
    const { officer, clerk, sqlite } = fresh();
    const saved = await saveFile(copy.app, clerk, fileInput(policy.reservations));
    expect(saved).toMatchObject({ startDate: null, eventDate: null, due: null, status: 'held', policy: { ruleKind: 'event' } });
    copy.clock.set('2029-01-01T09:00:00+09:00');
    expect(await statusOf(officer, saved.id)).toMatchObject({ due: null, status: 'held' });
    // Nothing can be destroyed as "retention expired" while the date it counts from is unknown.
    const early = await attempt(copy.app, clerk, 'disposal.request', {
      items: [{ fileId: saved.id, count: 86 }],
      method: 'paper_shred',
      reason: 'retention_expired',
      place: '행정실',
    });
    expect(early).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('예약 업무 종료일') } });
    expect(count(sqlite, 'disposal_requests')).toBe(0);

    copy.clock.set('2026-11-24T09:00:00+09:00');
    expect(await attempt(copy.app, clerk, 'register.recordEvent', { id: saved.id, eventDate: '2026-11-25' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { eventDate: expect.stringMatching(/[가-힣]/) } },
    });
    expect(await statusOf(officer, saved.id)).toMatchObject({ eventDate: null, due: null });
    const recorded = await run(copy.app, clerk, 'register.recordEvent', { id: saved.id, eventDate: '2026-11-20' });
    expect(recorded).toMatchObject({ eventDate: '2026-11-20', status: 'due' });
    expect(recorded.due).toEqual({ from: '2026-11-20', retentionEnds: '2026-11-20', destroyFrom: '2026-11-21', destroyBy: '2026-11-25' });
    copy.clock.set('2026-11-26T09:00:00+09:00');
    expect(await statusOf(officer, saved.id)).toMatchObject({ status: 'overdue' });
  });
});

describe('보존 연장 (legal hold)', () => {
  it('only the officer may hold or release; a hold shows as extended and stops any disposal', async () => {
    const { officer, clerk, sqlite } = fresh('2026-12-08T09:00:00+09:00');
    const { id } = await saveFile(copy.app, clerk, footage());
    expect(await statusOf(officer, id)).toMatchObject({ status: 'overdue' });

    expect(await attempt(copy.app, clerk, 'register.hold', { id, reason: '수사기관 보존 요청' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await attempt(copy.app, officer, 'register.hold', { id, reason: ' ' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { reason: expect.stringContaining('보존을 연장하는 사유') } },
    });
    expect(await statusOf(officer, id)).toMatchObject({ status: 'overdue', hold: null });

    const held = await run(copy.app, officer, 'register.hold', { id, reason: '○○경찰서 수사 협조 요청(2026-12-07)' });
    expect(held).toMatchObject({ status: 'extended', hold: { reason: '○○경찰서 수사 협조 요청(2026-12-07)', until: null } });

    const before = snapshot(sqlite);
    const request = await attempt(copy.app, clerk, 'disposal.request', {
      items: [{ fileId: id, count: 16 }],
      method: 'electronic_overwrite',
      reason: 'retention_expired',
      place: '1층 행정실 녹화기',
    });
    expect(request).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'items.0': expect.stringContaining('보존 연장 중인 파일입니다(○○경찰서 수사 협조 요청') } },
    });
    expect(snapshot(sqlite)).toEqual(before);

    expect(await attempt(copy.app, clerk, 'register.release', { id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await statusOf(officer, id)).toMatchObject({ status: 'extended' });
    const released = await run(copy.app, officer, 'register.release', { id });
    expect(released).toMatchObject({ status: 'overdue', hold: null });
    expect(await attempt(copy.app, officer, 'register.release', { id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '보존 연장 중인 파일이 아닙니다.' },
    });
    await run(copy.app, clerk, 'disposal.request', {
      items: [{ fileId: id, count: 16 }],
      method: 'electronic_overwrite',
      reason: 'retention_expired',
      place: '1층 행정실 녹화기',
    });
    expect(await statusOf(officer, id)).toMatchObject({ status: 'pending' });
  });

  it('a hold with an end date ends by itself after that day; an end date already past is refused', async () => {
    const { officer, clerk } = fresh('2026-12-08T09:00:00+09:00');
    const { id } = await saveFile(copy.app, clerk, footage());
    expect(await attempt(copy.app, officer, 'register.hold', { id, reason: '분쟁 증거', until: '2026-12-07' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { until: expect.stringMatching(/[가-힣]/) } },
    });
    await run(copy.app, officer, 'register.hold', { id, reason: '분쟁 증거', until: '2026-12-31' });
    copy.clock.set('2026-12-31T23:00:00+09:00');
    expect(await statusOf(officer, id)).toMatchObject({ status: 'extended' });
    copy.clock.set('2027-01-01T00:30:00+09:00');
    expect(await statusOf(officer, id)).toMatchObject({ status: 'overdue', hold: { reason: '분쟁 증거', until: '2026-12-31' } });
  });
});

describe('files in a disposal, and destroyed files', () => {
  it('a file in an open request is shown as pending and cannot be edited or held; a destroyed one leaves the list', async () => {
    const { officer, clerk, sqlite } = fresh('2026-12-08T09:00:00+09:00');
    const kept = await saveFile(copy.app, clerk, {
      ...footage(),
      name: 'CCTV 녹화 영상 (NVR-2, 2026-11-20 촬영분)',
      startDate: '2026-11-20',
    });
    const { id } = await saveFile(copy.app, clerk, footage());
    const request = await run(copy.app, clerk, 'disposal.request', {
      items: [{ fileId: id, count: 16 }],
      method: 'electronic_overwrite',
      reason: 'retention_expired',
      place: '1층 행정실 녹화기',
    });
    expect(await statusOf(officer, id)).toMatchObject({ status: 'pending', pendingRequestId: request.id });
    const editing = await attempt(copy.app, clerk, 'register.save', { ...footage(), id, recordCount: 20 });
    expect(editing).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('파기 요청이 진행 중') } });
    expect(await attempt(copy.app, officer, 'register.hold', { id, reason: '분쟁 증거' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });

    await run(copy.app, clerk, 'disposal.perform', {
      requestId: request.id,
      performedOn: '2026-12-08',
      delayReason: '주말이 끼어 월요일에 파기',
      password: clerkAccount.password,
    });
    await run(copy.app, officer, 'disposal.approve', { requestId: request.id, password: OFFICER.password });

    const listed = await run(copy.app, officer, 'register.list', {});
    expect(listed.map((file) => file.id)).toEqual([kept.id]);
    const everything = await run(copy.app, officer, 'register.list', { includeDestroyed: true });
    expect(everything.find((file) => file.id === id)).toMatchObject({
      status: 'destroyed',
      recordCount: 0,
      destroyedAt: copy.clock.now().toISOString(),
      pendingRequestId: null,
    });
    const before = snapshot(sqlite);
    expect(await attempt(copy.app, clerk, 'register.save', { ...footage(), id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '파기가 끝난 파일은 바꿀 수 없습니다.' },
    });
    expect(await attempt(copy.app, officer, 'register.hold', { id, reason: '분쟁 증거' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(snapshot(sqlite)).toEqual(before);
  });
});
