import { sql } from 'kysely';
import { AppError } from '../../shared/contract/errors.ts';
import type { AccessLogRow, AccessReview, AccessReviewStatus, accessLogApi, accessLogFilter } from '../../shared/accessLog/contract.ts';
import { addDays, formatInstant, seoulMidnight } from '../../shared/dates/calendar.ts';
import { accountText, kindLabel, resultLabel } from '../../shared/accessLog/labels.ts';
import { LABELS, methodLabel } from '../../shared/domains.ts';
import { toCsv } from '../../shared/formats/csv.ts';
import type { Db } from '../../db/connection.ts';
import type { AccessLogTable } from '../../db/schema.ts';
import type { z } from 'zod';
import { verifyAccessLog } from '../ledger/accessChain.ts';
import { accessLogKey } from '../ledger/accessKey.ts';
import { accessAnchors } from '../ledger/seals.ts';
import { signCheckpoint } from '../ledger/checkpoints.ts';
import { actor, openDatabaseOf, runCancellable, type HandlersOf } from '../handler.ts';
import type { DomainParts } from '../domain.ts';
import { containing, describeTargets, findTargets } from './targets.ts';

type Filter = z.output<typeof accessLogFilter>;

/** `"kind:id"` among a row's targets (a JSON array of strings), exactly. */
function hasTarget(targets: readonly string[]) {
  return sql<boolean>`exists (select 1 from json_each(access_log.targets) where json_each.value in (${sql.join(targets)}))`;
}

/**
 * The rows a filter means. The text is searched in what the view shows: the action's words (its
 * label in either language), the account, and the targets' words (a file's name finds the entries
 * about that file), besides the raw ids. An account includes the failed sign-ins typed with its login.
 */
async function filtered(db: Db, domains: DomainParts, filter: Filter) {
  const login = filter.userId
    ? (await db.selectFrom('users').select('login').where('id', '=', filter.userId).executeTakeFirst())?.login
    : undefined;
  const found = filter.text ? await findTargets(db, domains, filter.text) : [];
  let query = db.selectFrom('access_log').leftJoin('users', 'users.id', 'access_log.user_id');
  if (filter.from) query = query.where('access_log.at', '>=', seoulMidnight(filter.from).toISOString());
  if (filter.to) query = query.where('access_log.at', '<', seoulMidnight(addDays(filter.to, 1)).toISOString());
  if (filter.userId) {
    const userId = filter.userId;
    query = query.where((eb) =>
      eb.or([
        eb('access_log.user_id', '=', userId),
        // A failed sign-in is not the account's yet: it names the account (a known login) or the login typed.
        eb.and([eb('access_log.user_id', 'is', null), hasTarget([`user:${userId}`, ...(login ? [`login:${login}`] : [])])]),
      ]),
    );
  }
  if (filter.kind === 'denied') query = query.where('access_log.result', '!=', 'ok');
  else if (filter.kind) query = query.where('access_log.kind', '=', filter.kind);
  if (filter.text) {
    const text = filter.text;
    // Staff search by what they read on screen (the Korean label), so labels map back to methods.
    const methods = Object.entries(LABELS)
      .filter(([method, label]) => [method, label.ko, label.en].some((name) => name.toLowerCase().includes(text.toLowerCase())))
      .map(([method]) => method);
    query = query.where((eb) =>
      eb.or([
        eb('access_log.targets', 'like', containing(text)),
        eb('users.display_name', 'like', containing(text)),
        eb('users.login', 'like', containing(text)),
        ...(methods.length > 0 ? [eb('access_log.method', 'in', methods)] : []),
        ...(found.length > 0 ? [hasTarget(found)] : []),
      ]),
    );
  }
  return query;
}

const COLUMNS = [
  'access_log.seq',
  'access_log.at',
  'access_log.user_id',
  'access_log.kind',
  'access_log.method',
  'access_log.targets',
  'access_log.result',
  'access_log.terminal',
  'users.login',
  'users.display_name',
] as const;

type ListedRow = Pick<AccessLogTable, 'seq' | 'at' | 'user_id' | 'kind' | 'method' | 'targets' | 'result' | 'terminal'> & {
  login: string | null;
  display_name: string | null;
};

/** Rows as a person reviewing the log reads them: every target in words, the login a failed sign-in typed. */
async function toViews(db: Db, domains: DomainParts, rows: readonly ListedRow[]): Promise<AccessLogRow[]> {
  const parsed = rows.map((row) => ({ row, targets: JSON.parse(row.targets) as string[] }));
  const described = await describeTargets(
    db,
    domains,
    parsed.map(({ row, targets }) => ({ targets, userId: row.user_id })),
  );
  // A failed sign-in with a known login names that account among its targets, not as its user.
  const triedIds = parsed.flatMap(({ row, targets }) =>
    row.user_id === null && row.method === 'auth.signIn' ? targets.filter((t) => t.startsWith('user:')).map((t) => Number(t.slice(5))) : [],
  );
  const tried = new Map(
    triedIds.length > 0
      ? (await db.selectFrom('users').select(['id', 'login']).where('id', 'in', triedIds).execute()).map((u) => [`user:${u.id}`, u.login])
      : [],
  );
  return parsed.map(({ row, targets }, index) => ({
    seq: row.seq,
    at: row.at,
    userId: row.user_id,
    login: row.login,
    userName: row.display_name,
    attemptedLogin:
      described[index]?.attemptedLogin ?? (row.user_id === null ? (targets.map((t) => tried.get(t)).find(Boolean) ?? null) : null),
    kind: row.kind,
    method: row.method,
    targets,
    targetText: described[index]?.targets ?? [],
    result: row.result,
    terminal: row.terminal,
  }));
}

/** The month before `today`'s month: what the monthly review should have covered by now. */
export function reviewDueThrough(today: string): string {
  const [year = 0, month = 1] = today.split('-').map(Number);
  const previous = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
  return `${previous.year}-${String(previous.month).padStart(2, '0')}`;
}

async function listReviews(db: Db): Promise<AccessReview[]> {
  const rows = await db
    .selectFrom('access_reviews')
    .innerJoin('users', 'users.id', 'access_reviews.reviewed_by')
    .select([
      'access_reviews.id',
      'access_reviews.reviewed_through',
      'access_reviews.remark',
      'access_reviews.reviewed_at',
      'access_reviews.log_seq',
      'users.id as user_id',
      'users.display_name',
    ])
    .orderBy('access_reviews.id', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    reviewedThrough: row.reviewed_through,
    remark: row.remark,
    reviewedBy: { id: row.user_id, name: row.display_name },
    reviewedAt: row.reviewed_at,
    logSeq: row.log_seq,
  }));
}

/** The reviews recorded, the month they should cover by now, and whether they are behind. */
export async function reviewStatus(db: Db, today: string): Promise<AccessReviewStatus> {
  const reviews = await listReviews(db);
  const dueThrough = reviewDueThrough(today);
  const latest = reviews.reduce<string | null>((max, r) => (max === null || r.reviewedThrough > max ? r.reviewedThrough : max), null);
  return { reviews, dueThrough, overdue: latest === null || latest < dueThrough };
}

export function accessLogHandlers(domains: DomainParts): HandlersOf<typeof accessLogApi> {
  return {
    'accessLog.list': async ({ db }, input) => {
      const total = await (await filtered(db, domains, input)).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
      const rows = await (
        await filtered(db, domains, input)
      )
        .select(COLUMNS)
        .orderBy('access_log.seq', input.order === 'newest' ? 'desc' : 'asc')
        .limit(input.limit)
        .offset(input.offset)
        .execute();
      return { rows: await toViews(db, domains, rows), total: total.n };
    },

    'accessLog.exportCsv': async ({ db, today }, input) => {
      const rows = await toViews(
        db,
        domains,
        await (await filtered(db, domains, input)).select(COLUMNS).orderBy('access_log.seq', 'asc').execute(),
      );
      const csv = toCsv(
        ['번호', '일시(KST)', '계정', '이름', '구분', '작업', '대상', '결과', '접속지', '대상 ID'],
        rows.map((row) => [
          row.seq,
          formatInstant(row.at, 'ko', true),
          row.login ?? accountText(row),
          row.userName ?? '',
          kindLabel(row.kind),
          methodLabel(row.method),
          row.targetText.map((target) => target.ko).join(', '),
          resultLabel(row.result),
          row.terminal,
          [...new Set(row.targets)].join(' '),
        ]),
      );
      return { fileName: `접속기록_${today}.csv`, csv, rows: rows.length };
    },
    'accessLog.verify': (call) =>
      runCancellable(call, 'verify', async (signal) => {
        const database = openDatabaseOf(call);
        return verifyAccessLog(database.sqlite, {
          key: await accessLogKey(call.app, database.db, false),
          anchors: await accessAnchors(database.db),
          signal,
          onProgress: (done, total) => call.progress('verify', done, total),
        });
      }),

    'accessLog.reviews': ({ db, today }) => reviewStatus(db, today),

    'accessLog.recordReview': async (call, input) => {
      const latestEnded = reviewDueThrough(call.today);
      if (input.through > latestEnded) {
        throw new AppError('VALIDATION', '아직 끝나지 않은 달까지 점검했다고 기록할 수 없습니다.', {
          fields: { through: `${latestEnded}까지(지난달까지) 기록할 수 있습니다.` },
        });
      }
      const head = await call.db.selectFrom('access_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
      const inserted = await call.db
        .insertInto('access_reviews')
        .values({
          reviewed_through: input.through,
          remark: input.remark,
          reviewed_by: actor(call).id,
          reviewed_at: call.now.toISOString(),
          log_seq: head.seq,
          log_hash: head.hash,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      call.target('access_review', inserted.id);
      // The officer signs what they reviewed: both chains as they stand, with their own key.
      await signCheckpoint(call, input.password, 'review', input.through);
      const review = (await listReviews(call.db)).find((r) => r.id === inserted.id);
      if (!review) throw new Error('review not found after insert');
      return review;
    },
  };
}
