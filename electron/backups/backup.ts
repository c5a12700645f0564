import { existsSync, readFileSync, statSync, accessSync, constants } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Db, OpenDatabase } from '../../db/connection.ts';
import { addDays, compareIsoDates, seoulDate, seoulTime } from '../../shared/dates/calendar.ts';
import { AppError } from '../../shared/contract/errors.ts';
import { writeFileAtomically } from '../files.ts';
import { readConfig } from '../daily/config.ts';
import { encryptBackup, newBackupKey, wrapBackupKey } from './format.ts';
import { overwriteAndRemove } from './files.ts';

export const BACKUP_EXTENSION = '.rdbackup';
export const keyFileFor = (backupPath: string) => `${backupPath}.key`;

/** A plain-text copy lives only beside the live database (same disk, same protection), never on the backup medium. */
const plainCopyPath = (databasePath: string, id: number) => join(dirname(databasePath), `.${basename(databasePath)}.backup-${id}.tmp`);

/** The clinic's own date and time in the file name (what staff see on the USB drive). */
const stamp = (now: Date) => `${seoulDate(now).replaceAll('-', '')}-${seoulTime(now, true).replaceAll(':', '')}`;

export class BackupFailed extends AppError {
  constructor(message: string) {
    super('CONFLICT', message);
  }
}

function checkFolder(folder: string | null): string {
  if (!folder) throw new BackupFailed('백업 폴더가 정해지지 않았습니다. [백업 설정]에서 폴더를 먼저 정해 주세요.');
  try {
    if (!statSync(folder).isDirectory()) throw new Error('not a folder');
    accessSync(folder, constants.W_OK);
  } catch {
    throw new BackupFailed(`백업 폴더에 쓸 수 없습니다: ${folder}. USB 등이 연결되어 있는지, 폴더가 있는지 확인해 주세요.`);
  }
  return folder;
}

/**
 * A consistent copy of the live database made with `VACUUM INTO` (no transaction may be open on
 * the connection), the keys of other backups and the recovery key taken out of the copy (a backup
 * never opens another backup), `integrity_check`, then AES-256-GCM under a fresh key, written whole
 * (a temporary name, synced, renamed) into the folder; the key goes into the live database and,
 * wrapped for the recovery sheet, beside the file. Returns the new row's id.
 */
export async function makeBackup(
  database: OpenDatabase,
  options: { now: Date; trigger: string; folder?: string; onProgress?: (done: number, total: number) => void },
): Promise<number> {
  const progress = options.onProgress ?? (() => {});
  const config = await readConfig(database.db);
  const folder = checkFolder(options.folder ?? config.folder);
  const madeOn = seoulDate(options.now);
  const head = (database.sqlite.prepare('SELECT seq, hash FROM ledger_entries ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined) ?? { seq: 0, hash: '0'.repeat(64) };
  const nextId = ((database.sqlite.prepare('SELECT max(id) FROM backups').pluck().get() as number | null) ?? 0) + 1;
  const fileName = `retention-desk-${stamp(options.now)}-${nextId}${BACKUP_EXTENSION}`;
  const target = join(folder, fileName);
  if (existsSync(target)) throw new BackupFailed(`같은 이름의 백업 파일이 이미 있습니다: ${fileName}`);

  const plain = plainCopyPath(database.path, nextId);
  overwriteAndRemove(plain);
  const key = newBackupKey();
  try {
    progress(0, 4);
    database.sqlite.prepare('VACUUM INTO ?').run(plain);
    progress(1, 4);
    const copy = new BetterSqlite3(plain);
    try {
      copy.pragma('secure_delete = ON');
      copy.exec('UPDATE backups SET key = NULL; UPDATE daily_config SET recovery_key = NULL;');
      copy.exec('VACUUM');
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new BackupFailed(`백업 사본의 무결성 검사에 실패했습니다(${String(check)}). 원본 파일을 점검해 주세요.`);
    } finally {
      copy.close();
    }
    progress(2, 4);
    const bytes = encryptBackup(readFileSync(plain), key, {
      backupId: nextId,
      createdAt: options.now.toISOString(),
      madeOn,
      recoveryId: config.recoveryKey ? config.recoveryId : null,
      ledger: head,
    });
    writeFileAtomically(target, bytes, { exclusive: true });
    if (config.recoveryKey) writeFileAtomically(keyFileFor(target), wrapBackupKey(nextId, key, config.recoveryKey));
    progress(3, 4);
    await database.db
      .insertInto('backups')
      .values({
        id: nextId,
        file_name: fileName,
        folder,
        created_at: options.now.toISOString(),
        made_on: madeOn,
        expires_on: addDays(madeOn, config.maxAgeDays),
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        key,
        recovery_id: config.recoveryKey ? config.recoveryId : null,
        ledger_seq: head.seq,
        ledger_hash: head.hash,
        trigger: options.trigger,
      })
      .execute();
    progress(4, 4);
    return nextId;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new BackupFailed(`백업을 만들지 못했습니다: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    overwriteAndRemove(plain);
    overwriteAndRemove(`${plain}-journal`);
  }
}

/**
 * Backups at or past their maximum age (`expires_on` reached): the key is destroyed in the
 * database first (then the WAL is checkpointed, so no copy of the key stays in it), then the file
 * and its key file are overwritten and removed. A file that cannot be reached (the USB drive is
 * not connected) is already unreadable without its key; it is removed at a later run. Returns the
 * backups whose keys were destroyed now.
 */
export async function expireBackups(db: Db, today: string, now: Date): Promise<number[]> {
  const due = await db.selectFrom('backups').select(['id', 'expires_on']).where('expired_at', 'is', null).execute();
  const expiring = due.filter((row) => compareIsoDates(row.expires_on, today) <= 0).map((row) => row.id);
  if (expiring.length > 0) {
    await db
      .updateTable('backups')
      .set({ key: null, expired_at: now.toISOString(), removal: 'pending' })
      .where('id', 'in', expiring)
      .execute();
  }
  return expiring;
}

/** After the keys are gone and committed: overwrite and remove the files of expired backups still on the medium. */
export async function removeExpiredFiles(database: OpenDatabase): Promise<void> {
  database.checkpoint();
  const rows = await database.db.selectFrom('backups').select(['id', 'folder', 'file_name']).where('removal', '=', 'pending').execute();
  for (const row of rows) {
    const path = join(row.folder, row.file_name);
    if (!existsSync(row.folder)) continue;
    const removed = overwriteAndRemove(path);
    overwriteAndRemove(keyFileFor(path));
    await database.db
      .updateTable('backups')
      .set({ removal: removed ? 'overwritten' : 'missing' })
      .where('id', '=', row.id)
      .execute();
  }
}
