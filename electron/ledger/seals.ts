import type { SealBody } from '../../shared/ledger/types.ts';
import type { Db } from '../../db/connection.ts';
import type { SecretProtector } from '../crypto/secrets.ts';
import { appendLedgerEntry } from './append.ts';
import { openInstallationKey } from '../accounts/keys.ts';

/**
 * Seals the access log's current head into the signed ledger with the installation key
 * (DESIGN.md: the access log is "periodically sealed"). Cutting rows from the log's tail after a
 * seal then fails verification. Returns null when there is nothing new to seal, or when this
 * program cannot open the installation key (the CLI on a database the app's key store protects).
 */
export async function sealAccessLog(
  db: Db,
  secrets: SecretProtector,
  now: Date,
  reason: SealBody['reason'],
): Promise<{ seq: number; hash: string } | null> {
  const head = await db.selectFrom('access_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  if (!head) return null;
  if (reason === 'daily' && !(await loggedSinceLastSeal(db))) return null;
  const key = await openInstallationKey(db, secrets).catch(() => null);
  if (!key) return null;
  const body: SealBody = { accessLog: { seq: head.seq, hash: head.hash }, reason };
  const entry = await appendLedgerEntry(db, {
    kind: 'audit.seal',
    body,
    recordedAt: now,
    signers: [{ role: 'seal', keyId: key.keyId, privateKey: key.privateKey }],
  });
  return { seq: entry.seq, hash: entry.hash };
}

type SealedHead = { ledgerSeq: number; seq: number; hash: string };

/** The access-log head a seal entry recorded; null for a damaged one (the ledger's verification reports it). */
function sealedHead(row: { seq: number; content: string }): SealedHead | null {
  try {
    const { body } = JSON.parse(row.content) as { body: SealBody };
    return { ledgerSeq: row.seq, seq: body.accessLog.seq, hash: body.accessLog.hash };
  } catch {
    return null;
  }
}

const sealEntries = (db: Db) => db.selectFrom('ledger_entries').select(['seq', 'content']).where('kind', '=', 'audit.seal');

/** The access-log heads sealed so far, read from the ledger's seal entries. */
export async function sealedHeads(db: Db): Promise<SealedHead[]> {
  const rows = await sealEntries(db).orderBy('seq').execute();
  return rows.flatMap((row) => sealedHead(row) ?? []);
}

/** Whether anything but the seals' own log entries was logged after the last sealed head. */
async function loggedSinceLastSeal(db: Db): Promise<boolean> {
  // Runs at every start-up and every night: read only the newest seal, not the whole history.
  const latest = await sealEntries(db).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const last = (latest && sealedHead(latest)?.seq) ?? 0;
  const newer = await db
    .selectFrom('access_log')
    .select('seq')
    .where('seq', '>', last)
    .where('method', '!=', 'audit.seal')
    .limit(1)
    .executeTakeFirst();
  return newer !== undefined;
}
