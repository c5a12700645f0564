import { sql } from 'kysely';
import type { Db, OpenDatabase } from '../../db/connection.ts';
import { seoulDate, type IsoDate } from '../../shared/dates/calendar.ts';
import { daysToRun, newWork, notificationText, type FoundItem } from '../../shared/daily/run.ts';
import type { RunNote, RunOutcome } from '../../shared/daily/contract.ts';
import type { MessageKey } from '../../shared/domains.ts';
import type { AppContext } from '../context.ts';
import type { DailyNote, DomainParts } from '../domain.ts';
import type { CallContext } from '../handler.ts';
import { appendAccessEntry } from '../ledger/accessChain.ts';
import { accessLogKey } from '../ledger/accessKey.ts';
import { verifyDatabase } from '../ledger/verification.ts';
import { recordLedgerCheck } from './ledgerChecks.ts';
import { newSession } from '../session.ts';
import { expireBackups, makeBackup, removeExpiredFiles } from '../backups/backup.ts';
import { restoreDrill } from '../backups/restore.ts';
import { readConfig } from './config.ts';

export type RunTrigger = 'startup' | 'schedule' | 'manual' | 'cli';

export interface DailyRunOptions {
  trigger: RunTrigger;
  /** The last day to run (default: today by the app's clock). */
  through?: IsoDate;
  /** Every domain's parts (electron/domains.ts): what each finds waiting and its own daily work. */
  domains: RunDomains;
  /** Told when a run found new due or overdue work (the shell shows an OS notification). */
  notify?: (text: { title: string; body: string }) => void;
}

interface DaySummary {
  found: FoundItem[];
  notes: RunNote[];
}

/** The domains as the run reads them; a domain's name (when it has one) names it in a failure note. */
export type RunDomains = ReadonlyArray<ReturnType<DomainParts>[number] & { readonly shared?: { readonly name: string } }>;

const running = new WeakMap<AppContext, Promise<RunOutcome>>();

const note = (message: MessageKey, params: Record<string, string | number>, failed = false): RunNote => ({ message, params, failed });

/** The run's own call: no one is signed in; `today` is the day being run. */
function systemCall(app: AppContext, db: Db, today: IsoDate, afterCommit: Array<() => void>): CallContext {
  return {
    db,
    app,
    now: app.clock.now(),
    today,
    session: newSession('daily'),
    target: () => {},
    afterCommit: (task) => afterCommit.push(task),
    progress: () => {},
  };
}

async function logEvent(app: AppContext, db: Db, method: string, targets: string[], result = 'ok'): Promise<void> {
  const key = await accessLogKey(app, db, false);
  if (!key) return;
  await appendAccessEntry(
    db,
    { at: app.clock.now().toISOString(), userId: null, kind: 'system', method, targets, result, terminal: 'daily' },
    key,
  );
}

async function previousFound(db: Db, day: IsoDate): Promise<FoundItem[]> {
  const row = await db.selectFrom('daily_runs').select('summary').where('day', '<', day).orderBy('day', 'desc').limit(1).executeTakeFirst();
  if (!row) return [];
  try {
    return (JSON.parse(row.summary) as Partial<DaySummary>).found ?? [];
  } catch {
    return [];
  }
}

/**
 * One day, in one transaction: its row first (the day is the primary key: a day another run has
 * done is skipped, so each day runs exactly once), then every domain's waiting work as of that day
 * and its own daily work, each domain on its own (one that fails is noted, the others go on), the
 * notifications for work that is new since the run before, the summary. Returns what was new.
 */
async function runDay(app: AppContext, database: OpenDatabase, day: IsoDate, options: DailyRunOptions): Promise<FoundItem[] | null> {
  const afterCommit: Array<() => void> = [];
  const fresh = await database.db.transaction().execute(async (trx) => {
    const now = app.clock.now().toISOString();
    const inserted = await trx
      .insertInto('daily_runs')
      .values({ day, trigger: options.trigger, started_at: now })
      .onConflict((oc) => oc.column('day').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return null;
    const call = systemCall(app, trx, day, afterCommit);
    const summary: DaySummary = { found: [], notes: [] };
    for (const [index, domain] of options.domains.entries()) {
      try {
        for (const item of (await domain.today?.(call)) ?? []) {
          if (item.count > 0) summary.found.push({ ...item, params: { ...item.params } });
        }
        const notes: readonly DailyNote[] = (await domain.daily?.(call)) ?? [];
        summary.notes.push(...notes.map((n) => ({ ...n, params: { ...n.params } })));
      } catch (error) {
        const name = domain.shared?.name ?? String(index);
        console.error(`[daily] domain ${name} failed on ${day}`, error);
        summary.notes.push(note('daily.notes.domainFailed', { section: name }, true));
      }
    }
    const added = newWork(await previousFound(trx, day), summary.found);
    for (const item of added) {
      await trx
        .insertInto('notifications')
        .values({
          day,
          created_at: now,
          item_id: item.id,
          section: item.section,
          route: item.to,
          message: item.message,
          params: JSON.stringify(item.params),
          count: item.count,
          severity: item.severity,
          method: item.method,
        })
        .execute();
    }
    if (added.length > 0) summary.notes.push(note('daily.notes.notified', { count: added.length }));
    await saveSummary(trx, day, summary, app.clock.now());
    await logEvent(app, trx, 'daily.run', [`daily_run:${day}`], summary.notes.some((n) => n.failed) ? 'failed' : 'ok');
    return added;
  });
  for (const task of afterCommit) task();
  return fresh;
}

async function saveSummary(db: Db, day: IsoDate, summary: DaySummary, now: Date): Promise<void> {
  await db
    .updateTable('daily_runs')
    .set({
      finished_at: now.toISOString(),
      found: summary.found.reduce((sum, item) => sum + item.count, 0),
      did: summary.notes.filter((n) => !n.failed).length,
      failed: summary.notes.filter((n) => n.failed).length,
      summary: JSON.stringify(summary),
    })
    .where('day', '=', day)
    .execute();
}

async function addNotes(database: OpenDatabase, day: IsoDate, notes: RunNote[], now: Date): Promise<void> {
  if (notes.length === 0) return;
  await database.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('daily_runs').select('summary').where('day', '=', day).executeTakeFirst();
    if (!row) return;
    const summary = JSON.parse(row.summary) as DaySummary;
    summary.notes.push(...notes);
    await saveSummary(trx, day, summary, now);
  });
}

/**
 * Today's upkeep, after today's row is committed (VACUUM INTO cannot run inside a transaction):
 * the ledger verified, expired backups' keys destroyed and their files overwritten, a new backup,
 * and once a month the restore drill. Each step on its own; what failed is noted, never thrown.
 */
async function upkeep(app: AppContext, database: OpenDatabase, day: IsoDate): Promise<RunNote[]> {
  const notes: RunNote[] = [];
  const now = app.clock.now();
  try {
    // The whole check, as the ledger screen's 검증 does: the signed ledger, the access log, the keys, the checkpoint beside the file.
    const result = await verifyDatabase(app, database);
    await recordLedgerCheck(database.db, now, 'daily', result);
    notes.push(
      result.ok
        ? note('daily.notes.ledgerOk', { entries: result.ledger.ok ? result.ledger.entries : 0 })
        : note('daily.notes.ledgerFailed', { reason: result.failure?.code ?? 'FAILED' }, true),
    );
  } catch (error) {
    console.error('[daily] ledger verification failed', error);
    notes.push(note('daily.notes.ledgerFailed', { reason: 'INTERNAL' }, true));
  }
  try {
    const expired = await database.db.transaction().execute(async (trx) => {
      const ids = await expireBackups(trx, day, now);
      if (ids.length > 0)
        await logEvent(
          app,
          trx,
          'backups.expire',
          ids.map((id) => `backup:${id}`),
        );
      return ids.length;
    });
    await removeExpiredFiles(database);
    if (expired > 0) notes.push(note('daily.notes.backupsExpired', { count: expired }));
  } catch (error) {
    console.error('[daily] expiring backups failed', error);
    notes.push(note('daily.notes.backupFailed', { reason: 'expiry' }, true));
  }
  const config = await readConfig(database.db);
  if (config.folder) {
    try {
      const id = await makeBackup(database, { now, trigger: 'daily' });
      const row = await database.db.selectFrom('backups').select('file_name').where('id', '=', id).executeTakeFirstOrThrow();
      notes.push(note('daily.notes.backupMade', { file: row.file_name }));
    } catch (error) {
      notes.push(note('daily.notes.backupFailed', { reason: error instanceof Error ? error.message : 'unknown' }, true));
    }
  } else {
    notes.push(note('daily.notes.noBackupFolder', {}));
  }
  const month = day.slice(0, 7);
  const drilled = await database.db.selectFrom('restore_drills').select('month').where('month', '=', month).executeTakeFirst();
  const anyBackup = await database.db.selectFrom('backups').select('id').where('key', 'is not', null).limit(1).executeTakeFirst();
  if (!drilled && anyBackup) {
    const drill = await restoreDrill(database);
    await database.db
      .insertInto('restore_drills')
      .values({ month, at: now.toISOString(), backup_id: drill.backupId, ok: drill.ok ? 1 : 0, detail: drill.detail })
      .execute();
    notes.push(
      drill.ok
        ? note('daily.notes.drillOk', { backup: drill.backupId ?? 0 })
        : note('daily.notes.drillFailed', { reason: drill.detail }, true),
    );
  }
  return notes;
}

/**
 * The daily run: every day from the one after the last completed run through `through`, each once,
 * oldest first; then, when the last of them is today, today's upkeep (backup, expiry, drill, ledger
 * check). Never two at once in this program: a second call while one runs returns `busy` at once
 * (another program cannot open the file: it is held exclusively).
 */
export function runDaily(app: AppContext, options: DailyRunOptions): Promise<RunOutcome> {
  const already = running.get(app);
  if (already) return already.then(() => ({ ran: [], busy: true, notified: 0 }));
  const work = (async (): Promise<RunOutcome> => {
    const state = app.state();
    if (!state.ok) return { ran: [], busy: false, notified: 0 };
    const database = state.database;
    const today = seoulDate(app.clock.now());
    const through = options.through ?? today;
    const last = await database.db
      .selectFrom('daily_runs')
      .select(sql<string | null>`max(day)`.as('day'))
      .where('finished_at', 'is not', null)
      .executeTakeFirst();
    const ran: IsoDate[] = [];
    let latestNew: FoundItem[] = [];
    let notified = 0;
    for (const day of daysToRun(last?.day ?? null, through)) {
      const added = await runDay(app, database, day, options);
      if (added === null) continue;
      ran.push(day);
      notified += added.length;
      if (added.length > 0) latestNew = added;
    }
    if (ran.at(-1) === today) await addNotes(database, today, await upkeep(app, database, today), app.clock.now());
    if (latestNew.length > 0) {
      const text = notificationText(latestNew);
      if (options.notify) options.notify(text);
      else app.shell?.notify?.(text.title, text.body);
    }
    return { ran, busy: false, notified };
  })();
  running.set(app, work);
  return work.finally(() => running.delete(app));
}
