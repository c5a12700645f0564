import { createHmac, createSecretKey, hash as oneShotHash, timingSafeEqual, type KeyObject } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import type { ChainFailure, ChainReport } from '../../shared/ledger/types.ts';
import { GENESIS_HASH } from '../../shared/ledger/types.ts';
import type { Db } from '../../db/connection.ts';

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

/**
 * The bytes an entry's hash covers: RFC 8785 canonical JSON of
 * `{ at, kind, method, prevHash, result, seq, targets, terminal, userId }`. Written out by hand
 * (keys in canonical order, strings through JSON.stringify, which is RFC 8785's string form) so
 * that verifying a million entries costs little more than hashing them; a test checks it against
 * the canonicalize library. `targetsJson` is the stored column: JSON.stringify of the targets.
 */
export function accessEntryText(seq: number, entry: Omit<AccessEntry, 'targets'>, targetsJson: string, prevHash: string): string {
  return (
    `{"at":${JSON.stringify(entry.at)},"kind":${JSON.stringify(entry.kind)},"method":${JSON.stringify(entry.method)}` +
    `,"prevHash":${JSON.stringify(prevHash)},"result":${JSON.stringify(entry.result)},"seq":${seq}` +
    `,"targets":${targetsJson},"terminal":${JSON.stringify(entry.terminal)},"userId":${entry.userId === null ? 'null' : entry.userId}}`
  );
}

export function accessEntryHash(text: string): string {
  return oneShotHash('sha256', text, 'hex');
}

/**
 * The keyed part of the chain: HMAC-SHA256 of an entry's hash under the access-log key (sealed by
 * the installation's key store). The hash chain alone can be recomputed by anyone who edits a row;
 * the MACs cannot, without the key. Entries up to the last seal or checkpoint are covered by that
 * signature as well; a program holding the key checks every entry's MAC, so a row rewritten with
 * a recomputed chain shows at once, even where a later seal or checkpoint was made over it.
 */
export function accessEntryMac(key: Buffer, hash: string): string {
  return macOf(key, hash).toString('hex');
}

const macKeys = new WeakMap<Buffer, KeyObject>();

/**
 * The key as a KeyObject, made once per key: given raw bytes, `createHmac` first tries them as a
 * KeyObject and as a CryptoKey, brand checks that throw and are caught inside Node (24) — some
 * 50 µs per MAC, five times the HMAC itself, paid again for every row a verification walks.
 */
function macKeyOf(key: Buffer): KeyObject {
  let keyObject = macKeys.get(key);
  if (!keyObject) {
    keyObject = createSecretKey(key);
    macKeys.set(key, keyObject);
  }
  return keyObject;
}

function macOf(key: Buffer, hash: string): Buffer {
  return createHmac('sha256', macKeyOf(key)).update(hash).digest();
}

/** Appends in the caller's transaction, chained to the previous entry by its SHA-256 and keyed by its MAC. */
export async function appendAccessEntry(db: Db, entry: AccessEntry, key: Buffer): Promise<{ seq: number; hash: string }> {
  const last = await db.selectFrom('access_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const targets = JSON.stringify(entry.targets);
  const hash = accessEntryHash(accessEntryText(seq, entry, targets, prevHash));
  await db
    .insertInto('access_log')
    .values({
      seq,
      at: entry.at,
      user_id: entry.userId,
      kind: entry.kind,
      method: entry.method,
      targets,
      result: entry.result,
      terminal: entry.terminal,
      prev_hash: prevHash,
      hash,
      mac: accessEntryMac(key, hash),
    })
    .execute();
  return { seq, hash };
}

/** Heads recorded elsewhere (reviews, seals, people's checkpoints) that the log must still contain. */
export interface AccessAnchor {
  seq: number;
  hash: string;
  what: string;
  /** A seal or a checkpoint: the entries up to it are covered by a signature. */
  signed: boolean;
}

export interface AccessLogCheck {
  /** The access-log key, where this program can open it: every entry's MAC is then checked. */
  key: Buffer | null;
  anchors: readonly AccessAnchor[];
  onProgress?: (done: number, total: number) => void;
  /** Long verification yields between batches; an aborted signal stops it (the window's 취소). */
  signal?: AbortSignal;
}

const BATCH = 5_000;

type RawRow = [number, string, number | null, string, string, string, string, string, string, string, string | null];

function macMatches(key: Buffer, hash: string, mac: string): boolean {
  const expected = macOf(key, hash);
  const stored = Buffer.from(mac, 'hex');
  return stored.length === expected.length && timingSafeEqual(expected, stored);
}

const CHAIN = 'access_log';
const failure = (entry: number, code: string, reason: string): ChainFailure => ({ ok: false, chain: CHAIN, entry, code, reason });

/**
 * One row against the chain so far: its number, its link to the previous hash, its own hash, and
 * its MAC (checked against `key` when one is given). The first problem, or null.
 */
function rowProblem(row: RawRow, expected: number, previous: string, key: Buffer | null): ChainFailure | null {
  const [seq, at, userId, kind, method, targets, result, terminal, prevHash, hash, mac] = row;
  if (seq !== expected) return failure(expected, 'MISSING_ENTRY', `${expected}번 기록이 없습니다(삭제되었습니다).`);
  if (prevHash !== previous) return failure(seq, 'CHAIN_BROKEN', '앞 기록의 해시와 연결되지 않습니다.');
  let recomputed: string;
  try {
    recomputed = accessEntryHash(accessEntryText(seq, { at, userId, kind, method, result, terminal }, targets, prevHash));
  } catch {
    return failure(seq, 'MALFORMED', '기록을 읽을 수 없습니다(형식이 손상되었습니다).');
  }
  if (recomputed !== hash) return failure(seq, 'HASH_MISMATCH', '기록의 내용이 해시와 맞지 않습니다(기록이 바뀌었습니다).');
  if (mac === null || mac.length !== 64)
    return failure(seq, 'MAC_MISSING', '기록의 키 서명(MAC)이 없습니다(프로그램 밖에서 쓴 기록입니다).');
  if (key && !macMatches(key, hash, mac)) {
    return failure(seq, 'MAC_MISMATCH', '기록의 키 서명(MAC)이 맞지 않습니다(기록을 바꾸고 해시를 다시 계산한 흔적).');
  }
  return null;
}

const ROW_COLUMNS = 'seq, at, user_id, kind, method, targets, result, terminal, prev_hash, hash, mac';

/**
 * The entries after a signed head, checked before a seal signs them: a tail rewritten while the
 * app was closed (its chain recomputed, its MACs not) must stay visible, not be sealed over.
 */
export function verifyAccessTail(sqlite: BetterSqlite3.Database, from: { seq: number; hash: string }, key: Buffer): ChainFailure | null {
  const rows = sqlite.prepare(`SELECT ${ROW_COLUMNS} FROM access_log WHERE seq > ? ORDER BY seq`).raw().all(from.seq) as RawRow[];
  let previous = from.hash;
  let expected = from.seq + 1;
  for (const row of rows) {
    const problem = rowProblem(row, expected, previous, key);
    if (problem) return problem;
    previous = row[9];
    expected += 1;
  }
  return null;
}

export class VerificationCancelled extends Error {
  constructor() {
    super('verification cancelled');
    this.name = 'VerificationCancelled';
  }
}

/**
 * Walks the whole log in order and names the first entry that does not fit: a gap in the sequence
 * (deleted row), a broken link, a hash that no longer matches the row (edited row), a missing MAC,
 * a MAC that is not the key's (a chain recomputed after an edit). Heads recorded
 * elsewhere must still be in the log as they were; entries after the last signed head are
 * reported as unsealed. Reads in batches outside any transaction, yielding between them.
 */
export async function verifyAccessLog(sqlite: BetterSqlite3.Database, check: AccessLogCheck): Promise<ChainReport> {
  const chain = CHAIN;
  const head = sqlite.prepare('SELECT seq FROM access_log ORDER BY seq DESC LIMIT 1').pluck().get() as number | undefined;
  const total = head ?? 0;
  const batch = sqlite.prepare(`SELECT ${ROW_COLUMNS} FROM access_log WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?`).raw();
  const anchored = new Map<number, AccessAnchor>(check.anchors.map((a) => [a.seq, a]));
  const anchorFailure = (anchor: AccessAnchor, missing: boolean): ChainReport => ({
    ok: false,
    chain,
    entry: anchor.seq,
    code: missing ? 'MISSING_ENTRY' : 'ANCHOR_MISMATCH',
    reason: `${anchor.what} ${anchor.seq}번 기록이 ${missing ? '없습니다(삭제되었습니다)' : '바뀌었습니다'}.`,
  });
  // Up to here a signature covers the log; after it, each entry's MAC must be the key's.
  const signedThrough = check.anchors.reduce((max, a) => (a.signed ? Math.max(max, a.seq) : max), 0);
  let expected = 1;
  let previous = GENESIS_HASH;
  for (;;) {
    if (check.signal?.aborted) throw new VerificationCancelled();
    const rows = batch.all(expected - 1, total, BATCH) as RawRow[];
    if (rows.length === 0) break;
    for (const row of rows) {
      const seq = row[0];
      const hash = row[9];
      // The entry's own checks first (its MAC, on every row: a seal or checkpoint made over a row
      // rewritten without the key must not launder it), then a head signed or noted elsewhere.
      const problem = rowProblem(row, expected, previous, check.key);
      if (problem) return problem;
      const anchor = anchored.get(seq);
      if (anchor && anchor.hash !== hash) return anchorFailure(anchor, false);
      previous = hash;
      expected += 1;
    }
    check.onProgress?.(expected - 1, total);
    // Let the window's other calls (a 취소, the session poll) through between batches.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const count = expected - 1;
  const beyond = check.anchors.find((anchor) => anchor.seq > count);
  if (beyond) return anchorFailure(beyond, true);
  // "N entries unsealed since …": the time of the last signed head, or of the first entry if none.
  const unsealed = count - signedThrough;
  const since =
    unsealed > 0
      ? ((sqlite.prepare('SELECT at FROM access_log WHERE seq = ?').pluck().get(Math.max(signedThrough, 1)) as string | undefined) ?? null)
      : null;
  return {
    ok: true,
    chain,
    entries: count,
    head: count > 0 ? { seq: count, hash: previous } : null,
    unsealed: { entries: unsealed, since },
    keyed: check.key !== null,
  };
}
