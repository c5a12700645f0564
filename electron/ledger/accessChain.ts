import { sql } from 'kysely';
import type { ChainReport } from '../../shared/ledger/types.ts';
import { canonicalJson } from '../../shared/ledger/canonical.ts';
import { GENESIS_HASH } from '../../shared/ledger/types.ts';
import type { Db } from '../../db/connection.ts';
import type { AccessLogTable } from '../../db/schema.ts';
import { sha256Hex } from '../crypto/signing.ts';
import { sealedHeads } from './seals.ts';

/** One access-log entry before it is chained; ids and codes only, never personal data values. */
export interface AccessEntry {
  at: string;
  userId: number | null;
  kind: string;
  method: string;
  targets: string[];
  result: string;
  terminal: string;
}

/** How often long verification tells the window where it is. */
const PROGRESS_EVERY = 2000;

function hashOf(seq: number, entry: AccessEntry, prevHash: string): string {
  return sha256Hex(canonicalJson({ seq, ...entry, prevHash }));
}

/** Appends in the caller's transaction, chained to the previous entry by its SHA-256. */
export async function appendAccessEntry(db: Db, entry: AccessEntry): Promise<{ seq: number; hash: string }> {
  const last = await db.selectFrom('access_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const hash = hashOf(seq, entry, prevHash);
  await db
    .insertInto('access_log')
    .values({
      seq,
      at: entry.at,
      user_id: entry.userId,
      kind: entry.kind,
      method: entry.method,
      targets: JSON.stringify(entry.targets),
      result: entry.result,
      terminal: entry.terminal,
      prev_hash: prevHash,
      hash,
    })
    .execute();
  return { seq, hash };
}

function entryOf(row: AccessLogTable): AccessEntry {
  return {
    at: row.at,
    userId: row.user_id,
    kind: row.kind,
    method: row.method,
    targets: JSON.parse(row.targets) as string[],
    result: row.result,
    terminal: row.terminal,
  };
}

/**
 * Walks the whole log in order and names the first entry that does not fit: a gap in the sequence
 * (deleted row), a broken link, or a hash that no longer matches the row (edited row). Reviews
 * recorded the head at their time: a shorter or different log than they saw means a cut tail.
 */
export async function verifyAccessLog(db: Db, onProgress?: (done: number, total: number) => void): Promise<ChainReport> {
  const chain = 'access_log';
  const total = onProgress
    ? ((
        await db
          .selectFrom('access_log')
          .select(sql<number>`count(*)`.as('n'))
          .executeTakeFirst()
      )?.n ?? 0)
    : 0;
  let expected = 1;
  let previous = GENESIS_HASH;
  const hashes = new Map<number, string>();
  for await (const row of db.selectFrom('access_log').selectAll().orderBy('seq').stream(500)) {
    const fail = (entry: number, code: string, reason: string): ChainReport => ({ ok: false, chain, entry, code, reason });
    if (row.seq !== expected) return fail(expected, 'MISSING_ENTRY', `${expected}번 기록이 없습니다(삭제되었습니다).`);
    if (row.prev_hash !== previous) return fail(row.seq, 'CHAIN_BROKEN', '앞 기록의 해시와 연결되지 않습니다.');
    let recomputed: string;
    try {
      recomputed = hashOf(row.seq, entryOf(row), row.prev_hash);
    } catch {
      return fail(row.seq, 'MALFORMED', '기록을 읽을 수 없습니다(형식이 손상되었습니다).');
    }
    if (recomputed !== row.hash) return fail(row.seq, 'HASH_MISMATCH', '기록의 내용이 해시와 맞지 않습니다(기록이 바뀌었습니다).');
    hashes.set(row.seq, row.hash);
    previous = row.hash;
    expected += 1;
    if (onProgress && row.seq % PROGRESS_EVERY === 0) onProgress(row.seq, total);
  }
  onProgress?.(expected - 1, total);
  // Heads recorded elsewhere — by monthly reviews and by the seals in the signed ledger — must
  // still be in the log as they were: a shorter or different log means a cut or rewritten tail.
  const reviews = await db.selectFrom('access_reviews').select(['log_seq', 'log_hash', 'reviewed_through']).execute();
  const anchors = [
    ...reviews.map((r) => ({ seq: r.log_seq, hash: r.log_hash, what: `${r.reviewed_through} 점검 때 확인한` })),
    ...(await sealedHeads(db)).map((s) => ({ seq: s.seq, hash: s.hash, what: `관리대장 ${s.ledgerSeq}번 봉인이 가리키는` })),
  ];
  for (const anchor of anchors) {
    const stored = hashes.get(anchor.seq);
    if (stored === undefined || stored !== anchor.hash) {
      return {
        ok: false,
        chain,
        entry: anchor.seq,
        code: stored === undefined ? 'MISSING_ENTRY' : 'ANCHOR_MISMATCH',
        reason: `${anchor.what} ${anchor.seq}번 기록이 ${stored === undefined ? '없습니다(삭제되었습니다)' : '바뀌었습니다'}.`,
      };
    }
  }
  const count = expected - 1;
  return { ok: true, chain, entries: count, head: count > 0 ? { seq: count, hash: previous } : null };
}
