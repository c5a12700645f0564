import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { BackupSettingsView, BackupView, backupsApi } from '../../shared/backups/contract.ts';
import { AppError } from '../../shared/contract/errors.ts';
import { addDays } from '../../shared/dates/calendar.ts';
import type { Db } from '../../db/connection.ts';
import { writeFileAtomically } from '../files.ts';
import { actor, openDatabaseOf, runCancellable, type CallContext, type HandlersOf } from '../handler.ts';
import { checkPassword, userById } from '../accounts/passwords.ts';
import { readConfig, writeConfig } from '../daily/config.ts';
import { keyFileFor, makeBackup } from './backup.ts';
import { restoreInApp } from './restore.ts';
import { formatRecoveryCode, newRecoverySecret, recoveryIdOf, wrapBackupKey } from './format.ts';

/** A folder that is a whole path to a folder this program can write (a USB drive that is plugged in). */
const refuseFolder = (message: string): never => {
  throw new AppError('VALIDATION', message, { fields: { folder: message } });
};

function checkFolderField(folder: string): void {
  const refuse = refuseFolder;
  if (!isAbsolute(folder)) refuse('폴더의 전체 경로를 입력해 주세요(예: E:\\백업 또는 /media/usb/백업).');
  try {
    if (!statSync(folder).isDirectory()) refuse('폴더가 아닌 파일입니다. 폴더를 정해 주세요.');
    accessSync(folder, constants.W_OK);
  } catch (error) {
    if (error instanceof AppError) throw error;
    refuse('폴더가 없거나 쓸 수 없습니다. USB 등이 연결되어 있는지, 폴더가 있는지 확인해 주세요.');
  }
}

async function settingsView(call: CallContext): Promise<BackupSettingsView> {
  const config = await readConfig(call.db);
  return {
    folder: config.folder,
    maxAgeDays: config.maxAgeDays,
    runAt: config.runAt,
    recoveryId: config.recoveryId,
    recoveryIssuedAt: config.recoveryIssuedAt,
    canChooseFolder: call.app.shell?.chooseFolder !== undefined,
  };
}

export async function backupViews(db: Db, ids?: number[]): Promise<BackupView[]> {
  let query = db.selectFrom('backups').selectAll().orderBy('id', 'desc');
  if (ids) query = query.where('id', 'in', ids);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    fileName: row.file_name,
    folder: row.folder,
    createdAt: row.created_at,
    size: row.size,
    expiresOn: row.expires_on,
    trigger: row.trigger,
    keyKept: row.key !== null,
    recoverable: row.recovery_id !== null && row.expired_at === null && existsSync(keyFileFor(join(row.folder, row.file_name))),
    expiredAt: row.expired_at,
    removal: row.removal,
  }));
}

export const backupsHandlers: HandlersOf<typeof backupsApi> = {
  'backups.settings': (call) => settingsView(call),
  'backups.saveSettings': async (call, input) => {
    if (input.folder) checkFolderField(input.folder);
    const config = await readConfig(call.db);
    if (input.folder !== undefined) call.target('backup_setting', 'folder');
    if (input.maxAgeDays !== undefined) call.target('backup_setting', 'maxAgeDays');
    if (input.runAt !== undefined) call.target('backup_setting', 'runAt');
    await writeConfig(
      call.db,
      {
        ...config,
        folder: input.folder === undefined ? config.folder : input.folder,
        maxAgeDays: input.maxAgeDays ?? config.maxAgeDays,
        runAt: input.runAt ?? config.runAt,
      },
      call.now,
    );
    // A shorter maximum age applies to the backups already made, too.
    if (input.maxAgeDays !== undefined) {
      const rows = await call.db.selectFrom('backups').select(['id', 'made_on']).where('expired_at', 'is', null).execute();
      for (const row of rows) {
        await call.db
          .updateTable('backups')
          .set({ expires_on: addDays(row.made_on, input.maxAgeDays) })
          .where('id', '=', row.id)
          .execute();
      }
    }
    return settingsView(call);
  },
  'backups.chooseFolder': async (call) => {
    const choose = call.app.shell?.chooseFolder;
    if (!choose) throw new AppError('CONFLICT', '여기서는 폴더 선택 창을 열 수 없습니다. 폴더 경로를 직접 입력해 주세요.');
    return { path: await choose() };
  },
  'backups.list': async (call) => {
    const views = await backupViews(call.db);
    for (const view of views) call.target('backup', view.id);
    return views;
  },
  'backups.run': (call) =>
    runCancellable(call, 'backup', async () => {
      const id = await makeBackup(openDatabaseOf(call), {
        now: call.now,
        trigger: 'manual',
        onProgress: (done, total) => call.progress('backup', done, total),
      });
      call.target('backup', id);
      const [view] = await backupViews(call.db, [id]);
      if (!view) throw new Error('the new backup is not listed');
      return view;
    }),
  'backups.restore': async (call, { backupId, password, acceptDestroyed }) => {
    const me = actor(call);
    await checkPassword(call, await userById(call, me.id), password);
    return runCancellable(call, 'restore', () =>
      restoreInApp(call.app, openDatabaseOf(call), { backupId, acceptDestroyed, userId: me.id, terminal: call.session.terminal }),
    );
  },
  'backups.issueRecovery': async (call, { password }) => {
    await checkPassword(call, await userById(call, actor(call).id), password);
    const config = await readConfig(call.db);
    const secret = newRecoverySecret();
    const recoveryId = recoveryIdOf(secret);
    const issuedAt = call.now.toISOString();
    await writeConfig(call.db, { ...config, recoveryKey: secret, recoveryId, recoveryIssuedAt: issuedAt }, call.now);
    // The kept backups' key files are rewritten for the new sheet: the old sheet opens nothing the app still keeps.
    const kept = await call.db
      .selectFrom('backups')
      .select(['id', 'folder', 'file_name', 'key'])
      .where('key', 'is not', null)
      .where('expired_at', 'is', null)
      .execute();
    let rewrapped = 0;
    for (const row of kept) {
      if (!row.key || !existsSync(row.folder)) continue;
      writeFileAtomically(keyFileFor(join(row.folder, row.file_name)), wrapBackupKey(row.id, row.key, secret));
      await call.db.updateTable('backups').set({ recovery_id: recoveryId }).where('id', '=', row.id).execute();
      rewrapped += 1;
    }
    call.target('recovery_sheet', recoveryId);
    return { recoveryId, code: formatRecoveryCode(secret), issuedAt, folder: config.folder, rewrapped };
  },
};
