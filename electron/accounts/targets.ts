import { accountsMessages } from '../../shared/accounts/messages.ts';
import type { TargetKind } from '../domain.ts';
import { containing, numericIds } from '../accessLog/targets.ts';

/** `user:1` → 계정 김하은 (staff are named in the log's view; the log itself keeps the id). */
export const accountsTargets: Record<string, TargetKind> = {
  user: {
    describe: async (db, ids) => {
      const rows = await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', numericIds(ids)).execute();
      const { ko, en } = accountsMessages.target;
      return new Map(rows.map((row) => [String(row.id), { ko: `${ko} ${row.display_name}`, en: `${en} ${row.display_name}` }]));
    },
    find: async (db, text) => {
      const rows = await db
        .selectFrom('users')
        .select('id')
        .where((eb) => eb.or([eb('display_name', 'like', containing(text)), eb('login', 'like', containing(text))]))
        .execute();
      return rows.map((row) => String(row.id));
    },
  },
};
