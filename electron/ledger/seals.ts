import { GENESIS_HASH, type AnyLedgerContent, type ChainFailure, type SealBody } from '../../shared/ledger/types.ts';
import type { Db } from '../../db/connection.ts';
import type { AppContext } from '../context.ts';
import { compareWithCheckpoint, readCheckpointFile, writeCheckpointFile } from './checkpointFile.ts';
import { verifyAccessTail, type AccessAnchor } from './accessChain.ts';
import { accessLogKey } from './accessKey.ts';
import { appendLedgerEntry } from './append.ts';
import { openInstallationKey } from '../accounts/keys.ts';

/**
 * Seals the access log's current head into the signed ledger with the installation key: at setup,
 * after every call that added a ledger entry, at sign-out, hourly while the app runs and when a
 * program closes the file. Cutting or rewriting the log up to a sealed head then fails
 * verification; what came after the last seal is reported as unsealed. The entries since the last
 * signed head are checked first (chain and MAC): a tail rewritten while the app was closed is left
 * for verification to name, never sealed over. Returns null when there is nothing new to seal, when
 * that tail does not check, or when this program cannot open the keys (the CLI on a database the
 * app's key store protects).
 */
export async function sealAccessLog(
  app: AppContext,
  db: Db,
  now: Date,
  reason: SealBody['reason'],
): Promise<{ seq: number; hash: string } | null> {
  const state = app.state();
  if (!state.ok) return null;
  const head = await db.selectFrom('access_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const signed = await lastSignedAccessHead(db);
  if (!head || signed.seq >= head.seq) return null;
  const [logKey, key] = await Promise.all([accessLogKey(app, db, false), openInstallationKey(db, app.secrets).catch(() => null)]);
  if (!logKey || !key) return null;
  const tail = verifyAccessTail(state.database.sqlite, signed, logKey);
  if (tail) {
    console.error(`[seal] the access log after its last signed head does not check (${tail.code} at ${tail.entry}); not sealed`);
    return null;
  }
  const entry = await appendLedgerEntry(db, {
    kind: 'audit.seal',
    body: { accessLog: { seq: head.seq, hash: head.hash }, reason },
    recordedAt: now,
    signers: [{ role: 'seal', keyId: key.keyId, privateKey: key.privateKey }],
  });
  return { seq: entry.seq, hash: entry.hash };
}

/** The access-log head a seal or checkpoint recorded; null for a damaged one (the ledger's verification reports it). */
function signedHead(row: { seq: number; content: string }): (AccessAnchor & { ledgerSeq: number }) | null {
  try {
    const content = JSON.parse(row.content) as AnyLedgerContent;
    if (content.kind !== 'audit.seal' && content.kind !== 'checkpoint') return null;
    const { seq, hash } = content.body.accessLog;
    const what = content.kind === 'audit.seal' ? `관리대장 ${row.seq}번 봉인이 가리키는` : `관리대장 ${row.seq}번 확인 서명이 가리키는`;
    return { ledgerSeq: row.seq, seq, hash, what, signed: true };
  } catch {
    return null;
  }
}

const signedEntries = (db: Db) =>
  db.selectFrom('ledger_entries').select(['seq', 'content']).where('kind', 'in', ['audit.seal', 'checkpoint']);

/** The access-log heads that seals and people's checkpoints in the signed ledger recorded. */
export async function signedAccessHeads(db: Db): Promise<Array<AccessAnchor & { ledgerSeq: number }>> {
  const rows = await signedEntries(db).orderBy('seq').execute();
  return rows.flatMap((row) => signedHead(row) ?? []);
}

/** Every head the access log must still contain: signed ones, and those the monthly reviews noted. */
export async function accessAnchors(db: Db): Promise<AccessAnchor[]> {
  const reviews = await db.selectFrom('access_reviews').select(['log_seq', 'log_hash', 'reviewed_through']).execute();
  return [
    ...reviews.map((r) => ({ seq: r.log_seq, hash: r.log_hash, what: `${r.reviewed_through} 점검 때 확인한`, signed: false })),
    ...(await signedAccessHeads(db)),
  ];
}

/**
 * The first entry after the last signed head that does not check (chain and MAC), before anyone
 * signs over it; null when the tail checks or this program cannot open the access-log key (it then
 * cannot write the log either).
 */
export async function unsignedTailProblem(app: AppContext, db: Db): Promise<ChainFailure | null> {
  const state = app.state();
  const logKey = await accessLogKey(app, db, false);
  if (!state.ok || !logKey) return null;
  return verifyAccessTail(state.database.sqlite, await lastSignedAccessHead(db), logKey);
}

/** The newest access-log head a seal or checkpoint covers (entry 0, the genesis hash, when none does). */
async function lastSignedAccessHead(db: Db): Promise<{ seq: number; hash: string }> {
  // Runs at every seal: read only the newest signed head, not the whole history.
  const latest = await signedEntries(db).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const head = latest && signedHead(latest);
  return head ? { seq: head.seq, hash: head.hash } : { seq: 0, hash: GENESIS_HASH };
}

/**
 * Seals what was logged since the last seal or checkpoint, then updates the checkpoint kept beside
 * the file: hourly while the app runs, and when a program closes the file, so that no tail is left
 * unsealed between runs. The seal is itself the record (a signed ledger entry); an access-log entry
 * about it would only leave a new unsealed tail. Nothing happens when the database is not open.
 */
export async function sealUnsealedTail(app: AppContext, reason: 'scheduled' | 'close'): Promise<{ seq: number; hash: string } | null> {
  const state = app.state();
  if (!state.ok) return null;
  // A file that no longer extends the checkpoint beside it was cut while this program held it
  // (nothing else should have): it is left as it is for verification to name, not sealed over.
  const reading = readCheckpointFile(app.databasePath);
  if (reading.state === 'found' && compareWithCheckpoint(state.database, reading.file)) return null;
  const now = app.clock.now();
  const sealed = await state.database.db.transaction().execute((trx) => sealAccessLog(app, trx, now, reason));
  if (sealed) writeCheckpointFile(app);
  return sealed;
}
