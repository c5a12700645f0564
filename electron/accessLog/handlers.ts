import { sql } from 'kysely';
import { AppError } from '../../shared/contract/errors.ts';
import type { AccessLogRow, AccessReview, AccessReviewStatus, accessLogApi, accessLogFilter } from '../../shared/accessLog/contract.ts';
import { addDays, formatInstant, seoulMidnight } from '../../shared/dates/calendar.ts';
import { kindLabel, resultLabel } from '../../shared/accessLog/labels.ts';
import { LABELS, methodLabel } from '../../shared/domains.ts';
import { toCsv } from '../../shared/formats/csv.ts';
import type { Db } from '../../db/connection.ts';
import type { AccessLogTable } from '../../db/schema.ts';
import type { z } from 'zod';
import { verifyAccessLog } from '../ledger/accessChain.ts';
import { sealAccessLog } from '../ledger/seals.ts';
import { actor, type HandlersOf } from '../handler.ts';

type Filter = z.output<typeof accessLogFilter>;

function filtered(db: Db, filter: Filter) {
  let query = db.selectFrom('access_log').leftJoin('users', 'users.id', 'access_log.user_id');
  if (filter.from) query = query.where('access_log.at', '>=', seoulMidnight(filter.from).toISOString());
  if (filter.to) query = query.where('access_log.at', '<', seoulMidnight(addDays(filter.to, 1)).toISOString());
  if (filter.userId) query = query.where('access_log.user_id', '=', filter.userId);
  if (filter.kind === 'denied') query = query.where('access_log.result', '!=', 'ok');
  else if (filter.kind) query = query.where('access_log.kind', '=', filter.kind);
  if (filter.text) {
    const text = filter.text;
    // Staff search by what they read on screen (the Korean label), so labels map back to methods.
    const methods = Object.entries(LABELS)
      .filter(([method, label]) => [method, label.ko, label.en].some((name) => name.toLowerCase().includes(text.toLowerCase())))
      .map(([method]) => method);
    const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('access_log.targets', 'like', sql<string>`${pattern} ESCAPE '\\'`),
        ...(methods.length > 0 ? [eb('access_log.method', 'in', methods)] : []),
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

function toView(row: ListedRow): AccessLogRow {
  return {
    seq: row.seq,
    at: row.at,
    userId: row.user_id,
    login: row.login,
    userName: row.display_name,
    kind: row.kind,
    method: row.method,
    targets: JSON.parse(row.targets) as string[],
    result: row.result,
    terminal: row.terminal,
  };
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

export const accessLogHandlers: HandlersOf<typeof accessLogApi> = {
  'accessLog.list': async ({ db }, input) => {
    const total = await filtered(db, input)
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    const rows = await filtered(db, input)
      .select(COLUMNS)
      .orderBy('access_log.seq', input.order === 'newest' ? 'desc' : 'asc')
      .limit(input.limit)
      .offset(input.offset)
      .execute();
    return { rows: rows.map(toView), total: total.n };
  },

  'accessLog.exportCsv': async ({ db, today }, input) => {
    const rows = (await filtered(db, input).select(COLUMNS).orderBy('access_log.seq', 'asc').execute()).map(toView);
    const csv = toCsv(
      ['번호', '일시(KST)', '계정', '이름', '구분', '작업', '대상', '결과', '접속지'],
      rows.map((row) => [
        row.seq,
        formatInstant(row.at, 'ko', true),
        row.login ?? '',
        row.userName ?? '',
        kindLabel(row.kind),
        methodLabel(row.method),
        row.targets.join(' '),
        resultLabel(row.result),
        row.terminal,
      ]),
    );
    return { fileName: `접속기록_${today}.csv`, csv, rows: rows.length };
  },

  'accessLog.verify': (call) => verifyAccessLog(call.db, (done, total) => call.progress('verify', done, total)),

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
    // The review also seals the log's head into the signed ledger.
    await sealAccessLog(call.db, call.app.secrets, call.now, 'review');
    const review = (await listReviews(call.db)).find((r) => r.id === inserted.id);
    if (!review) throw new Error('review not found after insert');
    return review;
  },
};
