import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { EXPORT_HEADER, inventedReservations } from '../../../electron/reservations/fixtures.ts';
import { issueText } from '../../../shared/formats/import.ts';
import { attempt, count, run } from '../../support/ledger.ts';
import { csvUpload, reservationClinic } from './setup.ts';

// Staff download the booking system's list and import it: whichever encoding Korean Excel wrote,
// whatever rows sit above the header; every bad cell named by row and column, and all or nothing.

const fresh = reservationClinic();
let current: ReturnType<typeof fresh> | null = null;
afterEach(async () => {
  await current?.close();
  current = null;
});
const open = () => (current = fresh());

const snapshot = (sqlite: ReturnType<typeof fresh>['sqlite']) => ({
  reservations: sqlite.prepare('SELECT * FROM reservations ORDER BY id').all(),
  imports: count(sqlite, 'reservation_imports'),
  files: sqlite.prepare('SELECT * FROM pi_files').all(),
});

describe('importing a booking system export', () => {
  it('reads a CP949 CSV with a title above the header, and flags a child under 14', async () => {
    const { app, clerk } = open();
    const rows = inventedReservations(12, '2026-11-10');
    Object.assign(rows[2] ?? {}, { birthDate: '2016-05-05', name: '박하늘' });
    const preview = await run(app, clerk, 'reservations.importPreview', csvUpload('예약목록.csv', rows));
    expect(preview).toMatchObject({ format: 'CSV (CP949)', headerRow: 4, total: 12, issues: [] });
    expect(preview.columns.map((c) => c.fieldLabel)).toEqual([
      '예약번호',
      '상태',
      '이름',
      '국적',
      '생년월일',
      '이메일',
      '전화번호',
      '진료과',
      '이용일시',
      '예약취소일시',
    ]);
    const result = await run(app, clerk, 'reservations.import', csvUpload('예약목록.csv', rows));
    expect(result).toMatchObject({ added: 12, updated: 0 });
    const list = await run(app, clerk, 'reservations.list', {});
    expect(list).toHaveLength(12);
    const child = list.find((r) => r.name === '박하늘');
    expect(child).toMatchObject({ child: true, reservedAt: '2026-11-10 11:00', nationality: '대한민국' });
    expect(list.filter((r) => r.child)).toHaveLength(1);
    // Its register entry counts what is held (the 파기 관리대장's 보유건수).
    const settings = await run(app, clerk, 'reservations.settings', {});
    expect(settings.held).toBe(12);
    const files = await run(app, clerk, 'register.list', {});
    expect(files.find((f) => f.id === settings.fileId)).toMatchObject({ recordCount: 12, locationKind: 'app_db' });
  });

  it('reads UTF-8 with and without a BOM, English headers and the short date form', async () => {
    const { app, clerk } = open();
    const english =
      'reservation_id,name,nationality,birth date,email,phone,department,reserved at,status,cancelled at\r\n' +
      'W-1,Emma Laurent,France,1990-04-02,emma@example.com,+33 6 12 34 56 78,침구과,26. 11. 3.(화) 오후 2:00~3:00,cancelled,2026-11-01 10:00\r\n';
    const preview = await run(app, clerk, 'reservations.importPreview', {
      fileName: 'export.csv',
      dataBase64: Buffer.from(english, 'utf8').toString('base64'),
      source: 'web',
    });
    expect(preview).toMatchObject({ format: 'CSV (UTF-8)', issues: [] });
    await run(app, clerk, 'reservations.import', {
      fileName: 'export.csv',
      dataBase64: Buffer.from(english, 'utf8').toString('base64'),
      source: 'web',
    });
    const bom = await run(app, clerk, 'reservations.importPreview', csvUpload('bom.csv', inventedReservations(3, '2026-11-10'), 'utf8bom'));
    expect(bom.format).toBe('CSV (UTF-8 (BOM))');
    const [emma] = await run(app, clerk, 'reservations.list', {});
    // Cancelled: the work ended on the cancellation date, so it is due the day after.
    expect(emma).toMatchObject({
      status: 'cancelled',
      reservedAt: '2026-11-03 14:00',
      cancelledAt: '2026-11-01 10:00',
      dueOn: '2026-11-02',
    });
  });

  it('reads XLSX', async () => {
    const { app, clerk } = open();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('예약');
    sheet.addRow(['네이버 예약 내보내기']);
    sheet.addRow([...EXPORT_HEADER]);
    for (const row of inventedReservations(5, '2026-11-12')) {
      sheet.addRow([
        row.bookingId,
        row.status,
        row.name,
        row.nationality,
        row.birthDate,
        row.email,
        row.phone,
        row.department,
        row.reservedAt,
        '',
      ]);
    }
    const dataBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const result = await run(app, clerk, 'reservations.import', { fileName: 'naver.xlsx', dataBase64, source: '네이버 예약' });
    expect(result).toMatchObject({ added: 5, preview: { format: 'XLSX', headerRow: 2 } });
  });

  it('re-importing a booking id updates its status and due date instead of adding it again', async () => {
    const { app, clerk } = open();
    const rows = inventedReservations(4, '2026-11-25');
    await run(app, clerk, 'reservations.import', csvUpload('a.csv', rows));
    const again = rows.map((row, index) => (index === 1 ? { ...row, status: '예약취소', cancelledAt: '2026-11-19 16:20' } : row));
    const result = await run(app, clerk, 'reservations.import', csvUpload('b.csv', again));
    expect(result).toMatchObject({ added: 0, updated: 4 });
    const list = await run(app, clerk, 'reservations.list', {});
    expect(list).toHaveLength(4);
    expect(list.find((r) => r.bookingId === rows[1]?.bookingId)).toMatchObject({ status: 'cancelled', dueOn: '2026-11-20', state: 'due' });
  });
});

describe('bad input: Korean errors by row and column, nothing imported', () => {
  it('lists every bad row with its row and column and imports none of the file', async () => {
    const { app, clerk, sqlite } = open();
    await run(app, clerk, 'reservations.import', csvUpload('first.csv', inventedReservations(3, '2026-11-10', { prefix: 'OLD' })));
    const before = snapshot(sqlite);
    const rows = inventedReservations(6, '2026-11-10');
    Object.assign(rows[1] ?? {}, { reservedAt: '2026-02-30 10:00' });
    Object.assign(rows[2] ?? {}, { birthDate: '2030-01-01' });
    Object.assign(rows[3] ?? {}, { bookingId: rows[0]?.bookingId ?? '' });
    Object.assign(rows[4] ?? {}, { email: 'not-an-email' });
    const preview = await run(app, clerk, 'reservations.importPreview', csvUpload('bad.csv', rows));
    expect(preview.issues.map(issueText)).toEqual([
      expect.stringMatching(/^6행 I열: ‘이용일시’: 없는 날짜입니다/),
      expect.stringMatching(/^7행 E열: 생년월일\(2030-01-01\)이 오늘\(2026-11-20\)보다 뒤입니다/),
      expect.stringMatching(/^8행 A열: 예약번호 ‘TI-100000’가 5행에도 있습니다/),
      expect.stringMatching(/^9행 F열: ‘이메일’: 이메일 주소가 올바르지 않습니다/),
    ]);
    const refused = await attempt(app, clerk, 'reservations.import', csvUpload('bad.csv', rows));
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('4군데') } });
    expect(snapshot(sqlite)).toEqual(before);
  });

  it('refuses a missing required column, an empty file, an unknown format and a file over the limit', async () => {
    const { app, clerk, sqlite } = open();
    const before = snapshot(sqlite);
    const noName = 'reservation_id,email,reserved at\r\nA-1,a@example.com,2026-11-03 14:00\r\n';
    const missing = await run(app, clerk, 'reservations.importPreview', {
      fileName: 'x.csv',
      dataBase64: Buffer.from(noName).toString('base64'),
      source: 'web',
    });
    expect(missing.issues.map(issueText)).toEqual([expect.stringContaining('‘이름’ 열이 없습니다')]);
    const empty = await attempt(app, clerk, 'reservations.import', { fileName: 'x.csv', dataBase64: '', source: 'web' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.stringify(empty)).toContain('빈 파일입니다');
    const headerOnly = await attempt(app, clerk, 'reservations.import', csvUpload('h.csv', [], 'utf8'));
    expect(headerOnly).toMatchObject({
      ok: false,
      error: { details: { issues: [{ message: expect.stringContaining('가져올 행이 없습니다') }] } },
    });
    const binary = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    const xls = await attempt(app, clerk, 'reservations.import', {
      fileName: 'old.xls',
      dataBase64: binary.toString('base64'),
      source: 'web',
    });
    expect(xls).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const huge = await attempt(app, clerk, 'reservations.import', {
      fileName: 'big.csv',
      dataBase64: 'A'.repeat(50 * 1024 * 1024),
      source: 'web',
    });
    expect(huge).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.stringify(huge)).toContain('20MB 이하여야 합니다');
    expect(snapshot(sqlite)).toEqual(before);
  });

  it('cannot be started twice: a second import while one runs is refused with a Korean reason and adds nothing', async () => {
    const { app, clerk } = open();
    const upload = csvUpload('many.csv', inventedReservations(3000, '2026-11-10'));
    const [first, second] = await Promise.all([
      attempt(app, clerk, 'reservations.import', upload),
      attempt(app, clerk, 'reservations.import', upload),
    ]);
    expect(first).toMatchObject({ ok: true, value: { added: 3000, updated: 0 } });
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('이미 진행 중') } });
    expect((await run(app, clerk, 'reservations.list', {})).length).toBe(3000);
    // Once the first has ended, the same file can be imported again: it only updates.
    expect(await run(app, clerk, 'reservations.import', upload)).toMatchObject({ added: 0, updated: 3000 });
  });
});
