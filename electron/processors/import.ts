import type { z } from 'zod';
import { fieldErrors } from '../../shared/contract/errors.ts';
import { columnOfField, parseTable, type ImportIssue, type ImportPreview, type spreadsheetUpload } from '../../shared/formats/import.ts';
import { processorInput, storedBusinessNumber, type processorFields, type processorsApi } from '../../shared/processors/contract.ts';
import { PROCESSOR_IMPORT_FIELDS, type ProcessorImportKey } from '../../shared/processors/import.ts';
import { importPreview, readUpload, refuseIfIssues } from '../formats/import.ts';
import type { CallContext, HandlersOf } from '../handler.ts';
import { saveProcessor } from './handlers.ts';

type Fields = z.output<typeof processorFields>;

/** The contract's field paths → the import's columns. */
const IMPORT_KEY: Readonly<Record<string, ProcessorImportKey>> = {
  name: 'name',
  parentId: 'parent',
  businessNumber: 'businessNumber',
  country: 'country',
  storageCountries: 'storageCountries',
  address: 'address',
  contactName: 'contactName',
  contactEmail: 'contactEmail',
  contactPhone: 'contactPhone',
  work: 'work',
  items: 'items',
  subjects: 'subjects',
  retentionText: 'retentionText',
  contractStart: 'contractStart',
  contractEnd: 'contractEnd',
  consentOn: 'consentOn',
  consentHow: 'consentHow',
  inspectionCycleMonths: 'cycle',
  'overseas.items': 'overseasItems',
  'overseas.whenHow': 'overseasWhenHow',
  'overseas.purpose': 'overseasPurpose',
  'overseas.retention': 'overseasRetention',
  'overseas.refusal': 'overseasRefusal',
  'overseas.ground': 'overseasGround',
};

interface Planned {
  row: number;
  input: Fields;
  /** The parent by name: one already in the inventory (its id) or a row above in the upload. */
  parentName: string | null;
}

/**
 * Reads an uploaded inventory and checks every row as the form would, plus what only an import can
 * get wrong: a processor already registered or twice in the file, a 사업자등록번호 taken, a parent
 * named that is neither registered nor on a row above. Each problem names its row and column.
 */
async function analyse(
  call: CallContext,
  upload: z.output<typeof spreadsheetUpload>,
): Promise<{ preview: ImportPreview; plan: Planned[] }> {
  const sheet = await readUpload(upload);
  const table = parseTable(sheet.rows, PROCESSOR_IMPORT_FIELDS);
  const issues: ImportIssue[] = [...table.issues];
  const existing = await call.db.selectFrom('processors').select(['id', 'name', 'business_number']).where('ended_on', 'is', null).execute();
  const byName = new Map(existing.map((p) => [p.name.trim(), p.id]));
  const numbers = new Map(existing.filter((p) => p.business_number !== null).map((p) => [p.business_number, p.name]));
  const rowOfName = new Map<string, number>();
  const rowOfNumber = new Map<string, number>();
  const plan: Planned[] = [];
  for (const row of table.rows) {
    if (table.issues.some((issue) => issue.row === row.row)) continue;
    const before = issues.length;
    const at = (field: ProcessorImportKey | null, message: string) =>
      issues.push({ row: row.row, column: field ? columnOfField(table, field) : null, message });
    const value = (key: ProcessorImportKey) => row.values[key] ?? null;
    const text = (key: ProcessorImportKey) => (value(key) as string | null) ?? '';
    const parentName = (value('parent') as string | null)?.trim() || null;
    const overseasGiven = (
      ['overseasItems', 'overseasWhenHow', 'overseasPurpose', 'overseasRetention', 'overseasRefusal', 'overseasGround'] as const
    ).some((key) => value(key) !== null);
    const candidate = {
      name: value('name'),
      businessNumber: text('businessNumber'),
      country: value('country'),
      storageCountries: value('storageCountries') ?? [],
      address: value('address'),
      contactName: value('contactName'),
      contactEmail: text('contactEmail'),
      contactPhone: text('contactPhone'),
      work: value('work'),
      items: value('items'),
      subjects: value('subjects'),
      retentionText: value('retentionText'),
      contractStart: value('contractStart'),
      contractEnd: value('contractEnd'),
      // The parent's id is not known before saving: any id stands for "re-entrusted" in the checks.
      parentId: parentName === null ? null : 1,
      consentOn: value('consentOn'),
      consentHow: text('consentHow'),
      inspectionCycleMonths: value('cycle') ?? 12,
      overseas: overseasGiven
        ? {
            items: text('overseasItems'),
            whenHow: text('overseasWhenHow'),
            purpose: text('overseasPurpose'),
            retention: text('overseasRetention'),
            refusal: text('overseasRefusal'),
            ground: value('overseasGround'),
            groundNote: '',
          }
        : null,
    };
    const parsed = processorInput.safeParse(candidate);
    if (!parsed.success) {
      for (const [field, message] of Object.entries(fieldErrors(parsed.error))) {
        const key = IMPORT_KEY[field] ?? (field.startsWith('overseas') ? 'overseasItems' : null);
        at(key, message);
      }
      continue;
    }
    const input: Fields = { ...parsed.data, parentId: null };
    if (byName.has(input.name)) at('name', `‘${input.name}’은(는) 이미 등록된 수탁자입니다. 이 행을 지우거나 이름을 확인해 주세요.`);
    const first = rowOfName.get(input.name);
    if (first !== undefined) at('name', `${first}행과 수탁자 이름이 같습니다.`);
    else rowOfName.set(input.name, row.row);
    const number = storedBusinessNumber(input.country, input.businessNumber);
    if (number !== null) {
      const taken = numbers.get(number);
      if (taken) at('businessNumber', `사업자등록번호 ${number}은(는) 이미 등록된 수탁자(${taken})의 번호입니다.`);
      const same = rowOfNumber.get(number);
      if (same !== undefined) at('businessNumber', `${same}행과 사업자등록번호가 같습니다.`);
      else rowOfNumber.set(number, row.row);
    }
    if (parentName !== null && !byName.has(parentName) && !(rowOfName.has(parentName) && rowOfName.get(parentName) !== row.row)) {
      at(
        'parent',
        `위탁한 수탁자 ‘${parentName}’이(가) 없습니다. 등록된 수탁자 이름이나 이 파일의 위쪽 행에 있는 수탁자 이름을 적어 주세요.`,
      );
    }
    if (parentName === input.name) at('parent', '수탁자는 자기 자신에게서 재위탁받을 수 없습니다.');
    if (issues.length === before) plan.push({ row: row.row, input, parentName });
  }
  return { preview: importPreview(upload.fileName, sheet, table, PROCESSOR_IMPORT_FIELDS, issues), plan };
}

/** 가져오기: the preview changes nothing; the import adds every processor in one transaction, or none. */
export const processorsImportHandlers: Pick<HandlersOf<typeof processorsApi>, 'processors.importPreview' | 'processors.import'> = {
  'processors.importPreview': async (call, input) => (await analyse(call, input)).preview,

  'processors.import': async (call, input) => {
    const { preview, plan } = await analyse(call, input);
    refuseIfIssues(preview);
    const ids = new Map(
      (await call.db.selectFrom('processors').select(['id', 'name']).where('ended_on', 'is', null).execute()).map((p) => [
        p.name.trim(),
        p.id,
      ]),
    );
    for (const [index, planned] of plan.entries()) {
      const parentId = planned.parentName === null ? null : (ids.get(planned.parentName) ?? null);
      const id = await saveProcessor(call, { ...planned.input, parentId });
      ids.set(planned.input.name, id);
      call.progress('import', index + 1, plan.length);
    }
    return { imported: plan.length, preview };
  },
};
