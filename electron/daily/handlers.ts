import { admits } from '../../shared/contract/method.ts';
import { addDays, daysBetween, seoulDate } from '../../shared/dates/calendar.ts';
import type { DashboardView, NotificationView, RunView, RunNote, dailyApi } from '../../shared/daily/contract.ts';
import { chartEnd, weeklyCounts, type UpcomingRow } from '../../shared/daily/run.ts';
import { api, isMethodName } from '../../shared/domains.ts';
import type { TodaySeverity } from '../../shared/home/today.ts';
import type { Db } from '../../db/connection.ts';
import { actor, type CallContext, type HandlersOf } from '../handler.ts';
import { readConfig } from './config.ts';
import { runDaily, type RunDomains } from './run.ts';

type RunRow = { day: string; trigger: string; finished_at: string | null; found: number; did: number; failed: number; summary: string };

function toRunView(row: RunRow): RunView {
  let notes: RunNote[] = [];
  try {
    notes = (JSON.parse(row.summary) as { notes?: RunNote[] }).notes ?? [];
  } catch {
    notes = [];
  }
  return { day: row.day, trigger: row.trigger, finishedAt: row.finished_at, found: row.found, did: row.did, failed: row.failed, notes };
}

const RUN_COLUMNS = ['day', 'trigger', 'finished_at', 'found', 'did', 'failed', 'summary'] as const;

/** Everything that falls due from today through the chart's end, from every domain that says so. */
export async function upcomingRows(call: CallContext, domains: RunDomains): Promise<UpcomingRow[]> {
  const rows: UpcomingRow[] = [];
  for (const domain of domains) {
    try {
      rows.push(...((await domain.upcoming?.(call, call.today, chartEnd(call.today))) ?? []));
    } catch (error) {
      console.error('[dashboard] a domain could not say what falls due', error);
    }
  }
  return rows;
}

async function dashboard(call: CallContext, domains: RunDomains): Promise<DashboardView> {
  const db: Db = call.db;
  const config = await readConfig(db);
  const [last, lastFailure, ledger, backup, drill] = await Promise.all([
    db.selectFrom('daily_runs').select(RUN_COLUMNS).where('finished_at', 'is not', null).orderBy('day', 'desc').limit(1).executeTakeFirst(),
    db.selectFrom('daily_runs').select(RUN_COLUMNS).where('failed', '>', 0).orderBy('day', 'desc').limit(1).executeTakeFirst(),
    db.selectFrom('ledger_checks').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst(),
    db
      .selectFrom('backups')
      .select(['created_at', 'file_name'])
      .where('key', 'is not', null)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst(),
    db.selectFrom('restore_drills').selectAll().orderBy('month', 'desc').limit(1).executeTakeFirst(),
  ]);
  const ageDays = backup ? daysBetween(seoulDate(new Date(backup.created_at)), call.today) : 0;
  return {
    today: call.today,
    runAt: config.runAt,
    lastRun: last ? toRunView(last) : null,
    lastFailure: lastFailure ? toRunView(lastFailure) : null,
    ledger: ledger ? { at: ledger.at, ok: ledger.ok === 1, entries: ledger.entries, detail: ledger.detail } : null,
    backup: {
      folder: config.folder,
      maxAgeDays: config.maxAgeDays,
      recoveryIssuedAt: config.recoveryIssuedAt,
      lastGood: backup ? { at: backup.created_at, fileName: backup.file_name, ageDays } : null,
      stale: !backup || call.now.getTime() - Date.parse(backup.created_at) > 36 * 3_600_000,
    },
    drill: drill ? { month: drill.month, at: drill.at, ok: drill.ok === 1, detail: drill.detail } : null,
    upcoming: { from: call.today, ...weeklyCounts(await upcomingRows(call, domains), call.today) },
  };
}

async function notifications(call: CallContext, unreadOnly: boolean): Promise<NotificationView[]> {
  const { id: userId, role } = actor(call);
  const since = addDays(call.today, -60);
  const rows = await call.db
    .selectFrom('notifications')
    .leftJoin('notification_reads', (join) =>
      join.onRef('notification_reads.notification_id', '=', 'notifications.id').on('notification_reads.user_id', '=', userId),
    )
    .selectAll('notifications')
    .select('notification_reads.read_at')
    .where('notifications.day', '>=', since)
    .orderBy('notifications.id', 'desc')
    .limit(500)
    .execute();
  return rows
    .filter((row) => isMethodName(row.method) && admits(api[row.method].roles, role))
    .filter((row) => !unreadOnly || row.read_at === null)
    .map((row) => ({
      id: row.id,
      day: row.day,
      createdAt: row.created_at,
      section: row.section,
      to: row.route,
      message: row.message,
      params: JSON.parse(row.params) as Record<string, string | number>,
      count: row.count,
      severity: row.severity as TodaySeverity,
      read: row.read_at !== null,
    }));
}

export function dailyHandlers(domains: () => RunDomains): HandlersOf<typeof dailyApi> {
  return {
    'daily.dashboard': (call) => dashboard(call, domains()),
    'daily.run': (call) => runDaily(call.app, { trigger: 'manual', domains: domains() }),
    'daily.runs': async (call, { limit }) =>
      (await call.db.selectFrom('daily_runs').select(RUN_COLUMNS).orderBy('day', 'desc').limit(limit).execute()).map(toRunView),
    'notifications.list': (call, { unreadOnly }) => notifications(call, unreadOnly),
    'notifications.markRead': async (call, { ids }) => {
      const { id: userId } = actor(call);
      const visible = new Set((await notifications(call, true)).map((n) => n.id));
      const marking = [...new Set(ids)].filter((id) => visible.has(id));
      for (const id of marking) {
        await call.db
          .insertInto('notification_reads')
          .values({ notification_id: id, user_id: userId, read_at: call.now.toISOString() })
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
      return { marked: marking.length };
    },
  };
}
