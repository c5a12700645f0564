import type { KeyObject } from 'node:crypto';
import { canonicalJson } from '../../shared/ledger/canonical.ts';
import {
  GENESIS_HASH,
  type LedgerBodies,
  type LedgerContent,
  type LedgerKind,
  type LedgerSignature,
  type SignatureRole,
} from '../../shared/ledger/types.ts';
import type { Db } from '../../db/connection.ts';
import { sha256Hex, signText } from '../crypto/signing.ts';

export interface Signer {
  role: SignatureRole;
  keyId: string;
  privateKey: KeyObject;
}

/** The entry hash covers the content and every signature, so the next entry seals both. */
/** (Typed loosely: verification hashes what a file holds, whatever it holds.) */
export function entryHash(content: object, signatures: readonly LedgerSignature[]): string {
  return sha256Hex(canonicalJson({ content, signatures }));
}

/** The bytes a `record` signature covers: the destruction record inside the body. */
export function recordText(content: LedgerContent): string {
  if (content.kind !== 'destruction') throw new Error('only a destruction has a record to sign');
  return canonicalJson((content as LedgerContent<'destruction'>).body.record);
}

export async function ledgerHead(db: Db): Promise<{ seq: number; hash: string }> {
  const last = await db.selectFrom('ledger_entries').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return last ?? { seq: 0, hash: GENESIS_HASH };
}

/**
 * Appends one entry in the caller's transaction: next sequence number, the previous entry's hash,
 * canonical content, the signers' signatures over it (plus any made earlier over the record).
 */
export async function appendLedgerEntry<K extends LedgerKind>(
  db: Db,
  entry: {
    kind: K;
    body: LedgerBodies[K];
    recordedAt: Date;
    serial?: string;
    signers: readonly Signer[];
    earlierSignatures?: readonly LedgerSignature[];
  },
): Promise<{ seq: number; hash: string; content: LedgerContent<K> }> {
  const head = await ledgerHead(db);
  const content: LedgerContent<K> = {
    v: 1,
    seq: head.seq + 1,
    kind: entry.kind,
    prevHash: head.hash,
    recordedAt: entry.recordedAt.toISOString(),
    body: entry.body,
  };
  const text = canonicalJson(content);
  const signatures: LedgerSignature[] = [
    ...(entry.earlierSignatures ?? []),
    ...entry.signers.map((signer) => ({
      role: signer.role,
      keyId: signer.keyId,
      signs: 'content' as const,
      signature: signText(signer.privateKey, text),
    })),
  ];
  const hash = entryHash(content, signatures);
  await db
    .insertInto('ledger_entries')
    .values({
      seq: content.seq,
      kind: content.kind,
      serial: entry.serial ?? null,
      content: text,
      signatures: canonicalJson(signatures),
      hash,
    })
    .execute();
  return { seq: content.seq, hash, content };
}
