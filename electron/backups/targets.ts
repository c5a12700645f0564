import type { Phrase } from '../../shared/contract/phrase.ts';
import { backupsMessages } from '../../shared/backups/messages.ts';
import type { TargetKind } from '../domain.ts';
import { named, numericIds } from '../accessLog/targets.ts';

const BACKUP: Phrase = { ko: '백업', en: 'Backup' };
const SETTING_WORDS: Readonly<Record<string, Phrase>> = {
  folder: backupsMessages.folder,
  maxAgeDays: backupsMessages.maxAge,
  runAt: backupsMessages.runAt,
};

/** How the access log reads what the backups write: `backup:3` → 백업 ‘retention-desk-20261124-090500-3.rdbackup’. */
export const backupsTargets: Record<string, TargetKind> = {
  backup: {
    describe: async (db, ids) => {
      const rows = await db.selectFrom('backups').select(['id', 'file_name']).where('id', 'in', numericIds(ids)).execute();
      return new Map(rows.map((row) => [String(row.id), named(BACKUP, row.file_name)]));
    },
  },
  backup_setting: {
    describe: async (_db, ids) => new Map(ids.map((id) => [id, named(backupsMessages.title, SETTING_WORDS[id]?.ko ?? id)] as const)),
  },
  recovery_sheet: {
    describe: async (_db, ids) => new Map(ids.map((id) => [id, named(backupsMessages.recovery.title, id)] as const)),
  },
};
