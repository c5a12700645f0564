import { createHash, randomFillSync } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, isAbsolute, join, resolve } from 'node:path';
import type { Selectable } from 'kysely';
import type { DownloadedFilesTable } from '../../db/schema.ts';
import { AppError } from '../../shared/contract/errors.ts';
import type { DownloadedFileView, reservationsApi } from '../../shared/reservations/contract.ts';
import { unlockOwnKey } from '../accounts/passwords.ts';
import { appendLedgerEntry } from '../ledger/append.ts';
import { actor, type CallContext, type HandlersOf } from '../handler.ts';

type DownloadRow = Selectable<DownloadedFilesTable>;

/** Files larger than this are not booking-system lists (and would take long to hash and overwrite). */
const MAX_BYTES = 1024 * 1024 * 1024;

function digestOf(path: string): { size: number; sha256: string } | null {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return null;
    return { size: stat.size, sha256: createHash('sha256').update(readFileSync(path)).digest('hex') };
  } catch {
    return null;
  }
}

function toView(row: DownloadRow): DownloadedFileView {
  const now = row.destroyed_at ? null : digestOf(row.path);
  const present = row.destroyed_at || !now ? 'missing' : now.sha256 === row.sha256 && now.size === row.size ? 'same' : 'changed';
  return {
    id: row.id,
    path: row.path,
    fileName: row.file_name,
    size: row.size,
    sha256: row.sha256,
    registeredAt: row.registered_at,
    destroyedAt: row.destroyed_at,
    present,
  };
}

/** Overwrites every byte with random data, synced to disk, then removes the file (안전성 확보조치 기준 제13조). */
function overwriteAndRemove(path: string, size: number): void {
  const fd = openSync(path, 'r+');
  try {
    const chunk = Buffer.alloc(Math.min(size, 1024 * 1024));
    for (let written = 0; written < size;) {
      const length = Math.min(chunk.length, size - written);
      randomFillSync(chunk, 0, length);
      written += writeSync(fd, chunk, 0, length, written);
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  rmSync(path);
}

/** The folders a downloaded list usually lands in on a Korean Windows PC (and elsewhere). */
function downloadFolders(): string[] {
  const home = homedir();
  return [
    process.env.RD_DOWNLOADS_DIR ?? '',
    join(home, 'Downloads'),
    join(home, '다운로드'),
    join(home, 'Desktop'),
    join(home, '바탕 화면'),
  ].filter((folder) => folder !== '');
}

function fail(message: string): never {
  throw new AppError('VALIDATION', message, { fields: { path: message } });
}

async function downloadRow(call: CallContext, id: number): Promise<DownloadRow> {
  call.target('download', id);
  const row = await call.db.selectFrom('downloaded_files').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', '등록된 파일을 찾을 수 없습니다. 목록을 새로 고쳐 주세요.');
  return row;
}

export const downloadHandlers: Pick<
  HandlersOf<typeof reservationsApi>,
  'reservations.registerDownload' | 'reservations.locateDownload' | 'reservations.downloads' | 'reservations.destroyDownload'
> = {
  'reservations.registerDownload': async (call, input) => {
    if (!isAbsolute(input.path)) fail('파일의 전체 위치를 입력해 주세요(예: C:\\Users\\행정실\\Downloads\\예약목록.csv).');
    const path = resolve(input.path);
    const found = digestOf(path);
    if (!found) fail('그 위치에 파일이 없습니다. 위치를 확인해 주세요.');
    if (found && found.size > MAX_BYTES) fail('1GB보다 큰 파일은 등록할 수 없습니다.');
    const already = await call.db
      .selectFrom('downloaded_files')
      .select('id')
      .where('path', '=', path)
      .where('destroyed_at', 'is', null)
      .executeTakeFirst();
    if (already) throw new AppError('CONFLICT', '이미 등록된 파일입니다. 목록에서 파기하세요.');
    const inserted = await call.db
      .insertInto('downloaded_files')
      .values({
        path,
        file_name: basename(path),
        size: found?.size ?? 0,
        sha256: found?.sha256 ?? '',
        registered_by: actor(call).id,
        registered_at: call.now.toISOString(),
        destroyed_at: null,
        ledger_seq: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    call.target('download', inserted.id);
    return toView(inserted);
  },

  'reservations.locateDownload': async (_call, input) => {
    const name = basename(input.fileName);
    const path = downloadFolders()
      .map((folder) => join(folder, name))
      .find((candidate) => existsSync(candidate));
    return { path: path ?? null };
  },

  'reservations.downloads': async (call) =>
    (await call.db.selectFrom('downloaded_files').selectAll().orderBy('id', 'desc').execute()).map(toView),

  'reservations.destroyDownload': async (call, input) => {
    const row = await downloadRow(call, input.id);
    if (row.destroyed_at) throw new AppError('CONFLICT', '이미 파기한 파일입니다.');
    const found = digestOf(row.path);
    if (!found) throw new AppError('CONFLICT', '파일이 그 위치에 없습니다. 옮겼다면 새 위치로 다시 등록해 주세요.');
    const key = await unlockOwnKey(call, input.password);
    const destroyedAt = call.now.toISOString();
    // The entry says what was there just before it was destroyed (the digest as found, not as hoped).
    const entry = await appendLedgerEntry(call.db, {
      kind: 'download.destruction',
      body: {
        downloadId: row.id,
        fileName: row.file_name,
        size: found.size,
        sha256: found.sha256,
        registeredAt: row.registered_at,
        destroyedAt,
        method: '무작위 값으로 덮어쓴 뒤 삭제',
        destroyedBy: key.signer,
      },
      recordedAt: call.now,
      signers: [{ role: 'performer', keyId: key.keyId, privateKey: key.privateKey }],
    });
    await call.db
      .updateTable('downloaded_files')
      .set({ destroyed_at: destroyedAt, ledger_seq: entry.seq })
      .where('id', '=', row.id)
      .execute();
    try {
      overwriteAndRemove(row.path, found.size);
    } catch {
      // The transaction rolls back: no entry claims a destruction that did not happen.
      throw new AppError(
        'CONFLICT',
        '파일을 덮어쓰거나 지우지 못했습니다. 다른 프로그램(엑셀 등)이 파일을 열고 있지 않은지 확인한 뒤 다시 시도해 주세요.',
      );
    }
    return toView({ ...row, destroyed_at: destroyedAt, ledger_seq: entry.seq });
  },
};
