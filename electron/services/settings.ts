import { DEFAULT_SETTINGS, settingsSchema, type Settings, type settingsApi } from '../../shared/api/settings.ts';
import type { Db } from '../../db/connection.ts';
import type { HandlersOf } from './types.ts';

export async function readSettings(db: Db): Promise<Settings> {
  const rows = await db.selectFrom('settings').selectAll().execute();
  const stored = Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
  // A value that no longer passes the schema falls back to its default rather than breaking sign-in.
  const merged = { ...DEFAULT_SETTINGS, ...stored };
  const parsed = settingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export const settingsHandlers: HandlersOf<typeof settingsApi> = {
  'settings.get': ({ db }) => readSettings(db),
  'settings.update': async (call, changes) => {
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      call.target('setting', key);
      await call.db
        .insertInto('settings')
        .values({ key, value: JSON.stringify(value) })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
        .execute();
    }
    return readSettings(call.db);
  },
};
