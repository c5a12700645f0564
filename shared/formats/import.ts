/**
 * Reading a register that staff already keep in Excel or a booking system's export: which row is
 * the header (exports put a title and a date above it), which column is which field (Korean or
 * English headers, as people write them), each cell as a value, and every problem with its row
 * and column as Excel shows them ("5행 C열"). Nothing is imported while any problem remains.
 * Knows no domain: a domain gives its fields (`ImportField`), `electron/formats/` gives the rows.
 */

import { z } from 'zod';
import { daysInMonth, formatIsoDate, parseIsoDate } from '../dates/calendar.ts';

export type Cell = { ok: true; value: unknown } | { ok: false; message: string };

export interface ImportField<K extends string = string> {
  key: K;
  /** The field's Korean name, as messages and the preview say it. */
  label: string;
  /** Headers that mean this field; compared without spaces, punctuation or letter case. */
  aliases: readonly string[];
  required?: boolean;
  /** The cell's text (already trimmed; never empty) → its value, or what is wrong with it. */
  parse: (text: string) => Cell;
}

export interface ImportIssue {
  /** The row as the spreadsheet numbers it (1 = first row of the file); null for the file as a whole. */
  row: number | null;
  /** The column as the spreadsheet names it ("C"); null when no column is at fault. */
  column: string | null;
  message: string;
}

export interface ImportColumn {
  column: string;
  header: string;
  /** The field this column fills, or null: the column is not imported. */
  field: string | null;
  fieldLabel: string | null;
}

export interface ImportRow<K extends string = string> {
  row: number;
  /** The parsed values of the fields present (a blank optional cell is null). */
  values: Partial<Record<K, unknown>>;
  /** The cells' text as read, for the preview. */
  text: Partial<Record<K, string>>;
}

export interface ParsedTable<K extends string = string> {
  headerRow: number;
  columns: ImportColumn[];
  rows: Array<ImportRow<K>>;
  issues: ImportIssue[];
}

/** What the import dialog shows before anything is saved (one shape for every domain that imports). */
export interface ImportPreview {
  fileName: string;
  /** 'XLSX', 'CSV (UTF-8)', 'CSV (CP949)' … */
  format: string;
  sheet: string | null;
  headerRow: number;
  columns: ImportColumn[];
  /** The fields in order, with their labels, for the preview's table. */
  fields: Array<{ key: string; label: string }>;
  /** The first rows as read (the preview), and how many rows there are in all. */
  sample: Array<{ row: number; text: Record<string, string> }>;
  total: number;
  issues: ImportIssue[];
}

/** `0 → A`, `25 → Z`, `26 → AA`: columns as the spreadsheet names them. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Headers compared as people vary them: "개인정보 파일명", "개인정보파일명 *", "File name". */
export function headerKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s·ㆍ・.,:;*'"`()[\]{}<>/\\_-]+/g, '');
}

/** At most this many rows above the header (a title, the export date, a blank line …). */
const PREAMBLE_ROWS = 20;

/** A cell as text: trimmed, with Excel's non-breaking spaces made plain. */
function cellText(cell: string | undefined): string {
  return (cell ?? '').replace(/\u00a0/g, ' ').trim();
}

/**
 * Finds the header (the row, among the first ones, that names the most fields), maps its columns
 * to fields, and reads every row below it. Blank rows are skipped; a required field without a
 * column, a column named twice, an empty required cell or a cell that does not parse is an issue.
 */
export function parseTable<K extends string>(
  rows: ReadonlyArray<ReadonlyArray<string>>,
  fields: ReadonlyArray<ImportField<K>>,
): ParsedTable<K> {
  const byAlias = new Map<string, ImportField<K>>();
  for (const field of fields) for (const alias of [field.label, ...field.aliases]) byAlias.set(headerKey(alias), field);

  let headerIndex = -1;
  let best = 0;
  rows.slice(0, PREAMBLE_ROWS).forEach((row, index) => {
    const named = new Set(row.map((cell) => byAlias.get(headerKey(cellText(cell)))?.key).filter(Boolean)).size;
    if (named > best) {
      best = named;
      headerIndex = index;
    }
  });
  const required = fields.filter((field) => field.required);
  if (headerIndex < 0 || best < Math.min(2, fields.length)) {
    return {
      headerRow: 0,
      columns: [],
      rows: [],
      issues: [
        {
          row: null,
          column: null,
          message: `머리글 행을 찾지 못했습니다. 첫 ${PREAMBLE_ROWS}행 안에 ${required.map((f) => `‘${f.label}’`).join(', ')} 같은 열 이름이 있는 행이 있어야 합니다.`,
        },
      ],
    };
  }

  const issues: ImportIssue[] = [];
  const header = rows[headerIndex] ?? [];
  const columnOf = new Map<K, number>();
  const columns: ImportColumn[] = header.map((cell, index) => {
    const field = byAlias.get(headerKey(cellText(cell)));
    if (field && columnOf.has(field.key)) {
      issues.push({
        row: headerIndex + 1,
        column: columnLetter(index),
        message: `‘${field.label}’ 열이 두 번 있습니다(${columnLetter(columnOf.get(field.key) ?? 0)}열과 ${columnLetter(index)}열). 하나만 남겨 주세요.`,
      });
      return { column: columnLetter(index), header: cellText(cell), field: null, fieldLabel: null };
    }
    if (field) columnOf.set(field.key, index);
    return { column: columnLetter(index), header: cellText(cell), field: field?.key ?? null, fieldLabel: field?.label ?? null };
  });
  for (const field of required) {
    if (!columnOf.has(field.key)) {
      issues.push({
        row: headerIndex + 1,
        column: null,
        message: `‘${field.label}’ 열이 없습니다. 머리글 행(${headerIndex + 1}행)에 ‘${field.label}’ 열을 추가해 주세요.`,
      });
    }
  }

  const parsed: Array<ImportRow<K>> = [];
  rows.slice(headerIndex + 1).forEach((row, offset) => {
    if (row.every((cell) => cellText(cell) === '')) return;
    const rowNumber = headerIndex + 2 + offset;
    const values: Partial<Record<K, unknown>> = {};
    const shown: Partial<Record<K, string>> = {};
    for (const field of fields) {
      const index = columnOf.get(field.key);
      if (index === undefined) continue;
      const cell = cellText(row[index]);
      shown[field.key] = cell;
      if (cell === '') {
        values[field.key] = null;
        if (field.required) issues.push({ row: rowNumber, column: columnLetter(index), message: `‘${field.label}’ 값이 비어 있습니다.` });
        continue;
      }
      const result = field.parse(cell);
      if (result.ok) values[field.key] = result.value;
      else issues.push({ row: rowNumber, column: columnLetter(index), message: `‘${field.label}’: ${result.message}` });
    }
    parsed.push({ row: rowNumber, values, text: shown });
  });
  if (parsed.length === 0 && issues.length === 0) {
    issues.push({ row: null, column: null, message: `머리글(${headerIndex + 1}행) 아래에 가져올 행이 없습니다.` });
  }
  return { headerRow: headerIndex + 1, columns, rows: parsed, issues };
}

/** The column letter a field was read from (for issues found after parsing, e.g. by the domain's own rules). */
export function columnOfField(table: Pick<ParsedTable, 'columns'>, field: string): string | null {
  return table.columns.find((column) => column.field === field)?.column ?? null;
}

/** Issues in the order a person fixes them: the file's own first, then by row and column. */
export function sortIssues(issues: readonly ImportIssue[]): ImportIssue[] {
  return [...issues].sort(
    (a, b) =>
      (a.row ?? 0) - (b.row ?? 0) || (a.column ?? '').length - (b.column ?? '').length || (a.column ?? '').localeCompare(b.column ?? ''),
  );
}

/** "5행 C열: ‘보유 건수’: 숫자로 입력해 주세요." — how an issue reads in a message or a list. */
export function issueText(issue: ImportIssue): string {
  const at = [issue.row !== null ? `${issue.row}행` : '', issue.column ? `${issue.column}열` : ''].filter(Boolean).join(' ');
  return at ? `${at}: ${issue.message}` : issue.message;
}

// Cells -----------------------------------------------------------------------------------------

export function textCell(max: number): (text: string) => Cell {
  return (value) => (value.length > max ? { ok: false, message: `${max}자 이하여야 합니다(${value.length}자).` } : { ok: true, value });
}

/** A count: "1,240", "1240", "1,240건". Never rounded, never made positive. */
export function countCell(max = 100_000_000): (text: string) => Cell {
  return (value) => {
    const digits = value.replace(/,/g, '').replace(/\s*(건|개|명)$/, '');
    if (!/^-?\d+(\.\d+)?$/.test(digits)) return { ok: false, message: `숫자로 입력해 주세요(입력: ${value}).` };
    const number = Number(digits);
    if (!Number.isInteger(number)) return { ok: false, message: `정수로 입력해 주세요(입력: ${value}).` };
    if (number < 0) return { ok: false, message: `0 이상이어야 합니다(입력: ${value}).` };
    if (number > max) return { ok: false, message: `${max.toLocaleString('ko-KR')} 이하여야 합니다.` };
    return { ok: true, value: number };
  };
}

/**
 * A calendar day as exports write it: 2026-11-03, 2026.11.03, 2026/11/3, 20261103, "26. 11. 3.(화)",
 * "2026-11-03 (화) 오후 2:00:00" (the time is not part of the day). An impossible day is refused
 * with what is wrong with it, never moved to a real one.
 */
export function dateCell(text: string): Cell {
  const value = text.trim();
  const match =
    /^(\d{4}|\d{2})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})\s*(?:일|\.)?(?:\s*\([^)]*\))?(?:\s+.*)?$/.exec(value) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (!match) return { ok: false, message: `날짜를 읽을 수 없습니다(입력: ${value}). 2026-03-05 형식으로 적어 주세요.` };
  const year = match[1]?.length === 2 ? 2000 + Number(match[1]) : Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const iso = formatIsoDate({ year, month, day });
  if (parseIsoDate(iso)) return { ok: true, value: iso };
  if (month < 1 || month > 12) return { ok: false, message: `날짜가 올바르지 않습니다. 월은 01~12 사이여야 합니다(입력: ${value}).` };
  if (day < 1 || day > daysInMonth(year, month)) {
    return {
      ok: false,
      message: `날짜가 올바르지 않습니다. ${year}년 ${month}월은 ${daysInMonth(year, month)}일까지 있습니다(입력: ${value}).`,
    };
  }
  return { ok: false, message: `날짜가 올바르지 않습니다. 연도를 확인해 주세요(입력: ${value}).` };
}

/** One of a fixed set, by any of its names (the Korean label, the English one, a short word staff use). */
export function choiceCell<C extends string>(choices: ReadonlyArray<{ value: C; names: readonly string[] }>): (text: string) => Cell {
  const byName = new Map<string, C>();
  for (const choice of choices) for (const name of [choice.value, ...choice.names]) byName.set(headerKey(name), choice.value);
  return (value) => {
    const found = byName.get(headerKey(value));
    if (found) return { ok: true, value: found };
    const listed = choices.map((choice) => `‘${choice.names[0] ?? choice.value}’`).join(', ');
    return { ok: false, message: `‘${value}’은(는) 알 수 없는 값입니다. ${listed} 중 하나로 적어 주세요.` };
  };
}

/**
 * A blank sheet to fill in: the header row only, as a CSV Excel opens in Hangul (UTF-8 with a BOM).
 * Written here rather than by csv-stringify, which needs Node's Buffer and so cannot run in the
 * renderer where the template is downloaded.
 */
export function templateCsv(headers: readonly string[]): string {
  return `\uFEFF${headers.map((header) => `"${header.replace(/"/g, '""')}"`).join(',')}\r\n`;
}

/** An uploaded spreadsheet, as every import method takes it (bytes as base64: the bridge carries data only). */
export const SPREADSHEET_MAX_BYTES = 20 * 1024 * 1024;

export const spreadsheetUpload = z.strictObject({
  fileName: z.string().trim().min(1, { error: '파일을 선택해 주세요.' }).max(200),
  dataBase64: z
    .string()
    .min(1, { error: '빈 파일입니다. 내용이 있는 파일을 선택해 주세요.' })
    .max(Math.ceil((SPREADSHEET_MAX_BYTES * 4) / 3) + 4, { error: `파일은 ${SPREADSHEET_MAX_BYTES / 1024 / 1024}MB 이하여야 합니다.` }),
});
