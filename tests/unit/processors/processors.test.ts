import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessorInput } from '../../../shared/processors/contract.ts';
import type { Session } from '../../../electron/session.ts';
import { MAILJET, PREDAQ, S1 } from '../../../electron/processors/fixtures.ts';
import { processorsHolding } from '../../../electron/processors/holders.ts';
import { createAccount, setUpClinic, type TestAccount } from '../../support/accounts.ts';
import { PDF_BASE64, PNG_BASE64, attempt, count, fileInput, presetPolicy, run, saveFile, type Sqlite } from '../../support/ledger.ts';
import { openCopy, signedInAs } from '../../support/tamper.ts';
import { databaseOf, testApp, type TestApp } from '../../support/tempdb.ts';

// The processor inventory (처리위탁 현황): re-entrustment, overseas transfer, clauses, and what the
// file must refuse. One clinic is set up once; each test works on its own copy with its own clock.

let base: TestApp;
let clerkAccount: TestAccount;
const ids = { processorsPolicy: 0, chartsPolicy: 0, mailjetFile: 0, formsFile: 0 };

beforeAll(async () => {
  base = testApp('2026-11-24T09:00:00+09:00');
  const officer = await setUpClinic(base.app);
  clerkAccount = await createAccount(base.app, officer, 'clerk', 'admin', '이하은');
  await createAccount(base.app, officer, 'audit', 'auditor', '감사인');
  await createAccount(base.app, officer, 'guard', 'facilities', '시설담당');
  ids.processorsPolicy = await presetPolicy(base.app, officer, '위탁 업무 정보', 'service-processor-contract', '위탁계약 종료일');
  ids.chartsPolicy = await presetPolicy(base.app, officer, '진료기록부', 'medical-chart', '진료 종결일');
  ids.mailjetFile = (
    await saveFile(
      base.app,
      officer,
      fileInput(ids.processorsPolicy, {
        name: '예약 알림 이메일 수신자 (Mailjet 보관분)',
        items: '이름·이메일·예약일자',
        mediaKind: 'electronic',
        locationKind: 'processor',
        locationDetail: 'PREDAQ → Mailjet, 프랑스',
        recordCount: 3120,
        createdOn: '2025-07-01',
        eventDate: null,
      }),
    )
  ).id;
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

function fresh(at = '2026-11-24T09:00:00+09:00') {
  copy = openCopy(base.dbPath, at);
  opened.push(copy);
  const now = copy.clock.now();
  return {
    officer: signedInAs(1, 'officer', now),
    clerk: signedInAs(clerkAccount.id, 'admin', now),
    auditor: signedInAs(clerkAccount.id + 1, 'auditor', now),
    facilities: signedInAs(clerkAccount.id + 2, 'facilities', now),
    sqlite: databaseOf(copy.app).sqlite,
  };
}

const rows = (sqlite: Sqlite) => ({
  processors: sqlite.prepare('SELECT * FROM processors ORDER BY id').all(),
  files: count(sqlite, 'processor_files'),
  documents: count(sqlite, 'processor_documents'),
});

async function predaqAndMailjet(session: Session) {
  const predaq = await run(copy.app, session, 'processors.save', { ...PREDAQ, fileIds: [], policyIds: [] });
  const mailjet = await run(copy.app, session, 'processors.save', { ...MAILJET, parentId: predaq.id, fileIds: [ids.mailjetFile] });
  return { predaq, mailjet };
}

describe('processors.save: the inventory and its tree', () => {
  it('keeps a re-entrusted overseas sub-processor under its parent, with the missing clause and the country', async () => {
    const { clerk } = fresh();
    const { predaq, mailjet } = await predaqAndMailjet(clerk);
    const list = await run(copy.app, clerk, 'processors.list', {});
    expect(list.map((p) => [p.name, p.depth, p.chain])).toEqual([
      ['PREDAQ', 0, []],
      ['Mailjet SAS (Sinch Email)', 1, ['PREDAQ']],
    ]);
    expect(predaq).toMatchObject({ businessNumber: '214-81-12346', isOverseas: false, missingClauses: ['liability'], status: 'active' });
    expect(mailjet).toMatchObject({ country: 'FR', isOverseas: true, missingClauses: [], parentId: predaq.id, consentOn: '2025-07-10' });
    // One cycle after the contract began, and not yet past on 2026-11-24? 2025-07-01 + 12 months → overdue.
    expect(predaq.nextInspectionDue).toBe('2026-07-01');
    expect(predaq.inspectionOverdue).toBe(true);
    const detail = await run(copy.app, clerk, 'processors.get', { id: predaq.id });
    expect(detail.children).toEqual([{ id: mailjet.id, name: 'Mailjet SAS (Sinch Email)' }]);
  });

  it('records an inspection and moves the next due date one cycle on', async () => {
    const { clerk } = fresh();
    const { predaq } = await predaqAndMailjet(clerk);
    const detail = await run(copy.app, clerk, 'processors.inspect', {
      processorId: predaq.id,
      inspectedOn: '2026-11-20',
      inspector: '이하은',
      result: 'partial',
      findings: '접근권한 변경 기록 보관 미흡 — 12월까지 개선',
      file: { fileName: '점검표.pdf', mime: 'application/pdf', dataBase64: PDF_BASE64 },
    });
    expect(detail).toMatchObject({ lastInspectedOn: '2026-11-20', nextInspectionDue: '2027-11-20', inspectionOverdue: false });
    expect(detail.inspections[0]?.document?.fileName).toBe('점검표.pdf');
  });

  it('tells reservations and CCTV which processors (with their sub-processors) hold copies of a file or policy', async () => {
    const { clerk } = fresh();
    const { predaq, mailjet } = await predaqAndMailjet(clerk);
    await run(copy.app, clerk, 'processors.save', { ...S1, policyIds: [ids.chartsPolicy] });
    const db = databaseOf(copy.app).db;
    expect(await processorsHolding(db, { fileIds: [ids.mailjetFile] })).toEqual([
      { id: mailjet.id, name: 'Mailjet SAS (Sinch Email)', country: 'FR', parentId: predaq.id, depth: 1 },
    ]);
    // Linking the parent by policy brings its sub-processor along.
    await run(copy.app, clerk, 'processors.save', { ...PREDAQ, id: predaq.id, policyIds: [ids.processorsPolicy] });
    expect((await processorsHolding(db, { policyIds: [ids.processorsPolicy] })).map((p) => [p.name, p.depth])).toEqual([
      ['PREDAQ', 0],
      ['Mailjet SAS (Sinch Email)', 1],
    ]);
    expect((await processorsHolding(db, { policyIds: [ids.chartsPolicy] })).map((p) => p.name)).toEqual(['에스원']);
    expect(await processorsHolding(db, {})).toEqual([]);
  });
});

describe('processors.save: bad input is refused at its field, in Korean, and nothing is saved', () => {
  const cases: Array<[string, (parentId: number) => Partial<ProcessorInput>, string, RegExp]> = [
    [
      'contract end before start',
      () => ({ contractStart: '2026-03-01', contractEnd: '2026-02-28' }),
      'contractEnd',
      /시작일\(2026-03-01\)보다 빠릅니다/,
    ],
    ['an unknown country code', () => ({ country: 'XX' }), 'country', /알 수 없는 국가 코드/],
    ['an invalid 사업자등록번호', () => ({ businessNumber: '214-81-12345' }), 'businessNumber', /검증번호/],
    ['a Korean company without 사업자등록번호', () => ({ businessNumber: '' }), 'businessNumber', /사업자등록번호를 입력/],
    ['an invalid e-mail', () => ({ contactEmail: 'privacy@predaq' }), 'contactEmail', /이메일 주소 형식/],
    ['storage abroad without the five facts', () => ({ storageCountries: ['FR'] }), 'overseas.items', /이전되는 개인정보 항목/],
    [
      'an overseas transfer without one of its facts',
      () => ({ ...MAILJET, overseas: { ...MAILJET.overseas, refusal: '' } }) as Partial<ProcessorInput>,
      'overseas.refusal',
      /거부하는 방법/,
    ],
    ['a re-entrustment without consent', (parentId) => ({ parentId, consentOn: null }), 'consentOn', /동의한 날짜/],
  ];
  for (const [what, change, field, message] of cases) {
    it(`refuses ${what}`, async () => {
      const { clerk, sqlite } = fresh();
      const { predaq } = await predaqAndMailjet(clerk);
      const before = rows(sqlite);
      const result = await attempt(copy.app, clerk, 'processors.save', { ...PREDAQ, businessNumber: '120-87-15905', ...change(predaq.id) });
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { [field]: expect.stringMatching(message) } } });
      expect(rows(sqlite)).toEqual(before);
    });
  }

  it('refuses a duplicate 사업자등록번호, naming the processor that has it', async () => {
    const { clerk, sqlite } = fresh();
    await predaqAndMailjet(clerk);
    const before = rows(sqlite);
    const result = await attempt(copy.app, clerk, 'processors.save', { ...S1, businessNumber: '2148112346' });
    expect(result).toMatchObject({ ok: false, error: { fields: { businessNumber: expect.stringContaining('PREDAQ') } } });
    expect(rows(sqlite)).toEqual(before);
  });

  it('refuses a processor as its own ancestor (itself, or its own sub-processor as parent)', async () => {
    const { clerk, sqlite } = fresh();
    const { predaq, mailjet } = await predaqAndMailjet(clerk);
    const before = rows(sqlite);
    for (const parentId of [predaq.id, mailjet.id]) {
      const result = await attempt(copy.app, clerk, 'processors.save', {
        ...PREDAQ,
        id: predaq.id,
        parentId,
        consentOn: '2025-07-01',
        consentHow: '서면',
      });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fields: { parentId: expect.stringContaining('자기 자신') } },
      });
    }
    expect(rows(sqlite)).toEqual(before);
  });

  it('refuses a contract file of the wrong type or too large, at the file field', async () => {
    const { clerk, sqlite } = fresh();
    const { predaq } = await predaqAndMailjet(clerk);
    const before = rows(sqlite);
    const text = Buffer.from('이것은 계약서가 아닙니다').toString('base64');
    expect(
      await attempt(copy.app, clerk, 'processors.attachContract', {
        id: predaq.id,
        file: { fileName: '계약서.pdf', mime: 'application/pdf', dataBase64: text },
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { file: expect.stringContaining('PDF만 첨부') } } });
    const huge = Buffer.alloc(11 * 1024 * 1024, 1).toString('base64');
    expect(
      await attempt(copy.app, clerk, 'processors.attachContract', {
        id: predaq.id,
        file: { fileName: '계약서.pdf', mime: 'application/pdf', dataBase64: huge },
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'file.dataBase64': expect.stringContaining('10MB 이하') } } });
    expect(rows(sqlite)).toEqual(before);
    const attached = await run(copy.app, clerk, 'processors.attachContract', {
      id: predaq.id,
      file: { fileName: 'PREDAQ_위탁계약서.png', mime: 'image/png', dataBase64: PNG_BASE64 },
    });
    expect(attached.contract).toMatchObject({
      fileName: 'PREDAQ_위탁계약서.png',
      mime: 'image/png',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });
});

describe('roles', () => {
  it('lets the auditor read but not edit, and keeps facilities out', async () => {
    const { clerk, auditor, facilities } = fresh();
    await predaqAndMailjet(clerk);
    expect(await run(copy.app, auditor, 'processors.list', {})).toHaveLength(2);
    expect(await attempt(copy.app, auditor, 'processors.save', { ...S1 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await attempt(copy.app, facilities, 'processors.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

const upload = (fileName: string, text: string) => ({ fileName, dataBase64: Buffer.from(text, 'utf8').toString('base64') });

describe('export and import', () => {
  it('exports CSV with a BOM and XLSX, and the export imports back into another clinic’s empty inventory, tree and all', async () => {
    const { clerk } = fresh();
    await predaqAndMailjet(clerk);
    const csv = await run(copy.app, clerk, 'processors.exportCsv', {});
    expect(csv.csv.startsWith('\uFEFF수탁자,위탁한 수탁자,사업자등록번호,국가')).toBe(true);
    expect(csv.csv).toContain('프랑스 (FR)');
    const xlsx = await run(copy.app, clerk, 'processors.exportXlsx', {});
    expect(Buffer.from(xlsx.dataBase64, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
    expect(xlsx.rows).toBe(2);

    const { clerk: other, sqlite } = fresh();
    const preview = await run(copy.app, other, 'processors.importPreview', upload('처리위탁현황.csv', csv.csv));
    expect(preview.issues).toEqual([]);
    expect(preview.total).toBe(2);
    const xlsxPreview = await run(copy.app, other, 'processors.importPreview', { fileName: 'x.xlsx', dataBase64: xlsx.dataBase64 });
    expect(xlsxPreview.issues).toEqual([]);
    expect(count(sqlite, 'processors')).toBe(0);
    expect(await run(copy.app, other, 'processors.import', upload('처리위탁현황.csv', csv.csv))).toMatchObject({ imported: 2 });
    const list = await run(copy.app, other, 'processors.list', {});
    expect(list.map((p) => [p.name, p.depth, p.country, p.isOverseas])).toEqual([
      ['PREDAQ', 0, 'KR', false],
      ['Mailjet SAS (Sinch Email)', 1, 'FR', true],
    ]);
    expect(list[1]?.overseas?.refusal).toBe(MAILJET.overseas?.refusal);
    // An imported contract's clauses are unchecked until someone reads the contract.
    expect(list[0]?.missingClauses).toHaveLength(7);
  });

  it('names every problem by row and column and imports nothing while any remains', async () => {
    const { clerk, sqlite } = fresh();
    const header =
      '수탁자,사업자등록번호,국가,주소,담당자 성명,담당자 이메일,위탁업무 내용,개인정보 항목,정보주체,보유·이용 기간,계약 시작일,계약 종료일,위탁한 수탁자,재위탁 동의일,재위탁 동의 방법';
    const text = [
      header,
      '에스원,220-88-13577,KR,서울,김호,s1@example.com,CCTV 모니터링,영상,방문객,1개월,2025-03-01,자동 갱신,,,',
      '좋은메일,,아틀란티스,어딘가,담당,a@example.com,메일 발송,이메일,고객,종료 시까지,2025-01-01,,,,',
      '나쁜번호,220-88-13578,KR,서울,담당,b@example,문자,번호,고객,종료 시까지,2025-03-01,2025-02-01,,,',
      '재수탁,129-81-33330,KR,서울,담당,c@example.com,검사,검체,환자,종료 시까지,2025-03-01,,없는회사,2025-02-20,서면',
    ].join('\r\n');
    const preview = await run(copy.app, clerk, 'processors.importPreview', upload('bad.csv', text));
    const issues = preview.issues.map((issue) => `${issue.row}행 ${issue.column}열: ${issue.message}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^3행 C열: ‘국가’: 알 수 없는 국가/),
        expect.stringMatching(/^4행 B열: 사업자등록번호의 검증번호/),
        expect.stringMatching(/^4행 F열: 이메일 주소 형식/),
        expect.stringMatching(/^4행 L열: 계약 종료일이 시작일\(2025-03-01\)보다 빠릅니다/),
        expect.stringMatching(/^5행 M열: 위탁한 수탁자 ‘없는회사’이\(가\) 없습니다/),
      ]),
    );
    const result = await attempt(copy.app, clerk, 'processors.import', upload('bad.csv', text));
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(count(sqlite, 'processors')).toBe(0);
  });
});

describe('the access log', () => {
  it('names the processors, their documents and the published text in words, never their contents', async () => {
    const { clerk, officer } = fresh();
    const { predaq } = await predaqAndMailjet(clerk);
    await run(copy.app, clerk, 'processors.attachContract', {
      id: predaq.id,
      file: { fileName: 'PREDAQ_위탁계약서.pdf', mime: 'application/pdf', dataBase64: PDF_BASE64 },
    });
    const text = await run(copy.app, clerk, 'processors.policyText', {});
    await run(copy.app, clerk, 'processors.publish', { sha256: text.sha256 });
    const logged = (await run(copy.app, officer, 'accessLog.list', { order: 'oldest', limit: 500 })).rows;
    const words = (method: string) => logged.filter((row) => row.method === method).map((row) => row.targetText.map((target) => target.ko));
    expect(words('processors.save')).toEqual([['수탁자 ‘PREDAQ’'], ['수탁자 ‘Mailjet SAS (Sinch Email)’']]);
    expect(words('processors.attachContract')).toEqual([['수탁자 ‘PREDAQ’', '수탁자 문서 ‘PREDAQ_위탁계약서.pdf’']]);
    expect(words('processors.publish')).toEqual([['처리방침 게시본 2026-11-24']]);
    const raw = JSON.stringify(logged.map((row) => row.targets));
    expect(raw).not.toContain('privacy@');
    expect(raw).not.toContain('조재성');
  });
});
