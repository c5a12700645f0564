import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { AppError } from '../../shared/contract/errors.ts';

/** The rows of an uploaded spreadsheet as text, and what it was read as (for the preview). */
export interface SheetRows {
  rows: string[][];
  /** 'XLSX', 'CSV (UTF-8)', 'CSV (CP949)' … */
  format: string;
  sheet: string | null;
}

export type TextEncoding = 'UTF-8 (BOM)' | 'UTF-8' | 'UTF-16' | 'CP949';

/**
 * Text whatever Korean Windows wrote it in: a BOM says UTF-8 (or UTF-16, Excel's "유니코드 텍스트");
 * otherwise strict UTF-8 if every byte sequence is valid UTF-8, else CP949 (Excel's default CSV on
 * a Korean PC). Strict decoding is what tells them apart: CP949 Hangul is never valid UTF-8.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 (BOM)' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'cp949'), encoding: 'CP949' };
  }
}

/** The separator of a CSV or text export: the one that splits its first lines most evenly. */
function separatorOf(text: string): ',' | '\t' | ';' {
  const lines = text.split(/\r?\n/).slice(0, 20);
  const score = (separator: string) => lines.reduce((sum, line) => sum + line.split(separator).length - 1, 0);
  const candidates = [',', '\t', ';'] as const;
  return candidates.reduce((best, separator) => (score(separator) > score(best) ? separator : best), ',');
}

export function readCsv(bytes: Uint8Array): SheetRows {
  const { text, encoding } = decodeText(bytes);
  const rows = parse(text, {
    delimiter: separatorOf(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
  return { rows, format: `CSV (${encoding})`, sheet: null };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell of exceljs as the text a person sees in it (a formula by its result, a date as YYYY-MM-DD). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // Excel keeps a day without a time zone; exceljs hands it over as that day at 00:00 UTC.
    const day = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const time = value.getUTCHours() * 60 + value.getUTCMinutes();
    return time === 0 ? day : `${day} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value);
}

export async function readXlsx(bytes: Uint8Array): Promise<SheetRows> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types predate Node's generic Buffer; the bytes are a plain Buffer all the same.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw new AppError('VALIDATION', '엑셀 파일을 읽을 수 없습니다. 파일이 손상되었거나 암호가 걸려 있지 않은지 확인해 주세요.');
  }
  // The first sheet that holds anything (a workbook often starts with an empty or a cover sheet).
  const sheet = workbook.worksheets.find((candidate) => candidate.actualRowCount > 0);
  if (!sheet) return { rows: [], format: 'XLSX', sheet: null };
  const rows: string[][] = [];
  for (let n = 1; n <= sheet.rowCount; n += 1) {
    const row = sheet.getRow(n);
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c += 1) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  }
  return { rows, format: 'XLSX', sheet: sheet.name };
}

/** An upload as rows: XLSX by its signature (a ZIP), the old binary .xls refused with what to do, else CSV. */
export async function readSpreadsheet(bytes: Uint8Array): Promise<SheetRows> {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return readXlsx(bytes);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new AppError(
      'VALIDATION',
      '엑셀 97-2003(.xls) 형식은 읽을 수 없습니다. 엑셀에서 [다른 이름으로 저장 → Excel 통합 문서(.xlsx)] 또는 CSV로 저장한 뒤 가져오세요.',
    );
  }
  return readCsv(bytes);
}
