import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/connection.ts';
import type { AppContext } from '../context.ts';

const META_KEY = 'access_log_key';

interface SealedKey {
  protector: string;
  data: string;
}

const opened = new WeakMap<AppContext, Buffer>();

/**
 * The access log's MAC key: 32 random bytes made the first time the log is written, sealed by the
 * installation's key store (the OS key store in the app, a key file for the CLI and tests) and kept
 * in the file. `null` where this program cannot open that store (the CLI on the app's database):
 * such a program may read and verify the chain but not write the log, nor check its MAC.
 */
export async function accessLogKey(app: AppContext, db: Db, create = true): Promise<Buffer | null> {
  const cached = opened.get(app);
  if (cached) return cached;
  const row = await db.selectFrom('meta').select('value').where('key', '=', META_KEY).executeTakeFirst();
  let key: Buffer;
  if (row) {
    let sealed: SealedKey;
    try {
      sealed = JSON.parse(row.value) as SealedKey;
    } catch {
      return null;
    }
    if (sealed.protector !== app.secrets.kind) return null;
    try {
      key = app.secrets.open(sealed.data);
    } catch {
      return null;
    }
  } else {
    if (!create) return null;
    key = randomBytes(32);
    const sealed: SealedKey = { protector: app.secrets.kind, data: app.secrets.seal(key) };
    await db
      .insertInto('meta')
      .values({ key: META_KEY, value: JSON.stringify(sealed) })
      .execute();
  }
  opened.set(app, key);
  return key;
}

/** Forgets the opened key (the file was closed or replaced; the next use reads it again). */
export function forgetAccessLogKey(app: AppContext): void {
  opened.delete(app);
}
