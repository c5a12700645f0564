import { processorsMessages } from '../../shared/processors/messages.ts';
import type { TargetKind } from '../domain.ts';
import { namedRows } from '../accessLog/targets.ts';

/** `processor:3` → 수탁자 ‘PREDAQ’; documents by their file name; a published text by its date. */
export const processorsTargets: Record<string, TargetKind> = {
  processor: namedRows(processorsMessages.target, 'processors'),
  processor_document: {
    describe: async (db, ids) => {
      const rows = await db
        .selectFrom('processor_documents')
        .select(['id', 'file_name'])
        .where('id', 'in', ids.length > 0 ? [...ids] : [''])
        .execute();
      const { ko, en } = processorsMessages.documentTarget;
      return new Map(rows.map((row) => [row.id, { ko: `${ko} ‘${row.file_name}’`, en: `${en} ‘${row.file_name}’` }]));
    },
  },
  processor_text: {
    describe: async (db, ids) => {
      const numeric = ids.map(Number).filter(Number.isInteger);
      const rows = await db
        .selectFrom('processor_policy_texts')
        .select(['id', 'published_on'])
        .where('id', 'in', numeric.length > 0 ? numeric : [-1])
        .execute();
      const { ko, en } = processorsMessages.textTarget;
      return new Map(rows.map((row) => [String(row.id), { ko: `${ko} ${row.published_on}`, en: `${en} ${row.published_on}` }]));
    },
  },
};
