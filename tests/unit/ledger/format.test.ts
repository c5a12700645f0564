import { createHash, createHmac, createPrivateKey, createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { verifyBundle } from '../../../electron/ledger/bundle.ts';
import { VECTOR_FILES, buildVectors } from '../../vectors/build.ts';

// docs/ledger-format.md and its test vectors. The files in docs/ledger-vectors/ must be what the
// code writes today, and a verifier written from the document alone — node:crypto and an RFC 8785
// library, nothing of this project — must accept them, reproduce every expected value, and refuse
// the same tampered bundles the app refuses.

const DOCS = join(import.meta.dirname, '../../../docs');
const read = (file: string) => readFileSync(join(DOCS, 'ledger-vectors', file), 'utf8');

interface Expected {
  keys: Record<string, { ed25519SeedHex: string; publicKey: string; keyId: string; fingerprint: string }>;
  entries: Array<{ seq: number; kind: string; contentSha256: string; hash: string }>;
  recordSha256: string;
  headerDigest: string;
  headText: string;
  certificateQr: string;
  bundleSha256: string;
  accessLog: { macKeyHex: string; entries: Array<{ seq: number; text: string; hash: string; mac: string }> };
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const jcs = (value: unknown): string => {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('not JSON');
  return text;
};

// ── The independent verifier: each step is a numbered rule of docs/ledger-format.md. ──

/** §6: which roles sign each kind, and over which bytes. */
const SCOPES: Record<string, Record<string, 'content' | 'record'>> = {
  installation: { self: 'content' },
  'installation.rotate': { registrar: 'content', self: 'content' },
  'key.register': { registrar: 'content' },
  'key.revoke': { registrar: 'content' },
  'key.rotate': { holder: 'content', self: 'content' },
  destruction: { performer: 'record', approver: 'content' },
  'destruction.correction': { approver: 'content' },
  'destruction.cancelled': { witness: 'content' },
  'audit.seal': { seal: 'content' },
  checkpoint: { witness: 'content' },
  'policy.signers': { registrar: 'content' },
  'cctv.month': { witness: 'content' },
};

interface Key {
  publicKey: string;
  installation: boolean;
  temporary: boolean;
  revoked: boolean;
  userId: number | null;
}

type Body = Record<string, unknown> & { record?: Record<string, unknown> };

const fail = (rule: string) => ({ ok: false as const, rule });

function independentVerify(text: string): { ok: true; head: { seq: number; hash: string } } | { ok: false; rule: string } {
  let bundle: Record<string, unknown>;
  try {
    bundle = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(text, 'utf8'))) as Record<string, unknown>;
  } catch {
    return fail('§9.1 UTF-8 JSON');
  }
  if (`${jcs(bundle)}\n` !== text) return fail('§9.1 canonical');
  if (jcs(Object.keys(bundle).sort()) !== jcs(['attachments', 'clinic', 'entries', 'exportedAt', 'format', 'head', 'version']))
    return fail('§9.1 fields');
  if (bundle.format !== 'retention-desk.ledger-bundle' || bundle.version !== 2) return fail('§9.1 format');
  const entries = bundle.entries as Array<{
    seq: number;
    kind: string;
    serial: string | null;
    content: string;
    signatures: string;
    hash: string;
  }>;
  const keys = new Map<string, Key>();
  let installationKeyId: string | null = null;
  let previous = '0'.repeat(64);
  for (const [index, entry] of entries.entries()) {
    // §4: sequence, canonical texts, chain, hash.
    if (entry.seq !== index + 1) return fail('§4 seq');
    const content = JSON.parse(entry.content) as { v: number; seq: number; kind: string; prevHash: string; recordedAt: string; body: Body };
    const signatures = JSON.parse(entry.signatures) as Array<{ role: string; keyId: string; signs: string; signature: string }>;
    if (jcs(content) !== entry.content || jcs(signatures) !== entry.signatures) return fail('§4 canonical');
    if (content.v !== 1 || content.seq !== entry.seq || content.kind !== entry.kind || content.prevHash !== previous)
      return fail('§4 chain');
    if ((content.body.serial ?? null) !== entry.serial) return fail('§4 serial');
    if (sha256(`{"content":${entry.content},"signatures":${entry.signatures}}`) !== entry.hash) return fail('§4 hash');
    // §5: key ids, registrations.
    const body = content.body;
    if (content.kind === 'installation') {
      if (entry.seq !== 1) return fail('§5 installation first');
      keys.set(body.keyId as string, {
        publicKey: body.publicKey as string,
        installation: true,
        temporary: false,
        revoked: false,
        userId: null,
      });
      installationKeyId = body.keyId as string;
    }
    if (content.kind === 'key.register' || content.kind === 'key.rotate') {
      const temporary = body.reason === 'account.create' || body.reason === 'password.reset';
      keys.set(body.keyId as string, {
        publicKey: body.publicKey as string,
        installation: false,
        temporary,
        revoked: false,
        userId: body.userId as number,
      });
    }
    for (const [keyId, key] of keys) {
      if (createHash('sha256').update(Buffer.from(key.publicKey, 'base64')).digest('hex').slice(0, 32) !== keyId) return fail('§3 key id');
    }
    // §6: exactly the kind's signatures, each valid over its bytes, by a key that may sign.
    const scopes = SCOPES[content.kind];
    if (!scopes || signatures.length !== Object.keys(scopes).length) return fail('§6 signature set');
    for (const signature of signatures) {
      if (scopes[signature.role] !== signature.signs) return fail('§6 scope');
      const key = keys.get(signature.keyId);
      if (!key || key.revoked) return fail('§6 key');
      const person =
        ['performer', 'approver', 'witness'].includes(signature.role) || (signature.role === 'registrar' && body.reason !== 'setup');
      if (person && (key.installation || key.temporary)) return fail('§6 person');
      const bytes = signature.signs === 'record' ? jcs(body.record) : entry.content;
      const publicKey = createPublicKey({
        key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(key.publicKey, 'base64').toString('base64url') },
        format: 'jwk',
      });
      if (!verify(null, Buffer.from(bytes, 'utf8'), publicKey, Buffer.from(signature.signature, 'base64'))) return fail('§6 signature');
    }
    if (content.kind === 'key.rotate') {
      const replaced = keys.get(body.previousKeyId as string);
      if (replaced) replaced.revoked = true;
    }
    if (content.kind === 'destruction' && body.record?.serial !== body.serial) return fail('§7 record serial');
    previous = entry.hash;
  }
  // §9.3–9.5: the export checkpoint over the header, the head by the installation key.
  const last = entries.at(-1);
  if (!last) return fail('§9 empty');
  const lastContent = JSON.parse(last.content) as { kind: string; recordedAt: string; body: { purpose: string; subject: string } };
  const header = {
    attachments: bundle.attachments,
    clinic: bundle.clinic,
    exportedAt: bundle.exportedAt,
    format: bundle.format,
    version: bundle.version,
  };
  if (lastContent.kind !== 'checkpoint' || lastContent.body.purpose !== 'export') return fail('§9.3 export checkpoint');
  if (lastContent.body.subject !== sha256(jcs(header)) || lastContent.recordedAt !== bundle.exportedAt) return fail('§9.3 header');
  const head = bundle.head as { seq: number; hash: string; keyId: string; signature: string } | null;
  if (!head || head.keyId !== installationKeyId || head.seq !== last.seq || head.hash !== last.hash) return fail('§9.4 head');
  const installation = keys.get(head.keyId) as Key;
  const publicKey = createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(installation.publicKey, 'base64').toString('base64url') },
    format: 'jwk',
  });
  const headBytes = jcs({ format: bundle.format, hash: head.hash, seq: head.seq, version: bundle.version });
  if (!verify(null, Buffer.from(headBytes, 'utf8'), publicKey, Buffer.from(head.signature, 'base64'))) return fail('§9.4 head signature');
  return { ok: true, head: { seq: head.seq, hash: head.hash } };
}

describe('docs/ledger-format.md’s test vectors', () => {
  it('are exactly what the code writes today (run `npm run vectors` after a deliberate change of format)', async () => {
    const vectors = await buildVectors();
    for (const [name, file] of Object.entries(VECTOR_FILES)) expect(read(file), file).toBe(vectors[name as keyof typeof VECTOR_FILES]);
  });

  it('verify with a verifier written from the document alone, reproducing every expected value', () => {
    const bundle = read('bundle.json');
    const expected = JSON.parse(read('expected.json')) as Expected;
    const parsed = JSON.parse(bundle) as { entries: Array<{ seq: number; kind: string; content: string; hash: string }> };
    expect(independentVerify(bundle)).toEqual({ ok: true, head: { seq: 7, hash: expected.entries.at(-1)?.hash } });
    expect(sha256(bundle)).toBe(expected.bundleSha256);
    expect(parsed.entries.map((e) => ({ seq: e.seq, kind: e.kind, contentSha256: sha256(e.content), hash: e.hash }))).toEqual(
      expected.entries,
    );
    const destruction = JSON.parse(parsed.entries.find((e) => e.kind === 'destruction')?.content ?? '{}') as { body: { record: unknown } };
    expect(sha256(jcs(destruction.body.record))).toBe(expected.recordSha256);
    for (const key of Object.values(expected.keys)) {
      const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.from(key.ed25519SeedHex, 'hex')]);
      const raw = createPublicKey(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })).export({ format: 'jwk' }).x ?? '';
      expect(Buffer.from(raw, 'base64url').toString('base64')).toBe(key.publicKey);
      expect(key.fingerprint.replaceAll(' ', '')).toBe(key.keyId);
    }
    // §8: the access log's text, hash and MAC.
    const macKey = Buffer.from(expected.accessLog.macKeyHex, 'hex');
    const rows = JSON.parse(read('access-log.json')) as Array<
      Record<string, unknown> & { targets: string; prev_hash: string; hash: string; mac: string }
    >;
    let previous = '0'.repeat(64);
    for (const [index, row] of rows.entries()) {
      const text = jcs({
        at: row.at,
        kind: row.kind,
        method: row.method,
        prevHash: row.prev_hash,
        result: row.result,
        seq: row.seq,
        targets: JSON.parse(row.targets) as unknown,
        terminal: row.terminal,
        userId: row.user_id,
      });
      expect(row.prev_hash).toBe(previous);
      expect(text).toBe(expected.accessLog.entries[index]?.text);
      expect(sha256(text)).toBe(row.hash);
      expect(createHmac('sha256', macKey).update(row.hash, 'utf8').digest('hex')).toBe(row.mac);
      previous = row.hash;
    }
  });

  it('are accepted by the app’s own verifier with the seal and the certificate’s QR as anchors', () => {
    const expected = JSON.parse(read('expected.json')) as Expected;
    const [serial, hash] = expected.certificateQr.split('|').slice(1) as [string, string];
    expect(
      verifyBundle(read('bundle.json'), {
        anchors: {
          fingerprints: [expected.keys.installation?.keyId ?? ''],
          entries: [{ serial, hash }],
          notBefore: '2026-11-24T00:40:00.000Z',
        },
      }),
    ).toMatchObject({ ok: true, entries: 7, signedHead: true, unproven: [] });
  });

  it.each([
    ['a signed value changed', (text: string) => text.replace('\\"place\\":\\"행정실 (문서 세단기)\\"', '\\"place\\":\\"외부 업체\\"')],
    ['the head removed', (text: string) => text.replace(/"head":\{[^}]*\}/, '"head":null')],
    [
      'the export time moved',
      (text: string) => text.replace('"exportedAt":"2026-11-24T00:40:00.000Z"', '"exportedAt":"2026-11-25T00:40:00.000Z"'),
    ],
    ['a field added', (text: string) => text.replace('{"attachments"', '{"approved":true,"attachments"')],
  ])('are refused by both verifiers when tampered with: %s', (_what, tamper) => {
    const tampered = tamper(read('bundle.json'));
    expect(tampered).not.toBe(read('bundle.json'));
    expect(independentVerify(tampered).ok).toBe(false);
    expect(verifyBundle(tampered).ok).toBe(false);
  });
});

describe('docs/ledger-format.md', () => {
  it('names every failure code a verifier of this program can report', () => {
    const doc = readFileSync(join(DOCS, 'ledger-format.md'), 'utf8');
    const sources = ['verify.ts', 'bundle.ts', 'accessChain.ts', 'verification.ts'].map((file) =>
      readFileSync(join(import.meta.dirname, '../../../electron/ledger', file), 'utf8'),
    );
    const codes = new Set(sources.flatMap((source) => [...source.matchAll(/'([A-Z][A-Z_]{3,})'/g)].map((match) => match[1] ?? '')));
    expect(codes.size).toBeGreaterThan(40);
    expect([...codes].filter((code) => !doc.includes(`\`${code}\``))).toEqual([]);
  });
});
