import type BetterSqlite3 from 'better-sqlite3';
import { NO_ANCHORS, unprovenWithout, type OutsideAnchors } from '../../shared/ledger/anchors.ts';
import { canonicalJson } from '../../shared/ledger/canonical.ts';
import type { ChainFailure, ChainReport, LedgerContent, LedgerRow, VerificationResult } from '../../shared/ledger/types.ts';
import type { Db, OpenDatabase } from '../../db/connection.ts';
import type { AppContext } from '../context.ts';
import { sha256Hex } from '../crypto/signing.ts';
import { verifyAccessLog, VerificationCancelled } from './accessChain.ts';
import { accessLogKey } from './accessKey.ts';
import { attachmentDigests } from './attachments.ts';
import { compareWithCheckpoint, readCheckpointFile } from './checkpointFile.ts';
import { accessAnchors } from './seals.ts';
import { verifyLedger, type LedgerVerification } from './verify.ts';

export { VerificationCancelled } from './accessChain.ts';

/** A row whose targets do not parse anchors nothing here; the access log's own check names that row. */
function parsedTargets(text: string): string[] {
  try {
    const targets: unknown = JSON.parse(text);
    return Array.isArray(targets) ? targets.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

/** The `ledger:seq:hash` targets the dispatcher wrote to the access log when entries were appended. */
function accessLogLedgerAnchors(sqlite: BetterSqlite3.Database): Array<{ seq: number; hash: string; what: string }> {
  const rows = sqlite.prepare(`SELECT seq, targets FROM access_log WHERE targets LIKE '%"ledger:%'`).all() as Array<{
    seq: number;
    targets: string;
  }>;
  return rows.flatMap((row) =>
    parsedTargets(row.targets).flatMap((target) => {
      const match = /^ledger:(\d+):([0-9a-f]{64})$/.exec(target);
      return match ? [{ seq: Number(match[1]), hash: match[2] ?? '', what: `접속기록 ${row.seq}번` }] : [];
    }),
  );
}

/** Entries the app writes by itself, with no call to log them: the first entry, and the seals of the access log. */
const UNLOGGED_KINDS: ReadonlySet<string> = new Set(['installation', 'audit.seal']);

/**
 * Every entry a call added is named by that call's access-log row: the dispatcher writes the newest
 * entry of the call (`ledger:seq:hash`) into the row, before the seal that follows. So each run of
 * entries other than seals must end at an entry the log names, before the next seal and by the end
 * of the ledger: an entry slipped into the table by someone holding the keys, with no call, shows.
 */
function unloggedEntry(rows: readonly LedgerRow[], logged: ReadonlySet<number>): ChainFailure | null {
  let pending: LedgerRow | null = null;
  for (const row of rows) {
    if (row.kind === 'audit.seal' && pending) break;
    if (!UNLOGGED_KINDS.has(row.kind)) pending ??= row;
    if (logged.has(row.seq)) pending = null;
  }
  return pending
    ? failure(
        'ledger',
        'UNLOGGED_ENTRY',
        `${pending.seq}번 항목을 기록한 호출이 접속기록에 없습니다(프로그램을 거치지 않고 관리대장에 넣은 항목입니다).`,
        pending.seq,
      )
    : null;
}

/**
 * Each destruction belongs to one completed request, and each completed request points at its own
 * destruction: the same serial and request, the same seq and hash. A request marked completed
 * against another request's entry, or an entry no request owns, shows.
 */
function requestMismatch(rows: readonly LedgerRow[], sqlite: BetterSqlite3.Database): ChainFailure | null {
  const completed = sqlite
    .prepare("SELECT id, serial, ledger_seq, ledger_hash FROM disposal_requests WHERE status = 'completed'")
    .all() as Array<{ id: number; serial: string | null; ledger_seq: number | null; ledger_hash: string | null }>;
  const byRequest = new Map(completed.map((request) => [request.id, request]));
  for (const row of rows) {
    if (row.kind !== 'destruction') continue;
    const requestId = (JSON.parse(row.content) as LedgerContent<'destruction'>).body.record.requestId;
    const request = byRequest.get(requestId);
    if (!request || request.serial !== row.serial || request.ledger_seq !== row.seq || request.ledger_hash !== row.hash) {
      return failure(
        'ledger',
        'REQUEST_MISMATCH',
        `${row.serial ?? row.seq} 파기 항목의 파기 요청 ${requestId}이(가) 완료된 요청으로 남아 있지 않거나 다른 항목을 가리킵니다.`,
        row.seq,
      );
    }
    byRequest.delete(requestId);
  }
  const [orphan] = byRequest.values();
  return orphan
    ? failure(
        'ledger',
        'REQUEST_MISMATCH',
        `완료된 파기 요청 ${orphan.id}(${orphan.serial ?? '일련번호 없음'})이(가) 가리키는 파기 항목이 그 요청의 항목이 아닙니다.`,
        orphan.ledger_seq ?? 0,
      )
    : null;
}

/**
 * A destruction of records held in the file (reservations) signed their count and the digest of
 * their ids; the file keeps those ids per request. They must still give that digest, none of them may
 * be back in the table, and no record may be destroyed twice: a row re-inserted after its
 * destruction, or the list of what was destroyed rewritten, shows.
 */
function destroyedRecordsMismatch(rows: readonly LedgerRow[], sqlite: BetterSqlite3.Database): ChainFailure | null {
  const idsOf = sqlite.prepare('SELECT reservation_id FROM reservation_disposal_rows WHERE request_id = ? ORDER BY reservation_id').pluck();
  const present = sqlite.prepare('SELECT 1 FROM reservations WHERE id = ?').pluck();
  const destroyedBy = new Map<number, string>();
  for (const row of rows) {
    if (row.kind !== 'destruction') continue;
    const { record } = (JSON.parse(row.content) as LedgerContent<'destruction'>).body;
    if (record.records?.kind !== 'reservations') continue;
    const serial = row.serial ?? String(row.seq);
    const named = (reason: string): ChainFailure => ({ ...failure('ledger', 'RECORDS_MISMATCH', reason, row.seq), serial });
    const ids = idsOf.all(record.requestId) as number[];
    if (ids.length !== record.records.count || sha256Hex(canonicalJson(ids)) !== record.records.idsDigest) {
      return named(`${serial} 파기 항목에 서명된 예약 기록 목록과 파일에 남은 파기 목록이 다릅니다.`);
    }
    for (const id of ids) {
      const earlier = destroyedBy.get(id);
      if (earlier) {
        return named(`예약 기록 ${id}이(가) ${earlier}와 ${serial}에서 두 번 파기되었습니다.`);
      }
      destroyedBy.set(id, serial);
      if (present.get(id) !== undefined) {
        return named(`${serial}에서 파기된 예약 기록 ${id}이(가) 다시 파일에 있습니다.`);
      }
    }
  }
  return null;
}

/**
 * What the screens and the certificate count as a processor's confirmation ("수탁자 확인 n/n") is read
 * from processor_confirmations; the signed destruction.processor entries are the record. Each row must
 * be what its entries say (the last request day, the confirmation day and its letter), and each
 * (request, processor) the entries name must have its row.
 */
function confirmationsMismatch(rows: readonly LedgerRow[], sqlite: BetterSqlite3.Database): ChainFailure | null {
  const signed = new Map<string, { requested: string | null; confirmed: string | null; evidence: string | null; seq: number }>();
  for (const row of rows) {
    if (row.kind !== 'destruction.processor') continue;
    const body = (JSON.parse(row.content) as LedgerContent<'destruction.processor'>).body;
    const key = `${body.requestId}:${body.processor.processorId}`;
    const state = signed.get(key) ?? { requested: null, confirmed: null, evidence: null, seq: row.seq };
    if (body.step === 'requested') state.requested = body.on;
    else Object.assign(state, { confirmed: body.on, evidence: body.evidence?.id ?? null });
    state.seq = row.seq;
    signed.set(key, state);
  }
  const stored = sqlite
    .prepare('SELECT request_id, processor_id, processor_name, requested_on, confirmed_on, evidence_id FROM processor_confirmations')
    .all() as Array<{
    request_id: number;
    processor_id: number;
    processor_name: string;
    requested_on: string | null;
    confirmed_on: string | null;
    evidence_id: string | null;
  }>;
  for (const row of stored) {
    const key = `${row.request_id}:${row.processor_id}`;
    const entry = signed.get(key);
    if (!entry || entry.requested !== row.requested_on || entry.confirmed !== row.confirmed_on || entry.evidence !== row.evidence_id) {
      return failure(
        'ledger',
        'CONFIRMATION_MISMATCH',
        `파기 요청 ${row.request_id}에 대한 ${row.processor_name}의 확인 기록이 관리대장에 서명된 수탁자 확인과 다릅니다.`,
        entry?.seq ?? 0,
      );
    }
    signed.delete(key);
  }
  const [missing] = signed.values();
  return missing
    ? failure('ledger', 'CONFIRMATION_MISMATCH', '관리대장에 서명된 수탁자 확인이 확인 기록에서 빠졌습니다.', missing.seq)
    : null;
}

/** The ledger as the app holds it: with the anchors other tables recorded and the stored attachments' digests. */
export async function verifyLedgerInFile(database: OpenDatabase, onProgress?: (done: number) => void): Promise<LedgerVerification> {
  const rows = database.sqlite
    .prepare('SELECT seq, kind, serial, content, signatures, hash FROM ledger_entries ORDER BY seq')
    .all() as LedgerRow[];
  const completed = database.sqlite
    .prepare("SELECT ledger_seq, ledger_hash, serial FROM disposal_requests WHERE status = 'completed'")
    .all() as Array<{ ledger_seq: number | null; ledger_hash: string | null; serial: string | null }>;
  const digests = attachmentDigests(database.sqlite);
  const logged = accessLogLedgerAnchors(database.sqlite);
  const verification = verifyLedger(rows, {
    anchors: [
      ...completed.map((a) => ({ seq: a.ledger_seq ?? 0, hash: a.ledger_hash ?? '', what: `파기 요청(${a.serial ?? ''})` })),
      ...logged,
    ],
    attachmentDigest: (id) => digests.get(id) ?? null,
    ...(onProgress ? { onProgress } : {}),
  });
  if (!verification.report.ok) return verification;
  const mismatch =
    unloggedEntry(rows, new Set(logged.map((anchor) => anchor.seq))) ??
    requestMismatch(rows, database.sqlite) ??
    destroyedRecordsMismatch(rows, database.sqlite) ??
    confirmationsMismatch(rows, database.sqlite);
  return mismatch ? { ...verification, report: mismatch } : verification;
}

const failure = (chain: string, code: string, reason: string, entry = 0): ChainFailure => ({ ok: false, chain, entry, code, reason });

/**
 * The signing_keys table must say what the ledger says: every key the ledger registered is there
 * with its public half and its person, revoked exactly when the ledger revoked it, and nothing
 * else is there (a key the app would sign with, that no auditor could check).
 */
function checkKeysTable(sqlite: BetterSqlite3.Database, verification: LedgerVerification): ChainFailure | null {
  const rows = sqlite.prepare('SELECT key_id, user_id, public_key, revoked_at FROM signing_keys').all() as Array<{
    key_id: string;
    user_id: number | null;
    public_key: string;
    revoked_at: string | null;
  }>;
  const stored = new Map(rows.map((row) => [row.key_id, row]));
  for (const key of verification.state.keys.values()) {
    const row = stored.get(key.keyId);
    if (!row)
      return failure('keys', 'KEY_TABLE_MISSING', `관리대장에 등록된 키 ${key.keyId}(${key.name})가 키 표에 없습니다.`, key.registeredAt);
    if (row.public_key !== key.publicKey || row.user_id !== key.userId) {
      return failure('keys', 'KEY_TABLE_MISMATCH', `키 표의 ${key.keyId}가 관리대장에 등록된 공개키나 사람과 다릅니다.`, key.registeredAt);
    }
    if ((row.revoked_at !== null) !== (key.revokedAt !== null)) {
      return failure(
        'keys',
        'KEY_TABLE_MISMATCH',
        `키 표의 ${key.keyId}는 ${row.revoked_at ? '폐기' : '사용 중'}으로 되어 있으나 관리대장에서는 ${key.revokedAt !== null ? '폐기' : '사용 중'}입니다.`,
        key.revokedAt ?? key.registeredAt,
      );
    }
    stored.delete(key.keyId);
  }
  const [extra] = stored.keys();
  return extra ? failure('keys', 'KEY_TABLE_EXTRA', `키 표에 관리대장에 등록되지 않은 키 ${extra}가 있습니다.`) : null;
}

/** The auditor's anchors against a verified ledger: the seal they hold, the certificates, how recent. */
export function checkOutsideAnchors(
  verification: LedgerVerification,
  rows: ReadonlyMap<string, { seq: number; hash: string }>,
  anchors: OutsideAnchors,
): ChainFailure | null {
  for (const fingerprint of anchors.fingerprints) {
    if (!verification.state.installationKeyIds.includes(fingerprint)) {
      return failure(
        'anchor',
        'SEAL_MISMATCH',
        `기관 인장 지문 ${fingerprint}이(가) 이 관리대장의 설치 키가 아닙니다(다른 기관의 파일이거나 다시 만든 관리대장입니다).`,
      );
    }
  }
  for (const entry of anchors.entries) {
    const stored = rows.get(entry.serial);
    if (!stored)
      return failure('anchor', 'ANCHOR_MISSING', `확인서 ${entry.serial}의 항목이 관리대장에 없습니다(잘렸거나 되돌려진 파일입니다).`);
    if (stored.hash !== entry.hash) {
      return failure(
        'anchor',
        'ANCHOR_MISMATCH',
        `확인서 ${entry.serial}의 QR 해시가 관리대장의 항목과 다릅니다(다시 쓰인 관리대장입니다).`,
        stored.seq,
      );
    }
  }
  if (anchors.notBefore !== null && (verification.lastRecordedAt === null || verification.lastRecordedAt < anchors.notBefore)) {
    return failure(
      'anchor',
      'STALE',
      `가장 최근 항목(${verification.lastRecordedAt ?? '없음'})이 ${anchors.notBefore}보다 오래되었습니다(예전 사본입니다).`,
      verification.report.ok ? (verification.report.head?.seq ?? 0) : 0,
    );
  }
  return null;
}

export function serialsOf(rows: Iterable<LedgerRow>): Map<string, { seq: number; hash: string }> {
  const serials = new Map<string, { seq: number; hash: string }>();
  for (const row of rows) if (row.serial) serials.set(row.serial, { seq: row.seq, hash: row.hash });
  return serials;
}

function damaged(error: unknown): ChainFailure {
  // The database's own words (table names, SQL) are for the console, not for staff or a report.
  console.error(
    '[verify] the file could not be read as a Retention Desk database:',
    error instanceof Error ? error.message : String(error),
  );
  return failure(
    'file',
    'SCHEMA_DAMAGED',
    '데이터베이스의 표 구조가 손상되어 검증할 수 없습니다(표나 열이 지워졌거나 바뀌었습니다). 백업 파일과 대조해 주세요.',
  );
}

/**
 * Verifies everything in the open file: the signed ledger with every signature, its anchors and
 * attachments; the access log's chain, its keyed MAC and every signed head; the keys table; the
 * external checkpoint beside the file; and the auditor's anchors. A damaged schema is a failed
 * report, never an error; a cancelled run throws VerificationCancelled.
 */
export async function verifyDatabase(
  app: AppContext,
  database: OpenDatabase,
  options: {
    anchors?: OutsideAnchors;
    onProgress?: (done: number, total: number) => void;
    signal?: AbortSignal;
    /** The open transaction, when a call verifies inside its own (the one connection is then held by it). */
    db?: Db;
  } = {},
): Promise<VerificationResult> {
  const db = options.db ?? database.db;
  const anchors = options.anchors ?? NO_ANCHORS;
  const unproven = unprovenWithout(anchors);
  let ledger: LedgerVerification;
  let accessLog: ChainReport;
  try {
    ledger = await verifyLedgerInFile(database);
    if (!ledger.report.ok) {
      return {
        ok: false,
        ledger: ledger.report,
        accessLog: ledger.report,
        failure: ledger.report,
        kinds: ledger.kinds,
        external: 'missing',
        unproven,
      };
    }
    const key = await accessLogKey(app, db, false);
    accessLog = await verifyAccessLog(database.sqlite, {
      key,
      anchors: await accessAnchors(db),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (error instanceof VerificationCancelled) throw error;
    const broken = damaged(error);
    return { ok: false, ledger: broken, accessLog: broken, failure: broken, kinds: {}, external: 'missing', unproven };
  }
  if (accessLog.ok && accessLog.keyed === false) {
    unproven.push(
      '이 프로그램은 접속기록 키를 열 수 없어 접속기록의 키 서명(MAC)을 확인하지 않았습니다: 기록을 바꾸고 해시를 다시 계산했는지는 봉인된 부분까지만 증명됩니다.',
    );
  }
  const result = (first: ChainFailure | null, external: VerificationResult['external']): VerificationResult => ({
    ok: first === null,
    ledger: ledger.report,
    accessLog,
    failure: first,
    kinds: ledger.kinds,
    external,
    unproven,
  });
  if (!accessLog.ok) return result(accessLog, 'missing');
  const keys = checkKeysTable(database.sqlite, ledger);
  if (keys) return result(keys, 'missing');
  const reading = readCheckpointFile(app.databasePath);
  if (reading.state === 'found') {
    const rolledBack = compareWithCheckpoint(database, reading.file);
    if (rolledBack && rolledBack.kind === 'rolled-back') {
      return result(
        failure(
          rolledBack.chain === 'ledger' ? 'ledger' : 'access_log',
          'ROLLED_BACK',
          `이 파일 옆에 둔 체크포인트(${rolledBack.writtenAt})의 ${rolledBack.checkpointSeq}번까지 이 파일에 그대로 있지 않습니다(잘렸거나 예전 사본입니다).`,
          rolledBack.checkpointSeq,
        ),
        'mismatch',
      );
    }
  }
  const rows = database.sqlite.prepare('SELECT seq, serial, hash FROM ledger_entries WHERE serial IS NOT NULL').all() as LedgerRow[];
  const outside = checkOutsideAnchors(ledger, serialsOf(rows), anchors);
  return result(outside, reading.state === 'found' ? 'matches' : reading.state);
}
