import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, readSpreadsheet } from '../../../electron/formats/spreadsheet.ts';

// Korean Windows writes CSV in CP949 (Excel's default), UTF-8 with a BOM (Excel's "CSV UTF-8"),
// plain UTF-8 (most booking systems) or UTF-16 ("유니코드 텍스트"); the reader tells them apart.

const HEADER = '예약번호,상태,예약자,이메일,이용일시';
const LINE = '12345,확정,홍길동,hong@example.com,2026-11-03 (화) 오후 2:00:00';
const CSV = `${HEADER}\r\n${LINE}\r\n`;

describe('decodeText', () => {
  it('reads UTF-8 with a BOM, without the BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV, 'utf8')]);
    expect(decodeText(bytes)).toEqual({ text: CSV, encoding: 'UTF-8 (BOM)' });
  });

  it('reads UTF-8 without a BOM when every byte is valid UTF-8', () => {
    expect(decodeText(Buffer.from(CSV, 'utf8'))).toEqual({ text: CSV, encoding: 'UTF-8' });
  });

  it('reads CP949 (Excel on a Korean PC) when the bytes are not UTF-8', () => {
    const bytes = iconv.encode(CSV, 'cp949');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow(TypeError);
    expect(decodeText(bytes)).toEqual({ text: CSV, encoding: 'CP949' });
  });

  it('reads UTF-16 with its BOM (Excel’s Unicode text)', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV, 'utf16le')]);
    expect(decodeText(bytes)).toEqual({ text: CSV, encoding: 'UTF-16' });
  });

  it('keeps ASCII-only files as UTF-8 (they are both)', () => {
    expect(decodeText(Buffer.from('a,b\r\n1,2\r\n'))).toMatchObject({ encoding: 'UTF-8' });
  });
});

describe('readSpreadsheet', () => {
  it('reads a CP949 CSV into rows of Korean text, quotes and commas inside cells included', async () => {
    const text = `${HEADER}\r\n"12346","취소","김, 하은","kim@example.com","26. 11. 3.(화) 오후 2:00~3:00"\r\n`;
    const sheet = await readSpreadsheet(iconv.encode(text, 'cp949'));
    expect(sheet.format).toBe('CSV (CP949)');
    expect(sheet.rows[1]).toEqual(['12346', '취소', '김, 하은', 'kim@example.com', '26. 11. 3.(화) 오후 2:00~3:00']);
  });

  it('reads a tab-separated export as well as a comma-separated one', async () => {
    const sheet = await readSpreadsheet(Buffer.from('파일명\t건수\r\n예약 신청서\t86\r\n', 'utf8'));
    expect(sheet.rows).toEqual([
      ['파일명', '건수'],
      ['예약 신청서', '86'],
    ]);
  });

  it('reads an XLSX from its first sheet with content: dates as days, numbers and formulas as shown', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('표지');
    const sheet = workbook.addWorksheet('개인정보파일');
    sheet.addRow(['개인정보파일 목록 (행정실)']);
    sheet.addRow(['개인정보 파일명', '보유 건수', '생성일']);
    sheet.addRow(['예약 신청서 묶음', 86, new Date(Date.UTC(2026, 0, 5))]);
    sheet.addRow(['합계', { formula: 'B3*2', result: 172 }, null]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const read = await readSpreadsheet(bytes);
    expect(read.format).toBe('XLSX');
    expect(read.sheet).toBe('개인정보파일');
    expect(read.rows).toEqual([
      ['개인정보파일 목록 (행정실)'],
      ['개인정보 파일명', '보유 건수', '생성일'],
      ['예약 신청서 묶음', '86', '2026-01-05'],
      ['합계', '172'],
    ]);
  });

  it('refuses the old .xls format and a broken XLSX with what to do, in Korean', async () => {
    await expect(readSpreadsheet(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).rejects.toThrow(
      /97-2003\(\.xls\).*\.xlsx/,
    );
    await expect(readSpreadsheet(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toThrow('엑셀 파일을 읽을 수 없습니다');
  });
});
