import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { issueText } from '../../../shared/formats/import.ts';
import { setUpClinic } from '../../support/accounts.ts';
import { attempt, count, presetPolicy, run, snapshot } from '../../support/ledger.ts';
import { openCopy, signedInAs } from '../../support/tamper.ts';
import { databaseOf, testApp, type TestApp } from '../../support/tempdb.ts';

// Moving in from Excel: the admin office's register as an XLSX or a CSV (CP949 or UTF-8) becomes
// the app's register in one go — previewed first, every problem named by row and column, and
// nothing saved while any row is wrong.

let base: TestApp;
let copy: TestApp;

beforeAll(async () => {
  base = testApp('2026-11-24T09:00:00+09:00');
  const officer = await setUpClinic(base.app);
  await presetPolicy(base.app, officer, '홈페이지 예약 정보', 'service-web-reservation', '예약 업무 종료일');
  await presetPolicy(base.app, officer, '진료기록부', 'medical-chart', '진료 종결일');
  await base.app.close();
});

afterAll(async () => {
  await base.close();
});

afterEach(async () => {
  await copy.close();
});

function fresh() {
  copy = openCopy(base.dbPath);
  return { officer: signedInAs(1, 'officer', copy.clock.now()), sqlite: databaseOf(copy.app).sqlite };
}

const upload = (fileName: string, bytes: Buffer) => ({ fileName, dataBase64: bytes.toString('base64') });

const HEADER = [
  '개인정보 파일명',
  '개인정보 항목',
  '자료의 종류',
  '보관 위치',
  '보유 건수',
  '보존기간 정책',
  '생성일',
  '보존기간 시작일',
  '종료 사유 발생일',
];
const GOOD = [
  [
    '예약 신청서 묶음 (2026년 1월)',
    '이름·연락처·진료과',
    '종이문서',
    '종이 서류철 — 행정실 문서함 2번 칸',
    '86',
    '홈페이지 예약 정보',
    '2026-01-05',
    '',
    '2026-03-31',
  ],
  [
    '진료기록부 (2015년 종결분)',
    '이름·주민등록번호·진료 내용',
    '종이',
    '종이 서류철 — 의무기록실 서가 C',
    '1,240',
    '진료기록부',
    '2015.01.02',
    '2015-12-31',
    '',
  ],
];

/** CSV text of rows, every cell quoted (counts like "1,240" hold commas). */
const csvOf = (rows: readonly string[][], newline = '\r\n') =>
  `${rows.map((row) => row.map((cell) => `"${cell}"`).join(',')).join(newline)}${newline}`;

async function xlsx(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('개인정보파일');
  sheet.addRow(['통인한의원 개인정보파일 관리대장']);
  sheet.addRow(['작성: 행정실, 2026-11-20']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('register.importPreview and register.import', () => {
  it('previews an XLSX with title rows above the header: mapped columns, the first rows, no problems', async () => {
    const { officer } = fresh();
    const preview = await run(copy.app, officer, 'register.importPreview', upload('register.xlsx', await xlsx([HEADER, ...GOOD])));
    expect(preview).toMatchObject({ format: 'XLSX', sheet: '개인정보파일', headerRow: 3, total: 2, issues: [] });
    expect(preview.columns.map((c) => `${c.column}:${c.field ?? '-'}`)).toEqual([
      'A:name',
      'B:items',
      'C:mediaKind',
      'D:location',
      'E:recordCount',
      'F:policy',
      'G:createdOn',
      'H:startDate',
      'I:eventDate',
    ]);
    expect(preview.sample[1]).toEqual({
      row: 5,
      text: expect.objectContaining({ name: '진료기록부 (2015년 종결분)', recordCount: '1,240' }),
    });
  });

  it('refuses the whole file when one row is wrong, naming each problem by row and column; nothing is saved', async () => {
    const { officer, sqlite } = fresh();
    const before = snapshot(sqlite);
    const bad = [
      HEADER,
      ...GOOD,
      ['상담 기록지', '이름·상담 내용', '필름지', '행정실 서랍', '-5', '상담 기록', '2026-02-30', '', ''],
      ['진료기록부 (2015년 종결분)', '이름', '종이문서', '종이 서류철 — 서가 D', '3', '진료기록부', '2026-01-02', '', ''],
    ];
    // Typed in Excel on a Korean PC: CP949, which has no em dash, so 보관 위치 reads "구분 - 구체적으로".
    const bytes = iconv.encode(csvOf(bad).replaceAll(' — ', ' - '), 'cp949');
    const preview = await run(copy.app, officer, 'register.importPreview', upload('register.csv', bytes));
    expect(preview.format).toBe('CSV (CP949)');
    expect(preview.issues.map(issueText)).toEqual([
      '4행 C열: ‘자료의 종류’: ‘필름지’은(는) 알 수 없는 값입니다. ‘전자파일’, ‘종이문서’, ‘기록매체(USB·디스크·필름)’, ‘영상(CCTV)’ 중 하나로 적어 주세요.',
      '4행 E열: ‘보유 건수’: 0 이상이어야 합니다(입력: -5).',
      '4행 G열: ‘생성일’: 날짜가 올바르지 않습니다. 2026년 2월은 28일까지 있습니다(입력: 2026-02-30).',
      '5행 A열: 3행과 개인정보 파일명이 같습니다. 파일마다 다른 이름을 붙여 주세요.',
      '5행 H열: 이 보존기간은 시작일부터 셉니다. 시작일을 입력해 주세요. (진료기록부: 진료 종결일 기준)',
    ]);
    const refused = await attempt(copy.app, officer, 'register.import', upload('register.csv', bytes));
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('아무것도 가져오지 않았습니다') },
    });
    expect(snapshot(sqlite)).toEqual(before);
  });

  it('imports every row of a good file in one go, and refuses the same file a second time as duplicates', async () => {
    const { officer, sqlite } = fresh();
    const bytes = Buffer.from(`\uFEFF${csvOf([HEADER, ...GOOD])}`, 'utf8');
    const done = await run(copy.app, officer, 'register.import', upload('register.csv', bytes));
    expect(done.imported).toBe(2);
    expect(done.preview.format).toBe('CSV (UTF-8 (BOM))');
    const files = await run(copy.app, officer, 'register.list', {});
    expect(
      files.map((f) => [f.name, f.locationKind, f.locationDetail, f.recordCount, f.policy.name, f.createdOn, f.startDate, f.eventDate]),
    ).toEqual([
      ['예약 신청서 묶음 (2026년 1월)', 'paper', '행정실 문서함 2번 칸', 86, '홈페이지 예약 정보', '2026-01-05', null, '2026-03-31'],
      ['진료기록부 (2015년 종결분)', 'paper', '의무기록실 서가 C', 1240, '진료기록부', '2015-01-02', '2015-12-31', null],
    ]);
    const again = await run(copy.app, officer, 'register.importPreview', upload('register.csv', bytes));
    expect(again.issues.map(issueText)).toEqual([
      '2행 A열: ‘예약 신청서 묶음 (2026년 1월)’은(는) 이미 등록된 개인정보파일입니다. 같은 파일을 두 번 가져오지 않도록 이 행을 지우거나 이름을 바꿔 주세요.',
      '3행 A열: ‘진료기록부 (2015년 종결분)’은(는) 이미 등록된 개인정보파일입니다. 같은 파일을 두 번 가져오지 않도록 이 행을 지우거나 이름을 바꿔 주세요.',
    ]);
    expect(count(sqlite, 'pi_files')).toBe(2);
  });

  it('imports back what the register exports (the app’s own CSV)', async () => {
    const { officer, sqlite } = fresh();
    const bytes = Buffer.from(csvOf([HEADER, ...GOOD], '\n'), 'utf8');
    await run(copy.app, officer, 'register.import', upload('register.csv', bytes));
    const { csv } = await run(copy.app, officer, 'register.exportCsv', {});
    sqlite.exec('DELETE FROM pi_files');
    const back = await run(copy.app, officer, 'register.import', upload('export.csv', Buffer.from(csv, 'utf8')));
    expect(back.imported).toBe(2);
    expect(back.preview.columns.filter((c) => c.field === null).map((c) => c.header)).toEqual([
      '보존기간',
      '근거',
      '보존 종료일',
      '파기 기한',
      '상태',
    ]);
  });

  it('says plainly what a file without a register in it lacks, and what a policy name that does not exist should be', async () => {
    const { officer } = fresh();
    const empty = await run(copy.app, officer, 'register.importPreview', upload('memo.csv', Buffer.from('메모\r\n안녕하세요\r\n')));
    expect(empty.issues.map(issueText)[0]).toContain('머리글 행을 찾지 못했습니다');
    const unknownPolicy = [HEADER, [...(GOOD[0] ?? []).slice(0, 5), '예약 정보', ...(GOOD[0] ?? []).slice(6)]];
    const preview = await run(copy.app, officer, 'register.importPreview', upload('register.csv', Buffer.from(csvOf(unknownPolicy))));
    expect(preview.issues.map(issueText)).toEqual([
      '2행 F열: 보존기간 정책 ‘예약 정보’이(가) 없습니다. [보존기간 정책]에 있는 이름으로 적어 주세요(진료기록부, 홈페이지 예약 정보).',
    ]);
  });

  it('logs every imported file by id, and the log’s view names the first ten and counts the rest', async () => {
    const { officer, sqlite } = fresh();
    const many = Array.from({ length: 12 }, (_, n) => [`건강강좌 명단 ${n + 1}회`, ...(GOOD[0] ?? []).slice(1)]);
    expect((await run(copy.app, officer, 'register.import', upload('many.csv', Buffer.from(csvOf([HEADER, ...many]))))).imported).toBe(12);
    const stored = sqlite.prepare("SELECT targets FROM access_log WHERE method = 'register.import'").pluck().get() as string;
    expect((JSON.parse(stored) as string[]).filter((target) => target.startsWith('pi_file:'))).toHaveLength(12);
    const [row] = (await run(copy.app, officer, 'accessLog.list', { text: '개인정보파일 가져오기' })).rows;
    expect(row?.targetText.map((target) => target.ko)).toEqual([
      ...Array.from({ length: 10 }, (_, n) => `개인정보파일 ‘건강강좌 명단 ${n + 1}회’`),
      '외 2개',
    ]);
  });
});
