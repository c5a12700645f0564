import type { Db } from '../../db/connection.ts';
import { DEFAULT_RUN_AT } from '../../shared/daily/run.ts';
import { DEFAULT_MAX_AGE_DAYS } from '../../shared/backups/contract.ts';

export interface DailyConfig {
  runAt: string;
  folder: string | null;
  maxAgeDays: number;
  recoveryKey: Buffer | null;
  recoveryId: string | null;
  recoveryIssuedAt: string | null;
}

/** The run's time and the backups' folder, maximum age and recovery key; defaults until someone saves them. */
export async function readConfig(db: Db): Promise<DailyConfig> {
  const row = await db.selectFrom('daily_config').selectAll().where('id', '=', 1).executeTakeFirst();
  return {
    runAt: row?.run_at ?? DEFAULT_RUN_AT,
    folder: row?.backup_folder ?? null,
    maxAgeDays: row?.backup_max_age_days ?? DEFAULT_MAX_AGE_DAYS,
    recoveryKey: row?.recovery_key ?? null,
    recoveryId: row?.recovery_id ?? null,
    recoveryIssuedAt: row?.recovery_issued_at ?? null,
  };
}

export async function writeConfig(db: Db, config: DailyConfig, now: Date): Promise<void> {
  const values = {
    run_at: config.runAt,
    backup_folder: config.folder,
    backup_max_age_days: config.maxAgeDays,
    recovery_key: config.recoveryKey,
    recovery_id: config.recoveryId,
    recovery_issued_at: config.recoveryIssuedAt,
    updated_at: now.toISOString(),
  };
  await db
    .insertInto('daily_config')
    .values({ id: 1, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
}
