import { schedule as cronSchedule, type ScheduledTask } from 'node-cron';
import type { AppContext } from './context.ts';
import { sealUnsealedTail } from './ledger/seals.ts';

/** Every hour on the hour, clinic time, and once at start-up (the PC may have been off). */
export const HOURLY_SEAL = '0 * * * *';

type Schedule = (
  expression: string,
  task: () => Promise<unknown>,
  options: { timezone: string; name: string; noOverlap: boolean },
) => ScheduledTask;

export function startScheduler(app: AppContext, schedule: Schedule = cronSchedule): ScheduledTask {
  const seal = () =>
    sealUnsealedTail(app, 'scheduled').catch((error: unknown) => {
      console.error('[scheduler] scheduled seal failed', error);
      return null;
    });
  void seal();
  return schedule(HOURLY_SEAL, seal, { timezone: 'Asia/Seoul', name: 'hourly-access-log-seal', noOverlap: true });
}
