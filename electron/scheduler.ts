import { schedule as cronSchedule, type ScheduledTask } from 'node-cron';
import type { AppContext } from './context.ts';
import { writeCheckpointFile } from './ledger/checkpointFile.ts';
import { sealAccessLog } from './ledger/seals.ts';

/** Every hour on the hour, clinic time, and once at start-up (the PC may have been off). */
export const HOURLY_SEAL = '0 * * * *';

/**
 * Seals the access log's head into the signed ledger when anything was logged since the last seal
 * or checkpoint, then updates the checkpoint kept beside the file. The seal is itself the record
 * (a signed ledger entry); writing an access-log entry about it would only leave an unsealed tail.
 * Nothing happens when the database is not open.
 */
export async function runScheduledSeal(app: AppContext): Promise<{ seq: number; hash: string } | null> {
  const state = app.state();
  if (!state.ok) return null;
  const now = app.clock.now();
  const sealed = await state.database.db.transaction().execute((trx) => sealAccessLog(trx, app.secrets, now, 'scheduled'));
  if (sealed) writeCheckpointFile(app);
  return sealed;
}

type Schedule = (
  expression: string,
  task: () => Promise<unknown>,
  options: { timezone: string; name: string; noOverlap: boolean },
) => ScheduledTask;

export function startScheduler(app: AppContext, schedule: Schedule = cronSchedule): ScheduledTask {
  const seal = () =>
    runScheduledSeal(app).catch((error: unknown) => {
      console.error('[scheduler] scheduled seal failed', error);
      return null;
    });
  void seal();
  return schedule(HOURLY_SEAL, seal, { timezone: 'Asia/Seoul', name: 'hourly-access-log-seal', noOverlap: true });
}
