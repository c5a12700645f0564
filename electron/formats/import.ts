import { AppError } from '../../shared/contract/errors.ts';
import {
  SPREADSHEET_MAX_BYTES,
  sortIssues,
  type ImportField,
  type ImportIssue,
  type ImportPreview,
  type ParsedTable,
  type spreadsheetUpload,
} from '../../shared/formats/import.ts';
import type { z } from 'zod';
import { readSpreadsheet, type SheetRows } from './spreadsheet.ts';

/** How many rows the preview shows (all of them are checked). */
const SAMPLE_ROWS = 20;

/** The bytes of an upload, read as rows (XLSX, or CSV in CP949 or UTF-8). */
export async function readUpload(upload: z.output<typeof spreadsheetUpload>): Promise<SheetRows> {
  const bytes = Buffer.from(upload.dataBase64, 'base64');
  if (bytes.length === 0 || bytes.length > SPREADSHEET_MAX_BYTES) {
    throw new AppError('VALIDATION', `파일은 ${SPREADSHEET_MAX_BYTES / 1024 / 1024}MB 이하여야 합니다.`);
  }
  return readSpreadsheet(bytes);
}

/** What the import dialog shows: how the file was read, its columns, the first rows and every issue. */
export function importPreview(
  fileName: string,
  sheet: SheetRows,
  table: ParsedTable,
  fields: ReadonlyArray<ImportField>,
  issues: readonly ImportIssue[],
): ImportPreview {
  return {
    fileName,
    format: sheet.format,
    sheet: sheet.sheet,
    headerRow: table.headerRow,
    columns: table.columns,
    fields: fields.map(({ key, label }) => ({ key, label })),
    sample: table.rows.slice(0, SAMPLE_ROWS).map((row) => ({ row: row.row, text: row.text as Record<string, string> })),
    total: table.rows.length,
    issues: sortIssues(issues),
  };
}

/** All or nothing: one problem anywhere and nothing is saved (the preview lists every one). */
export function refuseIfIssues(preview: ImportPreview): void {
  if (preview.issues.length === 0) return;
  throw new AppError(
    'VALIDATION',
    `파일에 고칠 곳이 ${preview.issues.length.toLocaleString('ko-KR')}군데 있어 아무것도 가져오지 않았습니다. 미리보기의 목록대로 고친 뒤 다시 가져오세요.`,
    { details: { issues: preview.issues } },
  );
}
