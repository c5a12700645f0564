import { existsSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { addDays } from '../../shared/dates/calendar.ts';
import BetterSqlite3 from 'better-sqlite3';
import { openDatabase, type OpenDatabase } from '../../db/connection.ts';
import { AppError } from '../../shared/contract/errors.ts';
import { writeFileAtomically } from '../files.ts';
import { verifyPassword } from '../crypto/password.ts';
import { verifyLedgerInFile } from '../ledger/verification.ts';
import { checkpointPathFor, writeCheckpointFile } from '../ledger/checkpointFile.ts';
import { appendAccessEntry } from '../ledger/accessChain.ts';
import { accessLogKey, forgetAccessLogKey } from '../ledger/accessKey.ts';
import type { AppContext } from '../context.ts';
import { decryptBackup, parseRecoveryCode, readBackupHeader, recoveryIdOf, unwrapBackupKey, type BackupHeader } from './format.ts';
import { overwriteAndRemove } from './files.ts';
import { keyFileFor } from './backup.ts';

/** What a backup holds once decrypted and checked (a temporary file beside the live one). */
export interface CheckedBackup {
  header: BackupHeader;
  path: string;
  entries: number;
}

const failed = (message: string) => new AppError('CONFLICT', message);

/** The backup's key: from the live database when it still has it, else from the key file beside the backup and the sheet's code. */
export function backupKey(backupPath: string, header: BackupHeader, keyFromDb: Buffer | null, recoveryCode: string | undefined): Buffer {
  if (keyFromDb) return keyFromDb;
  if (!recoveryCode) {
    throw failed('이 백업의 키가 데이터베이스에 없습니다(손상되었거나 만료된 백업입니다). 복구 시트의 복구 코드를 입력해 주세요.');
  }
  const secret = parseRecoveryCode(recoveryCode);
  if (!secret) throw failed('복구 코드 형식이 올바르지 않습니다. 복구 시트의 32자(4자씩 8묶음)를 그대로 입력해 주세요.');
  if (header.recoveryId && header.recoveryId !== recoveryIdOf(secret)) {
    throw failed(`이 백업은 다른 복구 시트(번호 ${header.recoveryId})로 보호됩니다. 그 시트의 코드를 입력해 주세요.`);
  }
  const keyPath = keyFileFor(backupPath);
  if (!existsSync(keyPath)) throw failed('백업 옆에 키 파일(.key)이 없습니다. 보관 기한이 지나 키가 파기된 백업은 열 수 없습니다.');
  const unwrapped = unwrapBackupKey(readFileSync(keyPath, 'utf8'), secret);
  if (unwrapped.backupId !== header.backupId) throw failed('키 파일이 이 백업의 것이 아닙니다.');
  return unwrapped.key;
}

/**
 * Decrypts a backup into `tempPath`, runs `integrity_check` and verifies the whole signed ledger
 * (electron/ledger/verify.ts) in it. Throws a Korean CONFLICT naming what failed; leaves nothing
 * behind on failure.
 */
export async function decryptAndCheck(bytes: Buffer, key: Buffer, tempPath: string): Promise<CheckedBackup> {
  let header: BackupHeader;
  try {
    const decrypted = decryptBackup(bytes, key);
    header = decrypted.header;
    overwriteAndRemove(tempPath);
    writeFileAtomically(tempPath, decrypted.plain);
  } catch (error) {
    throw failed(error instanceof Error ? error.message : String(error));
  }
  try {
    const raw = new BetterSqlite3(tempPath);
    try {
      const check = raw.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw failed(`백업 안의 데이터베이스가 무결성 검사를 통과하지 못했습니다(${String(check)}).`);
    } finally {
      raw.close();
    }
    const opened = openDatabase(tempPath);
    if (!opened.ok) throw failed(`백업 안의 데이터베이스를 열 수 없습니다(${opened.problem.kind}).`);
    try {
      const verification = await verifyLedgerInFile(opened.database);
      if (!verification.report.ok) {
        throw failed(`백업 안의 관리대장 검증에 실패했습니다: ${verification.report.reason} (항목 ${verification.report.entry})`);
      }
      return { header, path: tempPath, entries: verification.report.entries };
    } finally {
      await opened.database.close();
      settle(tempPath);
    }
  } catch (error) {
    discard(tempPath);
    throw error;
  }
}

/** Everything of a checked copy in its one file (no WAL beside it), so that renaming the file moves all of it. */
function settle(path: string): void {
  const raw = new BetterSqlite3(path);
  try {
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.pragma('journal_mode = DELETE');
  } finally {
    raw.close();
  }
}

export function discard(path: string): void {
  for (const file of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) overwriteAndRemove(file);
}

/** The officer of the backup's own clinic, with their password: who may bring a copy back. */
export async function checkOfficer(path: string, login: string, password: string): Promise<void> {
  const sqlite = new BetterSqlite3(path, { readonly: true });
  try {
    const user = sqlite.prepare('SELECT role, password_hash, disabled_at FROM users WHERE login = ?').get(login) as
      { role: string; password_hash: string; disabled_at: string | null } | undefined;
    const ok = user && user.role === 'officer' && !user.disabled_at && (await verifyPassword(password, user.password_hash));
    if (!ok) throw new AppError('FORBIDDEN', '백업에 있는 개인정보 보호책임자 계정과 비밀번호로만 복원할 수 있습니다.');
  } finally {
    sqlite.close();
  }
}

/** Serials of destructions the live ledger records that the backup does not: restoring brings those records back. */
export function destroyedSince(live: BetterSqlite3.Database, backupPath: string): string[] {
  const copy = new BetterSqlite3(backupPath, { readonly: true });
  try {
    const kept = new Set(
      (copy.prepare("SELECT serial FROM ledger_entries WHERE kind = 'destruction'").pluck().all() as Array<string | null>).filter(Boolean),
    );
    const destroyed = live.prepare("SELECT serial FROM ledger_entries WHERE kind = 'destruction' ORDER BY seq").pluck().all() as Array<
      string | null
    >;
    return destroyed.filter((serial): serial is string => serial !== null && !kept.has(serial));
  } finally {
    copy.close();
  }
}

/**
 * Puts a checked copy in place of the live file: the live file (with its WAL) and its checkpoint
 * are renamed aside (`…replaced-<time>`), never deleted, then the copy is renamed in. The database
 * must be closed. Returns where the replaced file went.
 */
export function replaceDatabase(databasePath: string, checkedPath: string, now: Date): string {
  const aside = `${databasePath}.replaced-${now.toISOString().replaceAll(/[-:.]/g, '').slice(0, 15)}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(`${databasePath}${suffix}`)) renameSync(`${databasePath}${suffix}`, `${aside}${suffix}`);
  }
  const checkpoint = checkpointPathFor(databasePath);
  if (existsSync(checkpoint)) renameSync(checkpoint, checkpointPathFor(aside));
  renameSync(checkedPath, databasePath);
  return aside;
}

/**
 * A backup carries no backup keys (they are taken out of every copy). After a restore the restored
 * file gets back the keys the replaced file held, or — when that file is unreadable but the sheet's
 * code was given — the recovery key, with which the other backups' key files are opened.
 */
export function carryKeys(
  restored: OpenDatabase,
  replacedPath: string | null,
  recoveryCode: string | undefined,
  backupFolder: string,
): void {
  const into = restored.sqlite;
  let carried = false;
  if (replacedPath && existsSync(replacedPath)) {
    try {
      const old = new BetterSqlite3(replacedPath, { readonly: true, fileMustExist: true });
      try {
        const rows = old.prepare('SELECT * FROM backups').all() as Array<
          Record<string, unknown> & { file_name: string; key: Buffer | null }
        >;
        const config = old.prepare('SELECT recovery_key, recovery_id, recovery_issued_at FROM daily_config WHERE id = 1').get() as
          { recovery_key: Buffer | null; recovery_id: string | null; recovery_issued_at: string | null } | undefined;
        const known = new Set(into.prepare('SELECT file_name FROM backups').pluck().all() as string[]);
        const update = into.prepare('UPDATE backups SET key = ?, expired_at = ?, removal = ? WHERE file_name = ?');
        for (const row of rows) {
          if (known.has(row.file_name)) {
            update.run(row.key, row.expired_at ?? null, row.removal ?? null, row.file_name);
          } else {
            // Backups made after this one (and this one itself) were not in its copy of the table.
            const columns = Object.keys(row);
            into
              .prepare(`INSERT OR IGNORE INTO backups (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
              .run(...columns.map((c) => row[c]));
          }
        }
        if (config?.recovery_key) {
          into
            .prepare('UPDATE daily_config SET recovery_key = ?, recovery_id = ?, recovery_issued_at = ? WHERE id = 1')
            .run(config.recovery_key, config.recovery_id, config.recovery_issued_at);
        }
        carried = true;
      } finally {
        old.close();
      }
    } catch {
      carried = false;
    }
  }
  const secret = recoveryCode ? parseRecoveryCode(recoveryCode) : null;
  if (carried || !secret) return;
  into.prepare('UPDATE daily_config SET recovery_key = ? WHERE id = 1 AND recovery_id = ?').run(secret, recoveryIdOf(secret));
  const rows = into.prepare('SELECT id, folder, file_name FROM backups WHERE key IS NULL AND expired_at IS NULL').all() as Array<{
    id: number;
    folder: string;
    file_name: string;
  }>;
  for (const row of rows) {
    try {
      const { backupId, key } = unwrapBackupKey(readFileSync(keyFileFor(join(row.folder, row.file_name)), 'utf8'), secret);
      if (backupId === row.id) into.prepare('UPDATE backups SET key = ? WHERE id = ?').run(key, row.id);
    } catch {
      // A backup whose key file is gone or under another sheet stays without its key.
    }
  }
  adoptFolder(into, backupFolder, secret);
}

/** The backups in the folder the restore came from that the restored file does not list (made after it): listed again with their keys. */
function adoptFolder(into: BetterSqlite3.Database, folder: string, secret: Buffer): void {
  const maxAge = (into.prepare('SELECT backup_max_age_days FROM daily_config WHERE id = 1').pluck().get() as number | undefined) ?? 5;
  const known = new Set(into.prepare('SELECT file_name FROM backups').pluck().all() as string[]);
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.rdbackup') && !known.has(n))) {
    try {
      const path = join(folder, name);
      const bytes = readFileSync(path);
      const { header } = readBackupHeader(bytes);
      const { backupId, key } = unwrapBackupKey(readFileSync(keyFileFor(path), 'utf8'), secret);
      if (backupId !== header.backupId) continue;
      into
        .prepare(
          `INSERT OR IGNORE INTO backups (id, file_name, folder, created_at, made_on, expires_on, size, sha256, key, recovery_id, ledger_seq, ledger_hash, trigger)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'recovered')`,
        )
        .run(
          header.backupId,
          name,
          folder,
          header.createdAt,
          header.madeOn,
          addDays(header.madeOn, maxAge),
          bytes.length,
          createHash('sha256').update(bytes).digest('hex'),
          key,
          recoveryIdOf(secret),
          header.ledger.seq,
          header.ledger.hash,
        );
    } catch {
      // Not one of this sheet's backups: left alone.
    }
  }
}

export { readBackupHeader };

export interface RestoreResult {
  backupId: number;
  madeAt: string;
  ledgerEntries: number;
  /** Where the replaced file was kept (null when there was none). */
  replacedPath: string | null;
  /** The live file could be read (else nothing could be compared or carried over). */
  liveReadable: boolean;
  /** Destructions recorded after the backup: the restore brought their records back (accepted). */
  broughtBack: string[];
}

export class RestoreNeedsConfirmation extends AppError {
  readonly serials: string[];

  constructor(serials: string[]) {
    super(
      'CONFLICT',
      `이 백업 이후에 파기한 기록 ${serials.length}건(${serials.slice(0, 5).join(', ')}${serials.length > 5 ? ' …' : ''})이 복원하면 되살아납니다. ` +
        '복원한 뒤 그 파기를 다시 해야 합니다. 그래도 복원하려면 확인해 주세요.',
      { details: { destroyedSince: serials } },
    );
    this.serials = serials;
  }
}

function openLive(path: string): BetterSqlite3.Database | null {
  if (!existsSync(path)) return null;
  try {
    const live = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    if (live.pragma('quick_check', { simple: true }) !== 'ok') {
      live.close();
      return null;
    }
    live.prepare('SELECT count(*) FROM ledger_entries').get();
    return live;
  } catch {
    return null;
  }
}

/**
 * Restores a backup over a database file that is closed (the CLI; the app closes its file first):
 * key (from the live file, or the recovery sheet), decryption, integrity check and full ledger
 * verification, the officer's password checked against the backup's own accounts, the destroyed
 * records it would bring back named and refused unless accepted; only then the live file is moved
 * aside and the copy put in its place, with the backup keys carried over.
 */
export async function restoreFile(options: {
  databasePath: string;
  backupPath: string;
  login: string;
  password: string;
  recoveryCode?: string;
  acceptDestroyed: boolean;
  now: Date;
}): Promise<RestoreResult> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(options.backupPath);
  } catch {
    throw new AppError('NOT_FOUND', `백업 파일을 읽을 수 없습니다: ${options.backupPath}`);
  }
  const { header } = (() => {
    try {
      return readBackupHeader(bytes);
    } catch (error) {
      throw failed(error instanceof Error ? error.message : String(error));
    }
  })();
  const live = openLive(options.databasePath);
  let broughtBack: string[] = [];
  const temp = `${options.databasePath}.restoring`;
  try {
    const stored = live
      ? ((live.prepare('SELECT key FROM backups WHERE id = ? AND key IS NOT NULL').pluck().get(header.backupId) as Buffer | undefined) ??
        null)
      : null;
    const key = backupKey(options.backupPath, header, stored, options.recoveryCode);
    const checked = await decryptAndCheck(bytes, key, temp);
    try {
      await checkOfficer(checked.path, options.login, options.password);
      if (live) {
        broughtBack = destroyedSince(live, checked.path);
        if (broughtBack.length > 0 && !options.acceptDestroyed) throw new RestoreNeedsConfirmation(broughtBack);
      }
    } catch (error) {
      discard(temp);
      throw error;
    }
    const liveReadable = live !== null;
    live?.close();
    const replacedPath = existsSync(options.databasePath) ? replaceDatabase(options.databasePath, temp, options.now) : null;
    if (!replacedPath) renameSync(temp, options.databasePath);
    const opened = openDatabase(options.databasePath);
    if (!opened.ok) throw failed(`복원한 파일을 열 수 없습니다(${opened.problem.kind}).`);
    try {
      carryKeys(opened.database, replacedPath, options.recoveryCode, dirname(options.backupPath));
      opened.database.sqlite
        .prepare("INSERT INTO ledger_checks (at, what, ok, entries, detail) VALUES (?, 'restore', 1, ?, ?)")
        .run(options.now.toISOString(), checked.entries, `backup ${header.backupId} (${header.createdAt})`);
    } finally {
      await opened.database.close();
    }
    return { backupId: header.backupId, madeAt: header.createdAt, ledgerEntries: checked.entries, replacedPath, liveReadable, broughtBack };
  } finally {
    if (live?.open) live.close();
  }
}

/**
 * The monthly drill: the newest backup whose key the database holds, decrypted into a temporary
 * file beside the live one, integrity-checked and its ledger verified, then overwritten and removed.
 */
export async function restoreDrill(database: OpenDatabase): Promise<{ ok: boolean; backupId: number | null; detail: string }> {
  const newest = await database.db
    .selectFrom('backups')
    .select(['id', 'folder', 'file_name', 'key'])
    .where('key', 'is not', null)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!newest?.key) return { ok: false, backupId: null, detail: '복원해 볼 백업이 없습니다.' };
  const temp = `${database.path}.drill`;
  try {
    const bytes = readFileSync(join(newest.folder, newest.file_name));
    const checked = await decryptAndCheck(bytes, newest.key, temp);
    return { ok: true, backupId: newest.id, detail: `항목 ${checked.entries}개` };
  } catch (error) {
    const reason = error instanceof AppError ? error.message : '백업 파일을 읽을 수 없습니다(폴더가 연결되어 있는지 확인하세요).';
    return { ok: false, backupId: newest.id, detail: reason };
  } finally {
    discard(temp);
  }
}

/**
 * The app's own restore (backups.restore): the same checks as the CLI's, on a backup the database
 * holds the key of, while the app holds the file: the copy is checked and compared first, then the
 * file is closed, replaced (the old one kept aside) and opened again; the restore is written to the
 * restored file's access log.
 */
export async function restoreInApp(
  app: AppContext,
  database: OpenDatabase,
  options: { backupId: number; acceptDestroyed: boolean; userId: number; terminal: string },
): Promise<RestoreResult> {
  const row = await database.db
    .selectFrom('backups')
    .select(['id', 'folder', 'file_name', 'key'])
    .where('id', '=', options.backupId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', '그 백업을 찾을 수 없습니다. 목록을 새로 고쳐 주세요.');
  if (!row.key) throw failed('이 백업은 보관 기한이 지나 키를 파기했습니다. 복원할 수 없습니다.');
  const backupPath = join(row.folder, row.file_name);
  let bytes: Buffer;
  try {
    bytes = readFileSync(backupPath);
  } catch {
    throw failed(`백업 파일을 읽을 수 없습니다: ${backupPath}. 백업 폴더(USB 등)가 연결되어 있는지 확인해 주세요.`);
  }
  const temp = `${app.databasePath}.restoring`;
  const checked = await decryptAndCheck(bytes, row.key, temp);
  let broughtBack: string[];
  try {
    broughtBack = destroyedSince(database.sqlite, checked.path);
    if (broughtBack.length > 0 && !options.acceptDestroyed) throw new RestoreNeedsConfirmation(broughtBack);
  } catch (error) {
    discard(temp);
    throw error;
  }
  const now = app.clock.now();
  await app.close();
  const replacedPath = replaceDatabase(app.databasePath, temp, now);
  const opened = openDatabase(app.databasePath);
  if (opened.ok) {
    try {
      carryKeys(opened.database, replacedPath, undefined, row.folder);
      opened.database.sqlite
        .prepare("INSERT INTO ledger_checks (at, what, ok, entries, detail) VALUES (?, 'restore', 1, ?, ?)")
        .run(now.toISOString(), checked.entries, `backup ${checked.header.backupId} (${checked.header.createdAt})`);
    } finally {
      await opened.database.close();
    }
  }
  forgetAccessLogKey(app);
  const state = await app.reopen();
  if (state.ok) {
    await state.database.db.transaction().execute(async (trx) => {
      const key = await accessLogKey(app, trx, false);
      if (!key) return;
      await appendAccessEntry(
        trx,
        {
          at: now.toISOString(),
          userId: options.userId,
          kind: 'change',
          method: 'backups.restore',
          targets: [`backup:${checked.header.backupId}`, ...broughtBack.map((serial) => `ledger_serial:${serial}`)],
          result: 'ok',
          terminal: options.terminal,
        },
        key,
      );
    });
    writeCheckpointFile(app);
  }
  return {
    backupId: checked.header.backupId,
    madeAt: checked.header.createdAt,
    ledgerEntries: checked.entries,
    replacedPath,
    liveReadable: true,
    broughtBack,
  };
}
