import { schedule as cronSchedule, type ScheduledTask } from 'node-cron';
import type { AppContext } from './context.ts';
import { terminalName } from './dispatch.ts';
import { appendAccessEntry } from './ledger/accessChain.ts';
import { sealAccessLog } from './ledger/seals.ts';

/** Every night at 23:55, clinic time, and once at start-up (the PC may have been off overnight). */
export const DAILY_SEAL = '55 23 * * *';

/**
 * Seals the access log's head into the signed ledger and logs that it did, in one transaction.
 * Nothing happens when the database is not open or nothing was logged since the last seal.
 */
export async function runDailySeal(app: AppContext): Promise<{ seq: number; hash: string } | null> {
  const state = app.state();
  if (!state.ok) return null;
  const now = app.clock.now();
  return state.database.db.transaction().execute(async (trx) => {
    const sealed = await sealAccessLog(trx, app.secrets, now, 'daily');
    if (sealed) {
      await appendAccessEntry(trx, {
        at: now.toISOString(),
        userId: null,
        kind: 'system',
        method: 'audit.seal',
        targets: [`ledger:${sealed.seq}:${sealed.hash}`],
        result: 'ok',
        terminal: terminalName('scheduler'),
      });
    }
    return sealed;
  });
}

type Schedule = (
  expression: string,
  task: () => Promise<unknown>,
  options: { timezone: string; name: string; noOverlap: boolean },
) => ScheduledTask;

export function startScheduler(app: AppContext, schedule: Schedule = cronSchedule): ScheduledTask {
  const seal = () =>
    runDailySeal(app).catch((error: unknown) => {
      console.error('[scheduler] daily seal failed', error);
      return null;
    });
  void seal();
  return schedule(DAILY_SEAL, seal, { timezone: 'Asia/Seoul', name: 'daily-access-log-seal', noOverlap: true });
}
