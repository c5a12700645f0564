import { resolve } from 'node:path';
import { openContext, openExisting, requireOption, withApp } from '../cli/database.ts';
import { requireEnv, signInFromEnv } from '../cli/session.ts';
import { CliError, EXIT, printJson } from '../cli/io.ts';
import type { Command } from '../cli/command.ts';
import { AppError } from '../../shared/contract/errors.ts';
import { writeCheckpointFile } from '../ledger/checkpointFile.ts';
import { makeBackup } from './backup.ts';
import { backupViews } from './handlers.ts';
import { restoreFile, RestoreNeedsConfirmation } from './restore.ts';

const cliError = (error: unknown): never => {
  if (error instanceof RestoreNeedsConfirmation) {
    throw new CliError(`${error.message} (--accept-destroyed 옵션을 붙여 다시 실행하면 복원합니다.)`);
  }
  if (error instanceof AppError) throw new CliError(error.message, error.code === 'FORBIDDEN' ? EXIT.authentication : EXIT.usage);
  throw error;
};

/** `backup --db FILE --to DIR`: the same backup the app makes (the acting officer or admin signs in from RD_USER/RD_PASSWORD). */
export const backupCommand: Command = {
  name: 'backup',
  summary: '암호화한 백업을 폴더에 만듭니다(앱의 백업과 같습니다). RD_USER·RD_PASSWORD의 계정으로 실행합니다.',
  usage: 'backup --db FILE --to DIR',
  options: { db: { type: 'string' }, to: { type: 'string' } },
  run: async (options, io) => {
    const path = requireOption(options, 'db');
    const folder = resolve(requireOption(options, 'to'));
    return withApp(openExisting(path, io, io.clock), async (app) => {
      const session = await signInFromEnv(app, io);
      if (session.user?.role !== 'officer' && session.user?.role !== 'admin') {
        throw new CliError('백업은 개인정보 보호책임자나 행정 담당자만 할 수 있습니다.', EXIT.authentication);
      }
      const state = app.state();
      if (!state.ok) throw new Error('unreachable: openExisting checks the state');
      const id = await makeBackup(state.database, { now: app.clock.now(), trigger: 'cli', folder }).catch(cliError);
      const [view] = await backupViews(state.database.db, [id]);
      printJson(io, view);
      return EXIT.done;
    });
  },
};

/**
 * `restore --db FILE --from BACKUP`: the officer of the backup's clinic (RD_USER/RD_PASSWORD)
 * brings a backup back over a closed database file; RD_RECOVERY_CODE (the recovery sheet) when the
 * file is too damaged to hold the backup's key.
 */
export const restoreCommand: Command = {
  name: 'restore',
  summary:
    '백업을 복호화하고 무결성·관리대장을 검증한 뒤 데이터베이스를 바꿉니다(원래 파일은 옆에 남깁니다). 키가 없으면 환경 변수 RD_RECOVERY_CODE(복구 시트)를 씁니다.',
  usage: 'restore --db FILE --from BACKUP [--accept-destroyed]',
  options: { db: { type: 'string' }, from: { type: 'string' }, 'accept-destroyed': { type: 'boolean' } },
  run: async (options, io) => {
    const path = requireOption(options, 'db');
    const backupPath = requireOption(options, 'from');
    const login = requireEnv(io, 'RD_USER');
    const password = requireEnv(io, 'RD_PASSWORD');
    const recoveryCode = io.env.RD_RECOVERY_CODE;
    const result = await restoreFile({
      databasePath: path,
      backupPath,
      login,
      password,
      ...(recoveryCode ? { recoveryCode } : {}),
      acceptDestroyed: options['accept-destroyed'] === true,
      now: io.clock?.now() ?? new Date(),
    }).catch(cliError);
    // The restored file opens as the app would open it; its heads become the checkpoint beside it.
    // The officer's sign-in is the restore's trace in the restored file's access log; a program that
    // cannot open the app's key store cannot write that log (the file is restored all the same).
    const signedIn = await withApp(openContext(path, io), async (app) => {
      writeCheckpointFile(app);
      return signInFromEnv(app, io).then(
        () => true,
        () => false,
      );
    });
    printJson(io, {
      ...result,
      logged: signedIn,
      warning: result.liveReadable
        ? null
        : '원래 파일을 읽을 수 없어, 백업 이후의 파기 기록이 되살아났는지 확인할 수 없습니다. 백업 이후에 인쇄한 파기 확인서를 확인하고 그 파기를 다시 하세요.',
    });
    return EXIT.done;
  },
};
