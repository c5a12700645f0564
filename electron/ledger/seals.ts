import type { AnyLedgerContent, SealBody } from '../../shared/ledger/types.ts';
import type { Db } from '../../db/connection.ts';
import type { SecretProtector } from '../crypto/secrets.ts';
import type { AccessAnchor } from './accessChain.ts';
import { appendLedgerEntry } from './append.ts';
import { openInstallationKey } from '../accounts/keys.ts';

/**
 * Seals the access log's current head into the signed ledger with the installation key: at setup,
 * after every call that added a ledger entry, at sign-out, and hourly by the scheduler. Cutting or
 * rewriting the log up to a sealed head then fails verification; what came after the last seal is
 * reported as unsealed. Returns null when there is nothing new to seal, or when this program cannot
 * open the installation key (the CLI on a database the app's key store protects).
 */
export async function sealAccessLog(
  db: Db,
  secrets: SecretProtector,
  now: Date,
  reason: SealBody['reason'],
): Promise<{ seq: number; hash: string } | null> {
  const head = await db.selectFrom('access_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  if (!head) return null;
  if ((reason === 'scheduled' || reason === 'daily') && (await lastSignedAccessSeq(db)) >= head.seq) return null;
  const key = await openInstallationKey(db, secrets).catch(() => null);
  if (!key) return null;
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

/** The newest access-log entry a seal or checkpoint covers (0 when none does). */
async function lastSignedAccessSeq(db: Db): Promise<number> {
  // Runs every hour: read only the newest signed head, not the whole history.
  const latest = await signedEntries(db).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return (latest && signedHead(latest)?.seq) ?? 0;
}
