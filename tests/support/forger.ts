import type { KeyObject } from 'node:crypto';
import { canonicalJson } from '../../shared/ledger/canonical.ts';
import { GENESIS_HASH, type AnyLedgerContent, type LedgerBodies, type LedgerSignature } from '../../shared/ledger/types.ts';
import { headText, type LedgerBundle } from '../../electron/ledger/bundle.ts';
import { entryHash } from '../../electron/ledger/append.ts';
import { issueKey, signText } from '../../electron/crypto/signing.ts';

/**
 * The attack the outside anchors exist for: someone who holds the installation key (and nothing
 * else) rebuilds the whole history. Every person's key is replaced by one the forger made, the key
 * registrations are rewritten to name them (the installation key vouches for the first officer, the
 * fake officer for everyone after), `edit` changes what the forger wants changed, and every entry is
 * signed, chained and hashed again; the head is signed with the genuine installation key. The
 * result is internally flawless and carries the clinic's genuine seal: only something kept outside
 * the file (a certificate's QR, a checkpoint another party holds) tells it apart.
 */
export function rebuildHistory(
  bundle: LedgerBundle,
  installation: { keyId: string; privateKey: KeyObject },
  edit: (content: AnyLedgerContent) => void,
): LedgerBundle {
  const replaced = new Map<string, { keyId: string; publicKey: string; privateKey: KeyObject }>();
  const forgedFor = (keyId: string, publicKey: string) => {
    const forged = issueKey();
    replaced.set(keyId, forged);
    return { from: { keyId, publicKey }, to: forged };
  };
  // Every person key the history registers, with the texts to swap in wherever it is named.
  const swaps: Array<[string, string]> = [];
  for (const entry of bundle.entries) {
    const content = JSON.parse(entry.content) as AnyLedgerContent;
    if (content.kind === 'key.register' || content.kind === 'key.rotate') {
      const body = content.body as LedgerBodies['key.register'] | LedgerBodies['key.rotate'];
      const { from, to } = forgedFor(body.keyId, body.publicKey);
      swaps.push([from.keyId, to.keyId], [from.publicKey, to.publicKey]);
    }
  }
  let previous = GENESIS_HASH;
  // Entries that name an earlier entry by its hash (a correction, a processor's confirmation) are re-pointed too.
  const rehashed: Array<[string, string]> = [];
  const entries = bundle.entries.map((entry) => {
    let text = entry.content;
    for (const [from, to] of [...swaps, ...rehashed]) text = text.replaceAll(from, to);
    const content = JSON.parse(text) as AnyLedgerContent;
    content.prevHash = previous;
    edit(content);
    const contentText = canonicalJson(content);
    const signatures = (JSON.parse(entry.signatures) as LedgerSignature[]).map((signature) => {
      const signer = signature.keyId === installation.keyId ? installation : replaced.get(signature.keyId);
      if (!signer) throw new Error(`the forger holds no key for ${signature.keyId}`);
      const bytes = signature.signs === 'record' ? canonicalJson((content as { body: { record: unknown } }).body.record) : contentText;
      return { ...signature, keyId: signer.keyId, signature: signText(signer.privateKey, bytes) };
    });
    const hash = entryHash(content, signatures);
    rehashed.push([entry.hash, hash]);
    previous = hash;
    return { ...entry, content: contentText, signatures: canonicalJson(signatures), hash };
  });
  const last = entries.at(-1);
  if (!last) throw new Error('nothing to rebuild');
  return {
    ...bundle,
    entries,
    head: { seq: last.seq, hash: last.hash, keyId: installation.keyId, signature: signText(installation.privateKey, headText(last)) },
  };
}
