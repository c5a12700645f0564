import { accessLogMessages } from '../../shared/accessLog/messages.ts';
import type { TargetKind } from '../domain.ts';
import { fill, numericIds } from './targets.ts';

/** `access_review:3` → 접속기록 점검(2026-10까지). */
export const accessLogTargets: Record<string, TargetKind> = {
  access_review: {
    describe: async (db, ids) => {
      const rows = await db.selectFrom('access_reviews').select(['id', 'reviewed_through']).where('id', 'in', numericIds(ids)).execute();
      return new Map(rows.map((row) => [String(row.id), fill(accessLogMessages.reviewTarget, { month: row.reviewed_through })]));
    },
  },
};
