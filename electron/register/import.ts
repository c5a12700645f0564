import type { z } from 'zod';
import { fieldErrors } from '../../shared/contract/errors.ts';
import {
  columnOfField,
  parseTable,
  type ImportIssue,
  type ImportPreview,
  type ParsedTable,
  type spreadsheetUpload,
} from '../../shared/formats/import.ts';
import { fileInput } from '../../shared/register/contract.ts';
import { REGISTER_IMPORT_FIELDS, splitLocation, type RegisterImportKey } from '../../shared/register/import.ts';
import { LOCATION_LABELS } from '../../shared/register/files.ts';
import { importPreview, readUpload } from '../formats/import.ts';
import { toPolicyView } from '../policies/handlers.ts';
import type { CallContext, HandlersOf } from '../handler.ts';
import type { registerApi } from '../../shared/register/contract.ts';
import { refuseIfIssues } from '../formats/import.ts';
import { dateProblems, insertFile } from './handlers.ts';

type FileInput = z.output<typeof fileInput>;

export interface RegisterImport {
  preview: ImportPreview;
  /** The files to add, in the file's order; only used when the preview has no issue. */
  files: FileInput[];
}

const LOCATION_KIND = REGISTER_IMPORT_FIELDS.find((field) => field.key === 'locationKind');

/**
 * Reads an uploaded register and checks every row as the form would (the contract's schema, the
 * policy's date rules) plus what only an import can get wrong: a policy named that does not
 * exist, a file already in the register or twice in the upload. Each problem names its row and
 * column. Changes nothing.
 */
export async function analyseRegisterImport(call: CallContext, upload: z.output<typeof spreadsheetUpload>): Promise<RegisterImport> {
  const sheet = await readUpload(upload);
  const table: ParsedTable<RegisterImportKey> = parseTable(sheet.rows, REGISTER_IMPORT_FIELDS);
  const issues: ImportIssue[] = [...table.issues];
  const column = (field: RegisterImportKey) => columnOfField(table, field);
  const separate = column('locationKind') !== null && column('locationDetail') !== null;
  if (table.headerRow > 0 && !separate && column('location') === null) {
    issues.push({
      row: table.headerRow,
      column: null,
      message:
        '‘보관 위치’ 열이 없습니다. ‘보관 위치’(예: 종이 서류철 — 행정실 문서함 2번 칸) 한 열이나, ‘보관 위치 구분’과 ‘보관 위치(구체적으로)’ 두 열을 추가해 주세요.',
    });
  }

  const policies = (await call.db.selectFrom('retention_policies').selectAll().where('archived_at', 'is', null).execute()).map(
    toPolicyView,
  );
  const policyByName = new Map(policies.map((policy) => [policy.name.trim(), policy]));
  const registered = new Set(
    (await call.db.selectFrom('pi_files').select('name').where('destroyed_at', 'is', null).execute()).map((row) => row.name.trim()),
  );
  const firstRowOf = new Map<string, number>();
  const files: FileInput[] = [];

  for (const row of table.rows) {
    const before = issues.length;
    // 보관 위치's two fields may come from its one combined column.
    const at = (field: RegisterImportKey | null, message: string) =>
      issues.push({
        row: row.row,
        column: field ? (column(field) ?? (field.startsWith('location') ? column('location') : null)) : null,
        message,
      });
    const value = (key: RegisterImportKey) => row.values[key] ?? null;
    if (table.issues.some((issue) => issue.row === row.row)) continue;

    let locationKind: unknown = value('locationKind');
    let locationDetail: unknown = value('locationDetail');
    const combined = value('location');
    if ((locationKind === null || locationDetail === null) && typeof combined === 'string') {
      const parts = splitLocation(combined);
      const kind = parts && LOCATION_KIND ? LOCATION_KIND.parse(parts.kind) : null;
      if (!parts || !kind?.ok) {
        at(
          'location',
          `‘보관 위치’ ‘${combined}’를 읽을 수 없습니다. ‘구분 — 구체적으로’(예: 종이 서류철 — 행정실 문서함 2번 칸)로 적어 주세요. 구분은 ${LOCATION_HINT}입니다.`,
        );
        continue;
      }
      locationKind = kind.value;
      locationDetail = parts.detail;
    }

    const policyName = String(value('policy') ?? '');
    const policy = policyByName.get(policyName);
    if (!policy) {
      at(
        'policy',
        `보존기간 정책 ‘${policyName}’이(가) 없습니다. [보존기간 정책]에 있는 이름으로 적어 주세요(${policies.map((p) => p.name).join(', ') || '정책 없음'}).`,
      );
      continue;
    }
    const parsed = fileInput.safeParse({
      name: value('name'),
      items: value('items'),
      mediaKind: value('mediaKind'),
      locationKind,
      locationDetail,
      recordCount: value('recordCount'),
      policyId: policy.id,
      createdOn: value('createdOn'),
      startDate: value('startDate'),
      eventDate: value('eventDate'),
    });
    if (!parsed.success) {
      for (const [field, message] of Object.entries(fieldErrors(parsed.error))) at(IMPORT_KEY[field] ?? null, message);
      continue;
    }
    for (const [field, message] of Object.entries(dateProblems(parsed.data, policy.rule.kind, call.today))) {
      at(IMPORT_KEY[field] ?? null, `${message} (${policy.name}: ${policy.startLabel} 기준)`);
    }
    const name = parsed.data.name;
    if (registered.has(name))
      at('name', `‘${name}’은(는) 이미 등록된 개인정보파일입니다. 같은 파일을 두 번 가져오지 않도록 이 행을 지우거나 이름을 바꿔 주세요.`);
    const first = firstRowOf.get(name);
    if (first !== undefined) at('name', `${first}행과 개인정보 파일명이 같습니다. 파일마다 다른 이름을 붙여 주세요.`);
    else firstRowOf.set(name, row.row);
    if (issues.length === before) files.push(parsed.data);
  }

  return { preview: importPreview(upload.fileName, sheet, table, REGISTER_IMPORT_FIELDS, issues), files };
}

/** The contract's field names → the import's columns (보관 위치 may be one column or two). */
const IMPORT_KEY: Readonly<Record<string, RegisterImportKey>> = {
  name: 'name',
  items: 'items',
  mediaKind: 'mediaKind',
  locationKind: 'locationKind',
  locationDetail: 'locationDetail',
  recordCount: 'recordCount',
  policyId: 'policy',
  createdOn: 'createdOn',
  startDate: 'startDate',
  eventDate: 'eventDate',
};

const LOCATION_HINT = `${Object.values(LOCATION_LABELS)
  .map((label) => `‘${label}’`)
  .join(', ')} 중 하나`;

/** 가져오기: the preview changes nothing; the import adds every file in one transaction, or none. */
export const registerImportHandlers: Pick<HandlersOf<typeof registerApi>, 'register.importPreview' | 'register.import'> = {
  'register.importPreview': async (call, input) => (await analyseRegisterImport(call, input)).preview,

  'register.import': async (call, input) => {
    const { preview, files } = await analyseRegisterImport(call, input);
    refuseIfIssues(preview);
    for (const [index, file] of files.entries()) {
      await insertFile(call, file);
      if (index % 100 === 99 || index === files.length - 1) call.progress('import', index + 1, files.length);
    }
    return { imported: files.length, preview };
  },
};
