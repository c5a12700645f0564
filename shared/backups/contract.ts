import { z } from 'zod';
import { defineDomain } from '../contract/domain.ts';
import { method } from '../contract/method.ts';
import { passwordEntry } from '../accounts/contract.ts';
import { backupsMessages } from './messages.ts';

/**
 * Backups never outlive a destruction: the longest a backup is kept is the shortest "destroy by"
 * window of the law (파기 사유 발생일부터 5일, DOMAIN.md), so a destroyed record is gone from
 * every backup within the time it had to be destroyed anyway.
 */
export const MAX_BACKUP_AGE_DAYS = 5;
export const DEFAULT_MAX_AGE_DAYS = MAX_BACKUP_AGE_DAYS;

const runAt = z
  .string({ error: '점검 시각을 입력해 주세요.' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: '점검 시각은 09:00처럼 24시간 형식(HH:MM)으로 입력해 주세요.' });

const folder = z
  .string({ error: '백업 폴더 경로를 입력해 주세요.' })
  .trim()
  .min(1, { error: '백업 폴더 경로를 입력해 주세요.' })
  .max(1000, { error: '경로가 너무 깁니다(1,000자 이하).' });

export const backupSettingsInput = z.strictObject({
  folder: folder.nullable().optional(),
  maxAgeDays: z
    .number({ error: '최대 보관 일수를 숫자로 입력해 주세요.' })
    .int({ error: '일수는 정수로 입력해 주세요.' })
    .min(1, { error: '1일 이상으로 정해 주세요.' })
    .max(MAX_BACKUP_AGE_DAYS, {
      error: `최대 ${MAX_BACKUP_AGE_DAYS}일입니다: 파기 기한(5일)보다 오래 보관한 백업에는 파기한 기록이 남습니다.`,
    })
    .optional(),
  runAt: runAt.optional(),
});

export interface BackupSettingsView {
  folder: string | null;
  maxAgeDays: number;
  runAt: string;
  recoveryId: string | null;
  recoveryIssuedAt: string | null;
  /** The app can open the system's folder picker (not in the CLI or a browser test). */
  canChooseFolder: boolean;
}

export interface BackupView {
  id: number;
  fileName: string;
  folder: string;
  createdAt: string;
  size: number;
  expiresOn: string;
  trigger: string;
  /** The key is still in the database (the backup can be restored with this PC). */
  keyKept: boolean;
  /** A key file for the recovery sheet was written beside it. */
  recoverable: boolean;
  expiredAt: string | null;
  removal: string | null;
}

export interface RecoverySheet {
  recoveryId: string;
  code: string;
  issuedAt: string;
  folder: string | null;
  /** Backups whose key file was rewritten for the new sheet. */
  rewrapped: number;
}

export interface RestoreView {
  backupId: number;
  madeAt: string;
  ledgerEntries: number;
  replacedPath: string | null;
  liveReadable: boolean;
  /** Serials of destructions recorded after the backup, whose records the restore brought back (accepted). */
  broughtBack: string[];
}

export const backupsApi = {
  'backups.settings': method<BackupSettingsView>()({
    label: { ko: '백업 설정 조회', en: 'Read backup settings' },
    input: z.strictObject({}),
    roles: ['officer', 'admin'],
    log: 'none',
  }),
  'backups.saveSettings': method<BackupSettingsView>()({
    label: { ko: '백업 설정 변경', en: 'Change backup settings' },
    input: backupSettingsInput,
    roles: ['officer'],
    log: 'change',
  }),
  'backups.chooseFolder': method<{ path: string | null }>()({
    label: { ko: '백업 폴더 선택', en: 'Choose the backup folder' },
    input: z.strictObject({}),
    roles: ['officer'],
    log: 'none',
    transaction: false,
  }),
  'backups.list': method<BackupView[]>()({
    label: { ko: '백업 목록 조회', en: 'Read backups' },
    input: z.strictObject({}),
    roles: ['officer', 'admin', 'auditor'],
    log: 'read',
  }),
  /** Slow (copy, check, encrypt, write): no transaction held; progress to the window. */
  'backups.run': method<BackupView>()({
    label: { ko: '백업 실행', en: 'Back up now' },
    input: z.strictObject({}),
    roles: ['officer', 'admin'],
    log: 'change',
    transaction: false,
  }),
  /** A new recovery code: the sheet to print. The previous sheet then opens only backups made before. */
  'backups.issueRecovery': method<RecoverySheet>()({
    label: { ko: '복구 시트 발급', en: 'Issue a recovery sheet' },
    input: z.strictObject({ password: passwordEntry }),
    roles: ['officer'],
    log: 'change',
  }),
  /**
   * Replaces the database with a kept backup, after decryption, integrity check and full ledger
   * verification; the replaced file stays beside it. A restore that would bring back destroyed
   * records is refused (CONFLICT, `details.destroyedSince`) until `acceptDestroyed`. Logged by the
   * handler into the restored file (the file it would log into is the one being replaced).
   */
  'backups.restore': method<RestoreView>()({
    label: { ko: '백업 복원', en: 'Restore a backup' },
    input: z.strictObject({
      backupId: z.number().int().positive(),
      password: passwordEntry,
      acceptDestroyed: z.boolean().default(false),
    }),
    roles: ['officer'],
    log: 'none',
    transaction: false,
  }),
};

export const backupsDomain = defineDomain({ name: 'backups', methods: backupsApi, messages: backupsMessages });
