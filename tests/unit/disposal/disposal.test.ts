import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ATTACHMENT_MAX_BYTES, type DisposalView } from '../../../shared/disposal/contract.ts';
import type { LedgerContent, LedgerSignature } from '../../../shared/ledger/types.ts';
import type { MethodInput } from '../../../shared/domains.ts';
import type { Session } from '../../../electron/session.ts';
import { CLINIC, OFFICER, createAccount, setUpClinic, type TestAccount } from '../../support/accounts.ts';
import {
  present,
  ledgerRows,
  PDF_BASE64,
  PNG_BASE64,
  PNG_BYTES,
  accessLogText,
  attempt,
  count,
  fileInput,
  ledgerRow,
  photo,
  presetPolicy,
  run,
  saveFile,
  sha256,
  snapshot,
  type Sqlite,
} from '../../support/ledger.ts';
import { openCopy, signedInAs } from '../../support/tamper.ts';
import { databaseOf, testApp, type TestApp } from '../../support/tempdb.ts';

// The disposal workflow: 파기 요청 → 수행 (the performer signs) → 승인 (the approver signs) → one
// signed ledger entry. A clinic with its register is set up once; every test works on its own copy.
// Every refusal must leave the file exactly as it was: no entry, no request, no evidence, no count.

const WRONG = 'Wrong#Guess2026';
const CLERK_NAME = '이하은';
const TODAY = '2026-03-03';

let base: TestApp;
let clerkAccount: TestAccount;
const file = { paper: 0, excel: 0, footage: 0, chart: 0, mailjet: 0 };

beforeAll(async () => {
  base = testApp('2026-03-02T09:00:00+09:00');
  const officer = await setUpClinic(base.app);
  clerkAccount = await createAccount(base.app, officer, 'clerk', 'admin', CLERK_NAME);
  const clerk = clerkAccount.session;
  const cctv = await presetPolicy(base.app, clerk, 'CCTV 영상', 'cctv-30d', '촬영일');
  const reservations = await presetPolicy(base.app, clerk, '홈페이지 예약 정보', 'service-web-reservation', '예약 업무 종료일');
  const charts = await presetPolicy(base.app, clerk, '진료기록부', 'medical-chart', '진료 종결일');
  const processors = await presetPolicy(base.app, clerk, '위탁 업무 정보', 'service-processor-contract', '위탁계약 종료일');
  const save = async (input: Parameters<typeof fileInput>[1], policyId: number) =>
    (await saveFile(base.app, clerk, fileInput(policyId, input))).id;
  file.paper = await save({ eventDate: '2026-02-27' }, reservations);
  file.excel = await save(
    {
      name: '홈페이지 예약 정보 (2026년 1분기)',
      items: '이름·국적·생년월일·이메일',
      mediaKind: 'electronic',
      locationKind: 'pc_folder',
      locationDetail: '행정실 PC D:\\예약\\2026-1분기.xlsx',
      recordCount: 412,
      createdOn: '2026-01-02',
      eventDate: '2026-02-27',
    },
    reservations,
  );
  file.footage = await save(
    {
      name: 'CCTV 녹화 영상 (NVR-1, 2026-02-20 촬영분)',
      items: '영상(얼굴·행동)',
      mediaKind: 'video',
      locationKind: 'cctv',
      locationDetail: 'NVR-1 (1층 행정실 녹화기)',
      recordCount: 16,
      createdOn: '2026-02-20',
      startDate: '2026-02-20',
    },
    cctv,
  );
  file.chart = await save(
    {
      name: '진료기록부 (2025년 진료 종결분)',
      items: '이름·주민등록번호·주소·연락처·진료 내용',
      locationDetail: '지하 1층 의무기록실 서가 C',
      recordCount: 1240,
      createdOn: '2025-01-02',
      startDate: '2025-12-31',
    },
    charts,
  );
  file.mailjet = await save(
    {
      name: '예약 알림 이메일 수신자 (수탁자 PREDAQ)',
      items: '이름·이메일·예약일자',
      mediaKind: 'electronic',
      locationKind: 'processor',
      locationDetail: 'PREDAQ 메일 발송 시스템',
      recordCount: 3120,
      createdOn: '2025-07-01',
      eventDate: '2026-02-27',
    },
    processors,
  );
  await base.app.close();
});

afterAll(async () => {
  await base.close();
});

let copy: TestApp;
let sqlite: Sqlite;
const opened: TestApp[] = [];

afterEach(async () => {
  vi.restoreAllMocks();
  for (const app of opened.splice(0)) await app.close();
});

/** A copy of the clinic on 2026-03-03, with the officer's and the clerk's (admin) windows. */
function fresh(at = `${TODAY}T10:00:00+09:00`): { officer: Session; clerk: Session } {
  copy = openCopy(base.dbPath, at);
  opened.push(copy);
  sqlite = databaseOf(copy.app).sqlite;
  const now = copy.clock.now();
  return { officer: signedInAs(1, 'officer', now), clerk: signedInAs(clerkAccount.id, 'admin', now) };
}

const shredPaper = (overrides: Partial<MethodInput<'disposal.request'>> = {}): MethodInput<'disposal.request'> => ({
  items: [{ fileId: file.paper, count: 86 }],
  method: 'paper_shred',
  reason: 'purpose_achieved',
  place: '행정실 (문서 세단기)',
  note: '예약 업무 종료 후 세단',
  attachments: [photo()],
  ...overrides,
});

const request = (session: Session, payload: MethodInput<'disposal.request'>) => run(copy.app, session, 'disposal.request', payload);
const perform = (session: Session, requestId: number, password = clerkAccount.password, performedOn = TODAY, delayReason?: string) =>
  attempt(copy.app, session, 'disposal.perform', { requestId, performedOn, password, ...(delayReason ? { delayReason } : {}) });
const approve = (session: Session, requestId: number, password: string = OFFICER.password) =>
  attempt(copy.app, session, 'disposal.approve', { requestId, password });

/** Requested by the clerk and signed by the clerk as performer: waiting for the officer. */
async function performedRequest(clerk: Session, payload: MethodInput<'disposal.request'> = shredPaper()): Promise<DisposalView> {
  const requested = await request(clerk, payload);
  expect(await perform(clerk, requested.id)).toMatchObject({ ok: true, value: { status: 'performed' } });
  return requested;
}

const fileRow = (id: number) => sqlite.prepare('SELECT record_count, destroyed_at FROM pi_files WHERE id = ?').get(id);
const requestRow = (id: number) => sqlite.prepare('SELECT * FROM disposal_requests WHERE id = ?').get(id) as Record<string, unknown>;
const failedAttempts = (id: number) => sqlite.prepare('SELECT failed_attempts FROM users WHERE id = ?').pluck().get(id);
const lastLog = (method: string) =>
  sqlite.prepare('SELECT user_id, result, targets FROM access_log WHERE method = ? ORDER BY seq DESC LIMIT 1').get(method);

describe('the workflow: request → perform → approve', () => {
  it('ends in one signed ledger entry with every column, the file destroyed and the request completed', async () => {
    const { officer, clerk } = fresh();
    const head = sqlite.prepare('SELECT seq, hash FROM ledger_entries ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string };

    const requested = await request(clerk, shredPaper());
    expect(requested).toMatchObject({
      status: 'requested',
      method: 'paper_shred',
      reason: 'purpose_achieved',
      place: '행정실 (문서 세단기)',
      items: [{ fileId: file.paper, name: '예약 신청서 묶음 (2026년 1월)', recordCount: 86, countDestroyed: 86, destroyBy: '2026-03-04' }],
      attachments: [{ kind: 'photo', fileName: '세단_사진.png', mime: 'image/png', size: PNG_BYTES.length, sha256: sha256(PNG_BYTES) }],
      requestedBy: { userId: clerkAccount.id, name: CLERK_NAME },
      performedBy: null,
      serial: null,
    });
    const [attachment] = requested.attachments;
    // The evidence is stored in the database, byte for byte, and can be looked at again.
    const stored = sqlite.prepare('SELECT data, sha256 FROM attachments WHERE id = ?').get(attachment?.id) as {
      data: Buffer;
      sha256: string;
    };
    expect(stored.data.equals(PNG_BYTES)).toBe(true);
    expect(stored.sha256).toBe(sha256(PNG_BYTES));
    expect(await run(copy.app, officer, 'disposal.attachment', { id: present(attachment?.id) })).toEqual({
      ref: attachment,
      dataBase64: PNG_BASE64,
      checkedAgainst: 'stored',
    });
    const files = await run(copy.app, officer, 'register.list', {});
    expect(files.find((f) => f.id === file.paper)).toMatchObject({ status: 'pending', pendingRequestId: requested.id });

    copy.clock.advanceMinutes(90);
    const performed = await perform(clerk, requested.id);
    expect(performed).toMatchObject({
      ok: true,
      value: { status: 'performed', performedBy: { userId: clerkAccount.id, name: CLERK_NAME }, performedOn: TODAY, approvedBy: null },
    });
    expect(sqlite.prepare('SELECT count(*) FROM ledger_entries').pluck().get()).toBe(head.seq);

    copy.clock.advanceMinutes(30);
    const approved = await approve(officer, requested.id);
    expect(approved).toMatchObject({
      ok: true,
      value: {
        status: 'completed',
        serial: '2026-0001',
        approvedBy: { userId: 1, name: OFFICER.name },
        approvedAt: copy.clock.now().toISOString(),
      },
    });

    const row = ledgerRow(sqlite, '2026-0001');
    expect(row).toMatchObject({ seq: head.seq + 1, kind: 'destruction' });
    const content = JSON.parse(row.content) as LedgerContent<'destruction'>;
    expect(content).toMatchObject({
      v: 1,
      seq: head.seq + 1,
      kind: 'destruction',
      prevHash: head.hash,
      recordedAt: copy.clock.now().toISOString(),
    });
    const { record, approval } = content.body;
    expect(content.body).toMatchObject({ serial: '2026-0001', requireDistinctSigners: true });
    expect(record).toMatchObject({
      requestId: requested.id,
      clinic: { name: CLINIC.name, businessNumber: CLINIC.businessNumber },
      method: 'paper_shred',
      methodLabel: '파쇄',
      methodBasis: expect.stringContaining('시행령 제16조'),
      reason: 'purpose_achieved',
      reasonLabel: '처리목적 달성',
      place: '행정실 (문서 세단기)',
      note: '예약 업무 종료 후 세단',
      requestedBy: { userId: clerkAccount.id, name: CLERK_NAME },
      performedOn: TODAY,
      performer: { userId: clerkAccount.id, login: 'clerk', name: CLERK_NAME, keyId: expect.any(String) },
      attachments: [requested.attachments[0]],
    });
    expect(record.files).toEqual([
      {
        fileId: file.paper,
        name: '예약 신청서 묶음 (2026년 1월)',
        items: '이름·연락처·진료과·예약일시',
        mediaKind: 'paper',
        mediaKindLabel: '종이문서',
        location: '종이 서류철 — 행정실 문서함 2번 칸',
        createdOn: '2026-01-05',
        countBefore: 86,
        countDestroyed: 86,
        countAfter: 0,
        policy: { name: '홈페이지 예약 정보', ruleText: '예약 업무 종료 시까지', basis: expect.stringContaining('개인정보 보호법 제21조') },
        retentionEnds: '2026-02-27',
        destroyBy: '2026-03-04',
        recordIdsDigest: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    ]);
    expect(approval).toEqual({
      approver: { userId: 1, login: OFFICER.login, name: OFFICER.name, title: OFFICER.title, keyId: expect.any(String) },
      approvedOn: TODAY,
      approvedAt: copy.clock.now().toISOString(),
    });
    expect(approval.approver.keyId).not.toBe(record.performer.keyId);
    const signatures = JSON.parse(row.signatures) as LedgerSignature[];
    expect(signatures.map((s) => [s.role, s.signs, s.keyId])).toEqual([
      ['performer', 'record', record.performer.keyId],
      ['approver', 'content', approval.approver.keyId],
    ]);
    // The entry holds the evidence's digest, never its bytes.
    expect(row.content).not.toContain(PNG_BASE64);

    expect(fileRow(file.paper)).toEqual({ record_count: 0, destroyed_at: copy.clock.now().toISOString() });
    expect(requestRow(requested.id)).toMatchObject({
      status: 'completed',
      approved_by: 1,
      serial: '2026-0001',
      ledger_seq: row.seq,
      ledger_hash: row.hash,
    });
    const verified = await run(copy.app, officer, 'ledger.verify', {});
    // The entry is followed by the seal of the access-log entry that recorded it.
    expect(verified).toMatchObject({
      ok: true,
      ledger: { ok: true, entries: row.seq + 1 },
      accessLog: { ok: true, unsealed: { entries: 0 } },
    });
    expect(ledgerRows(sqlite).at(-1)).toMatchObject({ seq: row.seq + 1, kind: 'audit.seal' });
    const certificate = await run(copy.app, officer, 'ledger.entry', { serial: '2026-0001' });
    expect(certificate).toMatchObject({ qr: `RD1|2026-0001|${row.hash}`, entry: { seq: row.seq, hash: row.hash } });
    expect(await run(copy.app, officer, 'disposal.list', {})).toEqual([]);
    expect(await run(copy.app, officer, 'disposal.list', { status: 'completed' })).toMatchObject([{ id: requested.id }]);
  });

  it('a partial destruction lowers the count and keeps the file; serials run per year of the performer’s signature and restart in a new year', async () => {
    const { officer, clerk } = fresh();
    const erase = (records: number): MethodInput<'disposal.request'> => ({
      items: [{ fileId: file.excel, count: records }],
      method: 'electronic_erase',
      reason: 'purpose_achieved',
      place: '행정실 PC',
    });
    const first = await performedRequest(clerk, shredPaper());
    expect(await approve(officer, first.id)).toMatchObject({ ok: true, value: { serial: '2026-0001' } });
    const partial = await performedRequest(clerk, erase(100));
    expect(await approve(officer, partial.id)).toMatchObject({ ok: true, value: { serial: '2026-0002' } });
    expect(fileRow(file.excel)).toEqual({ record_count: 312, destroyed_at: null });
    const partialBody = JSON.parse(ledgerRow(sqlite, '2026-0002').content) as LedgerContent<'destruction'>;
    expect(partialBody.body.record.files[0]).toMatchObject({ countBefore: 412, countDestroyed: 100, countAfter: 312 });
    const files = await run(copy.app, officer, 'register.list', {});
    expect(files.find((f) => f.id === file.excel)).toMatchObject({ status: 'due', recordCount: 312, destroyedAt: null });

    // Requested and performed on the last day of 2026, approved half an hour into 2027 in Seoul: the
    // performer's signature took (and covers) the serial, so the year it was signed in numbers the entry.
    copy.clock.set('2026-12-31T16:00:00+09:00');
    const rest = await request(clerk, erase(312));
    expect(await perform(clerk, rest.id, clerkAccount.password, '2026-12-31', '나머지 건수는 연말 정리 때 파기')).toMatchObject({
      ok: true,
      value: { serial: '2026-0003' },
    });
    copy.clock.set('2027-01-01T00:30:00+09:00');
    expect(await approve(officer, rest.id)).toMatchObject({ ok: true, value: { serial: '2026-0003' } });
    expect((JSON.parse(ledgerRow(sqlite, '2026-0003').content) as LedgerContent<'destruction'>).body.approval.approvedOn).toBe(
      '2027-01-01',
    );
    expect(fileRow(file.excel)).toEqual({ record_count: 0, destroyed_at: copy.clock.now().toISOString() });
    const footage = await request(clerk, {
      items: [{ fileId: file.footage, count: 16 }],
      method: 'electronic_overwrite',
      reason: 'retention_expired',
      place: '1층 행정실 녹화기',
    });
    expect(await perform(clerk, footage.id, clerkAccount.password, '2027-01-01', '녹화기 교체로 늦어짐')).toMatchObject({ ok: true });
    expect(await approve(officer, footage.id)).toMatchObject({ ok: true, value: { serial: '2027-0001' } });
    expect(sqlite.prepare("SELECT serial FROM ledger_entries WHERE kind = 'destruction' ORDER BY seq").pluck().all()).toEqual([
      '2026-0001',
      '2026-0002',
      '2026-0003',
      '2027-0001',
    ]);
    expect(await run(copy.app, officer, 'ledger.verify', {})).toMatchObject({ ok: true });
  });
});

describe('signatures: a wrong password, the wrong person, a second click', () => {
  it('a wrong password at perform changes nothing but counts toward the lockout; the fifth locks the account', async () => {
    const { clerk } = fresh();
    const requested = await request(clerk, shredPaper());
    const before = snapshot(sqlite);
    expect(await perform(clerk, requested.id, WRONG)).toMatchObject({
      ok: false,
      error: {
        code: 'UNAUTHENTICATED',
        message: expect.stringContaining('남은 시도: 4회'),
        fields: { password: expect.stringMatching(/[가-힣]/) },
      },
    });
    expect(snapshot(sqlite)).toEqual(before);
    expect(failedAttempts(clerkAccount.id)).toBe(1);
    expect(lastLog('disposal.perform')).toEqual({
      user_id: clerkAccount.id,
      result: 'UNAUTHENTICATED',
      targets: `["disposal_request:${requested.id}"]`,
    });
    for (let i = 0; i < 3; i += 1) await perform(clerk, requested.id, WRONG);
    expect(await perform(clerk, requested.id, WRONG)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(sqlite.prepare('SELECT failed_attempts, locked_at FROM users WHERE id = ?').get(clerkAccount.id)).toEqual({
      failed_attempts: 5,
      locked_at: copy.clock.now().toISOString(),
    });
    expect(clerk.user).toBeNull();
    expect(snapshot(sqlite)).toEqual(before);
  });

  it('a wrong password at approve changes nothing but counts; the right one then completes and resets the count', async () => {
    const { officer, clerk } = fresh();
    const requested = await performedRequest(clerk);
    const before = snapshot(sqlite);
    expect(await approve(officer, requested.id, WRONG)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: expect.stringContaining('남은 시도: 4회') },
    });
    expect(snapshot(sqlite)).toEqual(before);
    expect(failedAttempts(1)).toBe(1);
    expect(lastLog('disposal.approve')).toMatchObject({ user_id: 1, result: 'UNAUTHENTICATED' });
    expect(await approve(officer, requested.id)).toMatchObject({ ok: true, value: { serial: '2026-0001' } });
    expect(failedAttempts(1)).toBe(0);
  });

  it('the performer cannot approve their own destruction while the clinic requires two people; allowed once the officer turns it off', async () => {
    const { officer } = fresh();
    const requested = await request(officer, shredPaper());
    expect(await perform(officer, requested.id, OFFICER.password)).toMatchObject({ ok: true });
    const before = snapshot(sqlite);
    expect(await approve(officer, requested.id)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('다른 사람이 승인해야') },
    });
    expect(snapshot(sqlite)).toEqual(before);

    // Waiving the rule is itself a signed entry: without the officer's password nothing changes.
    expect(await attempt(copy.app, officer, 'settings.update', { requireDistinctSigners: false })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { officerPassword: expect.stringMatching(/[가-힣]/) } },
    });
    expect(
      await run(copy.app, officer, 'settings.update', { requireDistinctSigners: false, officerPassword: OFFICER.password }),
    ).toMatchObject({
      requireDistinctSigners: false,
    });
    expect(sqlite.prepare("SELECT count(*) FROM ledger_entries WHERE kind = 'policy.signers'").pluck().get()).toBe(1);
    expect(await approve(officer, requested.id)).toMatchObject({ ok: true, value: { serial: '2026-0001' } });
    const body = (JSON.parse(ledgerRow(sqlite, '2026-0001').content) as LedgerContent<'destruction'>).body;
    // The entry says under which rule it was signed, so an auditor sees why one person signed twice.
    expect(body).toMatchObject({
      requireDistinctSigners: false,
      record: { performer: { userId: 1 } },
      approval: { approver: { userId: 1 } },
    });
    expect(await run(copy.app, officer, 'ledger.verify', {})).toMatchObject({ ok: true });
  });

  it('only the officer approves: the admin (performer’s colleague or not) is refused, nothing changes', async () => {
    const { clerk } = fresh();
    const requested = await performedRequest(clerk);
    const before = snapshot(sqlite);
    expect(await approve(clerk, requested.id, clerkAccount.password)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(snapshot(sqlite)).toEqual(before);
    expect(lastLog('disposal.approve')).toMatchObject({ user_id: clerkAccount.id, result: 'FORBIDDEN' });
  });

  it('approve before perform, a second perform, and a second approve click are refused (CONFLICT), still one entry', async () => {
    const { officer, clerk } = fresh();
    const requested = await request(clerk, shredPaper());
    const untouched = snapshot(sqlite);
    expect(await approve(officer, requested.id)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '아직 수행 서명 전인 요청입니다.' },
    });
    expect(snapshot(sqlite)).toEqual(untouched);
    expect(await perform(clerk, requested.id)).toMatchObject({ ok: true });
    const performed = snapshot(sqlite);
    expect(await perform(clerk, requested.id)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '이미 수행 서명이 끝난 요청입니다.' },
    });
    expect(snapshot(sqlite)).toEqual(performed);
    expect(await approve(officer, requested.id)).toMatchObject({ ok: true });
    const completed = snapshot(sqlite);
    expect(await approve(officer, requested.id)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '이미 승인되어 관리대장에 기록된 요청입니다.' },
    });
    expect(snapshot(sqlite)).toEqual(completed);
    // The destruction and the seal of the access-log entry that recorded it.
    expect(completed.counts.ledger_entries).toBe(untouched.counts.ledger_entries + 2);
    expect(await attempt(copy.app, officer, 'disposal.approve', { requestId: 999, password: OFFICER.password })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('two approve clicks at the same moment make one entry: one succeeds, the other is refused', async () => {
    const { officer, clerk } = fresh();
    const requested = await performedRequest(clerk);
    const before = snapshot(sqlite);
    const results = await Promise.all([approve(officer, requested.id), approve(officer, requested.id)]);
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code)).sort()).toEqual(['CONFLICT', 'ok']);
    expect(snapshot(sqlite).counts.ledger_entries).toBe(before.counts.ledger_entries + 2);
    expect(ledgerRows(sqlite).filter((r) => r.kind === 'destruction')).toHaveLength(1);
    expect(await run(copy.app, officer, 'ledger.verify', {})).toMatchObject({ ok: true });
  });
});

/** A request with these attachments, which must be refused without any change. */
const refused = async (clerk: Session, attachments: unknown[]) => {
  const before = snapshot(sqlite);
  const result = await attempt(copy.app, clerk, 'disposal.request', { ...shredPaper(), attachments });
  expect(snapshot(sqlite)).toEqual(before);
  return result;
};

/** A request (no evidence unless given) that must be refused without any change. */
const refusedRequest = async (session: Session, payload: Record<string, unknown>) => {
  const before = snapshot(sqlite);
  const result = await attempt(copy.app, session, 'disposal.request', { place: '행정실', attachments: [], ...payload });
  expect(snapshot(sqlite)).toEqual(before);
  return result;
};

describe('evidence attachments', () => {
  it('refuses a file over 10 MB: the schema caps the base64 text, the service the decoded bytes', async () => {
    const { clerk } = fresh();
    const tooLongText = 'A'.repeat(Math.ceil((ATTACHMENT_MAX_BYTES * 4) / 3) + 5);
    expect(await refused(clerk, [photo('큰_사진.png', tooLongText)])).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'attachments.0.dataBase64': '첨부 파일은 10MB 이하여야 합니다.' } },
    });
    // One byte over 10 MiB still fits the schema's base64 slack: the decoded size is what is refused.
    const oneOver = Buffer.alloc(ATTACHMENT_MAX_BYTES + 1);
    PNG_BYTES.copy(oneOver);
    expect(await refused(clerk, [photo('큰_사진.png', oneOver.toString('base64'))])).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'attachments.0': '큰_사진.png: 10MB 이하의 파일만 첨부할 수 있습니다.' } },
    });
    const exactly = oneOver.subarray(0, ATTACHMENT_MAX_BYTES);
    const accepted = await request(clerk, shredPaper({ attachments: [photo('10MB_사진.png', exactly.toString('base64'))] }));
    expect(accepted.attachments).toMatchObject([{ size: ATTACHMENT_MAX_BYTES, sha256: sha256(exactly) }]);
  });

  it('refuses bytes that are not a photo or PDF whatever the name says, and damaged base64', async () => {
    const { clerk } = fresh();
    const text = Buffer.from('이것은 사진이 아닙니다').toString('base64');
    expect(await refused(clerk, [photo('세단_사진.png', text)])).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: '첨부할 수 없는 파일 형식입니다.',
        fields: { 'attachments.0': '세단_사진.png: 사진(JPEG, PNG)이나 PDF만 첨부할 수 있습니다.' },
      },
    });
    // The second attachment is the bad one: the whole request is refused, the good photo not kept either.
    expect(await refused(clerk, [photo(), photo('손상.png', '@@not base64@@')])).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'attachments.1': expect.stringContaining('손상.png') } },
    });
  });

  it('refuses more than ten attachments', async () => {
    const { clerk } = fresh();
    const eleven = Array.from({ length: 11 }, (_, i) => photo(`사진_${i + 1}.png`));
    expect(await refused(clerk, eleven)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { attachments: '첨부는 10개까지입니다.' } },
    });
  });

  it('takes the type from the bytes, not from the name or the claimed mime type', async () => {
    const { clerk } = fresh();
    const requested = await request(
      clerk,
      shredPaper({ attachments: [{ kind: 'other', fileName: '확인서.pdf', mime: 'application/pdf', dataBase64: PNG_BASE64 }] }),
    );
    expect(requested.attachments).toMatchObject([{ fileName: '확인서.pdf', mime: 'image/png' }]);
    expect(sqlite.prepare('SELECT mime FROM attachments').pluck().all()).toEqual(['image/png']);
  });
});

describe('what may be destroyed, how and why', () => {
  it('refuses a method that does not fit the medium (shredding an electronic file)', async () => {
    const { clerk } = fresh();
    expect(
      await refusedRequest(clerk, { items: [{ fileId: file.excel, count: 412 }], method: 'paper_shred', reason: 'purpose_achieved' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'items.0': "홈페이지 예약 정보 (2026년 1분기): 전자파일에는 '파쇄' 방법을 쓸 수 없습니다." } },
    });
    expect(
      await refusedRequest(clerk, { items: [{ fileId: file.paper, count: 86 }], method: 'media_degauss', reason: 'purpose_achieved' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'items.0': expect.stringContaining('종이문서에는') } } });
  });

  it('refuses "retention expired" before the period is over, saying from when it may be destroyed', async () => {
    const { clerk } = fresh();
    const result = await refusedRequest(clerk, {
      items: [{ fileId: file.footage, count: 16 }],
      method: 'electronic_overwrite',
      reason: 'retention_expired',
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: {
          'items.0': 'CCTV 녹화 영상 (NVR-1, 2026-02-20 촬영분): 보유기간이 아직 끝나지 않았습니다(2026-03-23부터 파기할 수 있습니다).',
        },
      },
    });
    // A limit (not a statutory minimum) may end early for another reason: the data subject asked.
    expect(
      await attempt(copy.app, clerk, 'disposal.request', {
        items: [{ fileId: file.footage, count: 16 }],
        method: 'electronic_overwrite',
        reason: 'subject_request',
        place: '1층 행정실 녹화기',
      }),
    ).toMatchObject({ ok: true, value: { status: 'requested' } });
  });

  it('never destroys a statutory minimum (진료기록부 10년) early, whatever the reason', async () => {
    const { officer } = fresh();
    for (const reason of ['subject_request', 'consent_withdrawn', 'purpose_achieved', 'retention_expired']) {
      const result = await refusedRequest(officer, { items: [{ fileId: file.chart, count: 1 }], method: 'paper_shred', reason });
      expect(result, reason).toMatchObject({
        ok: false,
        error: {
          code: 'VALIDATION',
          fields: { 'items.0': expect.stringContaining('법령상 2035-12-31까지 보존해야 합니다(의료법 시행규칙 제15조') },
        },
      });
    }
  });

  it('says the date is missing when a statutory-minimum file has no start date recorded yet', async () => {
    const { officer, clerk } = fresh();
    const policy = await run(copy.app, officer, 'policies.save', {
      name: '진료 후 5년 보존 기록',
      startLabel: '진료 종료일',
      source: {
        kind: 'custom',
        rule: { kind: 'event', event: 'treatment_end', grace: { length: 5, unit: 'year' } },
        basis: '내부 관리계획 제9조',
        minimum: true,
      },
    });
    const open = await saveFile(copy.app, clerk, fileInput(policy.id, { name: '외래 상담 기록 (진료 중)', eventDate: null }));
    const result = await refusedRequest(officer, {
      items: [{ fileId: open.id, count: 1 }],
      method: 'paper_shred',
      reason: 'subject_request',
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: { 'items.0': expect.stringContaining('기준일(진료 종료일)이 기록되지 않아 보존 종료일을 알 수 없습니다') },
      },
    });
  });

  it('keeps the due dates a request was made on: the end date cannot move meanwhile, and perform and approve check again', async () => {
    const { officer, clerk } = fresh();
    const requested = await request(clerk, shredPaper({ reason: 'retention_expired' }));
    const moved = await attempt(copy.app, clerk, 'register.recordEvent', { id: file.paper, eventDate: TODAY });
    expect(moved).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('파기 요청이 진행 중인 파일') } });

    // Changed behind the app's back (here by SQL): the performer's signature is refused …
    sqlite.prepare('UPDATE pi_files SET event_date = ? WHERE id = ?').run(TODAY, file.paper);
    const performed = await attempt(copy.app, clerk, 'disposal.perform', {
      requestId: requested.id,
      performedOn: TODAY,
      password: clerkAccount.password,
    });
    expect(performed).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('보유기간이 아직 끝나지 않았습니다') },
    });

    // … and a change after the performer signed stops the approval.
    sqlite.prepare('UPDATE pi_files SET event_date = ? WHERE id = ?').run('2026-02-27', file.paper);
    await perform(clerk, requested.id);
    sqlite.prepare('UPDATE pi_files SET event_date = ? WHERE id = ?').run('2026-02-28', file.paper);
    const before = count(sqlite, 'ledger_entries');
    const approved = await attempt(copy.app, officer, 'disposal.approve', { requestId: requested.id, password: OFFICER.password });
    expect(approved).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('수행 서명 뒤에 바뀌었습니다') },
    });
    expect(count(sqlite, 'ledger_entries')).toBe(before);
  });

  it('refuses more records than held, a file twice, an unknown file, and an empty selection', async () => {
    const { clerk } = fresh();
    const shred = { method: 'paper_shred', reason: 'purpose_achieved' };
    expect(await refusedRequest(clerk, { ...shred, items: [{ fileId: file.paper, count: 87 }] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'items.0': expect.stringContaining('보유 건수(86건)보다 많이 파기할 수 없습니다') } },
    });
    expect(
      await refusedRequest(clerk, {
        ...shred,
        items: [
          { fileId: file.paper, count: 40 },
          { fileId: file.paper, count: 46 },
        ],
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { items: '파일마다 한 번만 선택해 주세요.' } } });
    expect(await refusedRequest(clerk, { ...shred, items: [{ fileId: 999, count: 1 }] })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await refusedRequest(clerk, { ...shred, items: [] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { items: '파기할 개인정보 파일을 하나 이상 선택해 주세요.' } },
    });
    expect(await refusedRequest(clerk, { ...shred, items: [{ fileId: file.paper, count: 0 }] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'items.0.count': '파기 건수는 1 이상이어야 합니다.' } },
    });
  });

  it('a processor’s destruction needs the processor’s confirmation letter', async () => {
    const { clerk } = fresh();
    const byProcessor: MethodInput<'disposal.request'> = {
      items: [{ fileId: file.mailjet, count: 3120 }],
      method: 'processor',
      reason: 'contract_ended',
      place: 'PREDAQ 메일 발송 시스템',
    };
    expect(await refusedRequest(clerk, { ...byProcessor, attachments: [photo()] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { attachments: expect.stringContaining('파기 확인서') } },
    });
    const letter = {
      kind: 'processor_confirmation' as const,
      fileName: 'PREDAQ_파기확인서.pdf',
      mime: 'application/pdf',
      dataBase64: PDF_BASE64,
    };
    const accepted = await request(clerk, { ...byProcessor, attachments: [letter] });
    expect(accepted.attachments).toMatchObject([{ kind: 'processor_confirmation', mime: 'application/pdf' }]);
  });

  it('a file in an open request cannot be requested again; cancelling frees it', async () => {
    const { officer, clerk } = fresh();
    const first = await request(clerk, shredPaper());
    const again = await refusedRequest(clerk, {
      items: [{ fileId: file.paper, count: 86 }],
      method: 'paper_shred',
      reason: 'purpose_achieved',
    });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'items.0': expect.stringContaining('다른 파기 요청이 진행 중') } },
    });
    expect(await attempt(copy.app, clerk, 'disposal.cancel', { requestId: first.id, reason: ' ' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { reason: '취소 사유를 입력해 주세요.' } },
    });
    const cancelled = await run(copy.app, clerk, 'disposal.cancel', { requestId: first.id, reason: '파기 방법 변경' });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '파기 방법 변경', cancelledAt: copy.clock.now().toISOString() });
    const files = await run(copy.app, officer, 'register.list', {});
    expect(files.find((f) => f.id === file.paper)).toMatchObject({ status: 'due', pendingRequestId: null });
    // A cancelled request can no longer be signed; the file can be requested again.
    expect(await perform(clerk, first.id)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '취소된 요청입니다.' } });
    const second = await request(clerk, shredPaper({ method: 'paper_incinerate' }));
    expect(second).toMatchObject({ status: 'requested', method: 'paper_incinerate' });

    // A performed request can be cancelled too (nothing was approved), with the canceller's password:
    // its serial, which the performer signed, is closed by a signed entry; a completed one cannot.
    expect(await perform(clerk, second.id)).toMatchObject({ ok: true, value: { serial: '2026-0001' } });
    expect(await attempt(copy.app, clerk, 'disposal.cancel', { requestId: second.id, reason: '승인 전 취소' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { password: expect.any(String) } },
    });
    await run(copy.app, clerk, 'disposal.cancel', { requestId: second.id, reason: '승인 전 취소', password: clerkAccount.password });
    expect(JSON.parse(ledgerRow(sqlite, '2026-0001').content)).toMatchObject({
      kind: 'destruction.cancelled',
      body: { serial: '2026-0001', requestId: second.id, reason: '승인 전 취소', cancelledBy: { userId: clerkAccount.id } },
    });
    expect(await approve(officer, second.id)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const third = await performedRequest(clerk);
    expect(await approve(officer, third.id)).toMatchObject({ ok: true, value: { serial: '2026-0002' } });
    expect(await attempt(copy.app, clerk, 'disposal.cancel', { requestId: third.id, reason: '늦은 취소' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '이미 승인되어 관리대장에 기록된 요청입니다.' },
    });
    expect(await run(copy.app, officer, 'disposal.list', { status: 'cancelled' })).toHaveLength(2);
  });

  it('the date of destruction must lie within the file’s destroy window (before the request too) and not after today', async () => {
    const { clerk } = fresh();
    const requested = await request(clerk, shredPaper());
    const before = snapshot(sqlite);
    // The paper file may be destroyed from 2026-02-28; the request was written on 03-03.
    for (const performedOn of ['2026-03-04', '2026-02-27']) {
      expect(await perform(clerk, requested.id, clerkAccount.password, performedOn), performedOn).toMatchObject({
        ok: false,
        error: {
          code: 'VALIDATION',
          fields: { performedOn: '파기일은 파기할 수 있게 된 날(2026-02-28)부터 오늘(2026-03-03) 사이의 날짜여야 합니다.' },
        },
      });
    }
    expect(await perform(clerk, requested.id, clerkAccount.password, '2026-02-30')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { performedOn: expect.stringMatching(/[가-힣]/) } },
    });
    expect(snapshot(sqlite)).toEqual(before);
    expect(failedAttempts(clerkAccount.id)).toBe(0);
  });

  it('paper shredded before the request keeps its real date, and the signed record says it came first', async () => {
    const { officer, clerk } = fresh();
    const requested = await request(clerk, shredPaper());
    expect(await perform(clerk, requested.id, clerkAccount.password, '2026-02-28')).toMatchObject({
      ok: true,
      value: { performedOn: '2026-02-28', performedBeforeRequest: true, delayReason: null },
    });
    const approved = await approve(officer, requested.id);
    expect(approved).toMatchObject({ ok: true });
    const serial = (approved as { value: DisposalView }).value.serial ?? '';
    const content = JSON.parse(ledgerRow(sqlite, serial).content) as LedgerContent<'destruction'>;
    expect(content.body.record).toMatchObject({ performedOn: '2026-02-28', performedBeforeRequest: true });
    expect(content.body.record).not.toHaveProperty('delayReason');
    expect(await run(copy.app, officer, 'ledger.verify')).toMatchObject({ ok: true });
  });

  it('a destruction after the file’s destroy-by date needs the reason for the delay, which is signed into the entry', async () => {
    const { officer, clerk } = fresh('2026-03-20T10:00:00+09:00');
    const requested = await request(clerk, shredPaper());
    const before = snapshot(sqlite);
    // Due by 2026-03-04 (the end of the reservation work on 02-27, plus five days).
    for (const delayReason of [undefined, ' ', '늦']) {
      expect(await perform(clerk, requested.id, clerkAccount.password, '2026-03-20', delayReason), String(delayReason)).toMatchObject({
        ok: false,
        error: {
          code: 'VALIDATION',
          fields: {
            delayReason: '파기 기한(2026-03-04)보다 16일 늦게 파기했습니다. 늦어진 사유를 입력해 주세요(관리대장과 확인서에 기록됩니다).',
          },
        },
      });
    }
    expect(snapshot(sqlite)).toEqual(before);
    const reason = '문서 세단기 고장으로 수리 후 파기';
    expect(await perform(clerk, requested.id, clerkAccount.password, '2026-03-20', reason)).toMatchObject({
      ok: true,
      value: { delayReason: reason, performedBeforeRequest: false },
    });
    const approved = (await approve(officer, requested.id)) as { ok: true; value: DisposalView };
    const content = JSON.parse(ledgerRow(sqlite, approved.value.serial ?? '').content) as LedgerContent<'destruction'>;
    expect(content.body.record.delayReason).toBe(reason);
    const [entry] = await run(copy.app, officer, 'ledger.list', {});
    expect(entry?.destruction.record.delayReason).toBe(reason);
    expect(await run(copy.app, officer, 'ledger.verify')).toMatchObject({ ok: true });
  });

  it('an on-time destruction carries no delay, even if a reason is sent', async () => {
    const { clerk } = fresh();
    const requested = await request(clerk, shredPaper());
    expect(await perform(clerk, requested.id, clerkAccount.password, TODAY, '필요 없는 사유')).toMatchObject({
      ok: true,
      value: { delayReason: null },
    });
  });
});

describe('evidence, opened after approval', () => {
  it('opens from a completed entry, checked against the signed digest, and refuses bytes that no longer match it', async () => {
    const { officer, clerk } = fresh();
    const requested = await performedRequest(clerk);
    expect(await approve(officer, requested.id)).toMatchObject({ ok: true });
    const [entry] = await run(copy.app, officer, 'ledger.list', {});
    const photoRef = present(entry?.destruction.record.attachments[0], 'the signed photo');
    expect(await run(copy.app, officer, 'disposal.attachment', { id: photoRef.id })).toMatchObject({
      ref: { fileName: '세단_사진.png' },
      checkedAgainst: 'signed',
    });
    // Someone replaces the photo in the file (and its digest column, to hide it).
    const other = Buffer.concat([PNG_BYTES, Buffer.from([0])]);
    sqlite.prepare('UPDATE attachments SET data = ?, sha256 = ? WHERE id = ?').run(other, sha256(other), photoRef.id);
    expect(await attempt(copy.app, officer, 'disposal.attachment', { id: photoRef.id })).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: expect.stringContaining('첨부 파일 ‘세단_사진.png’의 내용이 서명된 기록과 다릅니다(SHA-256 불일치)'),
      },
    });
  });
});

describe('a crash half-way', () => {
  it('approval failing after the ledger append rolls back entirely: no entry, files unchanged, request still waiting', async () => {
    const { officer, clerk } = fresh();
    const requested = await performedRequest(clerk);
    sqlite.exec(
      "CREATE TRIGGER boom BEFORE UPDATE ON disposal_requests WHEN NEW.status = 'completed' BEGIN SELECT RAISE(ABORT, 'boom'); END",
    );
    const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const before = snapshot(sqlite);
    expect(await approve(officer, requested.id)).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringContaining('변경된 내용은 없습니다') },
    });
    expect(reported).toHaveBeenCalledWith('[dispatch] disposal.approve failed', expect.objectContaining({ message: 'boom' }));
    expect(snapshot(sqlite)).toEqual(before);
    expect(fileRow(file.paper)).toEqual({ record_count: 86, destroyed_at: null });
    // The serial the performer signed stays with the request; nothing else changed.
    expect(requestRow(requested.id)).toMatchObject({ status: 'performed', serial: '2026-0001', ledger_seq: null });
    expect(lastLog('disposal.approve')).toMatchObject({ result: 'INTERNAL' });

    // Once the fault is gone the same request completes, and no serial was used up by the failure.
    sqlite.exec('DROP TRIGGER boom');
    expect(await approve(officer, requested.id)).toMatchObject({ ok: true, value: { serial: '2026-0001' } });
    expect(await run(copy.app, officer, 'ledger.verify', {})).toMatchObject({ ok: true });
  });

  it('a perform that fails while saving leaves the request unsigned', async () => {
    const { clerk } = fresh();
    const requested = await request(clerk, shredPaper());
    sqlite.exec(
      "CREATE TRIGGER boom BEFORE UPDATE ON disposal_requests WHEN NEW.status = 'performed' BEGIN SELECT RAISE(ABORT, 'boom'); END",
    );
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const before = snapshot(sqlite);
    expect(await perform(clerk, requested.id)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(snapshot(sqlite)).toEqual(before);
    expect(requestRow(requested.id)).toMatchObject({ status: 'requested', record: null, performer_signature: null });
  });
});

describe('the access log of a destruction', () => {
  it('names ids only: no items, file names, places, evidence bytes or passwords', async () => {
    const { officer, clerk } = fresh();
    const requested = await performedRequest(clerk);
    await approve(officer, requested.id);
    await run(copy.app, officer, 'disposal.attachment', { id: present(requested.attachments[0]?.id) });
    const log = accessLogText(sqlite);
    const values = [
      '이름·연락처·진료과·예약일시',
      '이름·국적·생년월일·이메일',
      '이름·주민등록번호·주소·연락처·진료 내용',
      '예약 신청서 묶음',
      '진료기록부 (2025년',
      '행정실 (문서 세단기)',
      '예약 업무 종료 후 세단',
      '세단_사진.png',
      PNG_BASE64,
      PNG_BASE64.slice(0, 24),
      sha256(PNG_BYTES),
      clerkAccount.password,
      OFFICER.password,
    ];
    for (const value of values) expect(log, value).not.toContain(value);
    const attachmentId = requested.attachments[0]?.id ?? '?';
    expect(lastLog('disposal.request')).toEqual({
      user_id: clerkAccount.id,
      result: 'ok',
      targets: JSON.stringify([`pi_file:${file.paper}`, `disposal_request:${requested.id}`, `attachment:${attachmentId}`]),
    });
    const entry = ledgerRow(sqlite, '2026-0001');
    expect(lastLog('disposal.approve')).toEqual({
      user_id: 1,
      result: 'ok',
      targets: JSON.stringify([
        `disposal_request:${requested.id}`,
        `disposal_request:${requested.id}`,
        `ledger:${entry.seq}:${entry.hash}`,
      ]),
    });
    expect(lastLog('disposal.attachment')).toMatchObject({ targets: `["attachment:${attachmentId}"]` });
  });
});
