import { schedule as cronSchedule, type ScheduledTask } from 'node-cron';
import { addDays, seoulDate, seoulTime } from '../shared/dates/calendar.ts';
import { reachedRunTime } from '../shared/daily/run.ts';
import type { AppContext } from './context.ts';
import { readConfig } from './daily/config.ts';
import { runDaily, type RunDomains, type RunTrigger } from './daily/run.ts';
import { sealUnsealedTail } from './ledger/seals.ts';

/** Every hour on the hour, clinic time, and once at start-up (the PC may have been off). */
export const HOURLY_SEAL = '0 * * * *';
/** Every minute the run's time (configurable, default 09:00 clinic time) is compared with the clock: a changed time applies at once. */
export const DAILY_CHECK = '* * * * *';

type Schedule = (
  expression: string,
  task: () => Promise<unknown>,
  options: { timezone: string; name: string; noOverlap: boolean },
) => ScheduledTask;

/**
 * The daily run, when due: every day before today that was missed, and today once the run's time
 * has come (so a PC switched on at 08:00 runs today at 09:00). The run itself skips days already done.
 */
export async function dailyIfDue(app: AppContext, domains: RunDomains, trigger: RunTrigger): Promise<void> {
  const state = app.state();
  if (!state.ok) return;
  const now = app.clock.now();
  const { runAt } = await readConfig(state.database.db);
  const today = seoulDate(now);
  const through = reachedRunTime(seoulTime(now), runAt) ? today : addDays(today, -1);
  const done = await state.database.db.selectFrom('daily_runs').select('day').where('day', '=', through).executeTakeFirst();
  if (!done) await runDaily(app, { trigger, domains, through });
}

export function startScheduler(app: AppContext, schedule: Schedule = cronSchedule, domains: RunDomains = []): { stop(): void } {
  const seal = () =>
    sealUnsealedTail(app, 'scheduled').catch((error: unknown) => {
      console.error('[scheduler] scheduled seal failed', error);
      return null;
    });
  const daily = (trigger: RunTrigger) => () =>
    dailyIfDue(app, domains, trigger).catch((error: unknown) => {
      console.error('[scheduler] the daily run failed', error);
    });
  void seal();
  void daily('startup')();
  const tasks = [
    schedule(HOURLY_SEAL, seal, { timezone: 'Asia/Seoul', name: 'hourly-access-log-seal', noOverlap: true }),
    schedule(DAILY_CHECK, daily('schedule'), { timezone: 'Asia/Seoul', name: 'daily-run', noOverlap: true }),
  ];
  return {
    stop: () => {
      for (const task of tasks) void task.stop();
    },
  };
}
