import { createPrivateKey, createPublicKey, createHash, type KeyObject } from 'node:crypto';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../db/connection.ts';
import { canonicalJson } from '../../shared/ledger/canonical.ts';
import { qrPayload } from '../../shared/ledger/anchors.ts';
import { formatFingerprint } from '../../shared/ledger/fingerprint.ts';
import type { DestructionRecord, LedgerKind, LedgerSignature, SignerInfo } from '../../shared/ledger/types.ts';
import { GENESIS_HASH } from '../../shared/ledger/types.ts';
import { accessEntryHash, accessEntryMac, accessEntryText, type AccessEntry } from '../../electron/ledger/accessChain.ts';
import { appendLedgerEntry, type Signer } from '../../electron/ledger/append.ts';
import { attachmentManifest, buildBundle, headerDigest, headText, serializeBundle } from '../../electron/ledger/bundle.ts';
import { keyIdOf, signText } from '../../electron/crypto/signing.ts';
import { tempDir } from '../support/tempdb.ts';

/**
 * The test vectors of docs/ledger-format.md: a small ledger (an installation, the officer's key,
 * a clerk's temporary key and its replacement, a seal of a three-entry access log, one signed
 * destruction and the export checkpoint) written by the app's own code with keys made from fixed
 * seeds and fixed times, so the bytes are the same on every run. `npm run vectors` writes them to
 * docs/ledger-vectors/; a unit test checks that the files are what the code writes today, and
 * verifies them with a verifier written from the document alone.
 */

/** An Ed25519 key from a 32-byte seed (RFC 8032): the seed is SHA-256 of a label. */
function seededKey(label: string): { keyId: string; publicKey: string; privateKey: KeyObject; seedHex: string } {
  const seed = createHash('sha256').update(`retention-desk test vector: ${label}`).digest();
  const privateKey = createPrivateKey({
    key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const x = createPublicKey(privateKey).export({ format: 'jwk' }).x ?? '';
  const publicKey = Buffer.from(x, 'base64url').toString('base64');
  return { keyId: keyIdOf(publicKey), publicKey, privateKey, seedHex: seed.toString('hex') };
}

const CLINIC = { name: '시험 한의원', businessNumber: '124-81-00998' };
const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 0, minute, 0));

export interface Vectors {
  bundle: string;
  accessLog: string;
  expected: string;
}

const signer = (role: Signer['role'], key: { keyId: string; privateKey: KeyObject }): Signer => ({
  role,
  keyId: key.keyId,
  privateKey: key.privateKey,
});

export async function buildVectors(): Promise<Vectors> {
  const installation = seededKey('installation');
  const officer = seededKey('officer');
  const temporary = seededKey('clerk, temporary password');
  const clerk = seededKey('clerk, own password');
  const officerInfo: SignerInfo = { userId: 1, login: 'director', name: '김서연', title: '원장', keyId: officer.keyId };
  const clerkInfo: SignerInfo = { userId: 2, login: 'clerk', name: '이하은', title: '행정실장', keyId: clerk.keyId };

  const { dir, cleanup } = tempDir('retention-desk-vectors-');
  const opened = openDatabase(join(dir, 'vectors.db'));
  if (!opened.ok) throw new Error('could not open a database for the vectors');
  const { db } = opened.database;
  try {
    const append = <K extends LedgerKind>(entry: Parameters<typeof appendLedgerEntry<K>>[1]) => appendLedgerEntry(db, entry);
    await append({
      kind: 'installation',
      body: {
        installationId: '00000000-0000-4000-8000-000000000001',
        keyId: installation.keyId,
        publicKey: installation.publicKey,
        clinicName: CLINIC.name,
      },
      recordedAt: at(0),
      signers: [signer('self', installation)],
    });
    await append({
      kind: 'key.register',
      body: {
        keyId: officer.keyId,
        publicKey: officer.publicKey,
        userId: 1,
        login: 'director',
        name: '김서연',
        role: 'officer',
        reason: 'setup',
      },
      recordedAt: at(0),
      signers: [signer('registrar', installation)],
    });
    await append({
      kind: 'key.register',
      body: {
        keyId: temporary.keyId,
        publicKey: temporary.publicKey,
        userId: 2,
        login: 'clerk',
        name: '이하은',
        role: 'admin',
        reason: 'account.create',
      },
      recordedAt: at(5),
      signers: [signer('registrar', officer)],
    });
    await append({
      kind: 'key.rotate',
      body: {
        userId: 2,
        login: 'clerk',
        name: '이하은',
        role: 'admin',
        previousKeyId: temporary.keyId,
        keyId: clerk.keyId,
        publicKey: clerk.publicKey,
        reason: 'own.password',
      },
      recordedAt: at(10),
      signers: [signer('holder', temporary), signer('self', clerk)],
    });

    // The access log: three entries, chained and keyed under a fixed MAC key.
    const macKey = createHash('sha256').update('retention-desk test vector: access-log key').digest();
    const accessEntries: AccessEntry[] = [
      {
        at: at(0).toISOString(),
        userId: null,
        kind: 'change',
        method: 'setup.run',
        targets: ['user:1'],
        result: 'ok',
        terminal: 'app@CLINIC-PC',
      },
      {
        at: at(6).toISOString(),
        userId: null,
        kind: 'auth',
        method: 'auth.signIn',
        targets: [],
        result: 'UNAUTHENTICATED',
        terminal: 'app@CLINIC-PC',
      },
      {
        at: at(11).toISOString(),
        userId: 2,
        kind: 'read',
        method: 'register.list',
        targets: ['pi_file:7', 'policy:2'],
        result: 'ok',
        terminal: 'app@CLINIC-PC',
      },
    ];
    let previous = GENESIS_HASH;
    const accessLog = accessEntries.map((entry, index) => {
      const seq = index + 1;
      const targets = JSON.stringify(entry.targets);
      const text = accessEntryText(seq, entry, targets, previous);
      const hash = accessEntryHash(text);
      const row = { seq, ...entry, prevHash: previous, text, hash, mac: accessEntryMac(macKey, hash) };
      previous = hash;
      return row;
    });
    const accessHead = { seq: accessLog.length, hash: previous };
    await append({
      kind: 'audit.seal',
      body: { accessLog: accessHead, reason: 'entry' },
      recordedAt: at(12),
      signers: [signer('seal', installation)],
    });

    const photo = Buffer.from('파기 사진(시험용 바이트)', 'utf8');
    const attachment = {
      id: '00000000-0000-4000-8000-0000000000a1',
      kind: 'photo',
      fileName: '세단_사진.png',
      mime: 'image/png',
      size: photo.length,
      sha256: createHash('sha256').update(photo).digest('hex'),
    };
    const record: DestructionRecord = {
      serial: '2026-0001',
      requestId: 1,
      clinic: CLINIC,
      files: [
        {
          fileId: 7,
          name: '2019년 진료 예약 기록',
          items: '이름·연락처·예약일시',
          mediaKind: 'paper',
          mediaKindLabel: '종이 문서',
          location: '행정실 문서고',
          createdOn: '2019-01-02',
          countBefore: 412,
          countDestroyed: 412,
          countAfter: 0,
          policy: { name: '예약 기록', ruleText: '예약일부터 5년', basis: '의료법 시행규칙 제15조' },
          retentionEnds: '2024-12-31',
          destroyBy: '2025-01-05',
          recordIdsDigest: createHash('sha256').update('7:1,7:2').digest('hex'),
        },
      ],
      method: 'paper_shred',
      methodLabel: '파쇄',
      methodBasis: '개인정보 보호법 시행령 제16조 제1항 제2호',
      reason: 'retention_expired',
      reasonLabel: '보유기간 경과',
      place: '행정실 (문서 세단기)',
      note: '',
      requestedAt: at(15).toISOString(),
      requestedBy: { userId: 2, name: '이하은' },
      performedOn: '2026-11-24',
      performedAt: at(20).toISOString(),
      performer: clerkInfo,
      attachments: [attachment],
    };
    const performerSignature: LedgerSignature = {
      role: 'performer',
      keyId: clerk.keyId,
      signs: 'record',
      signature: signText(clerk.privateKey, canonicalJson(record)),
    };
    await append({
      kind: 'destruction',
      serial: '2026-0001',
      body: {
        serial: '2026-0001',
        record,
        approval: { approver: officerInfo, approvedOn: '2026-11-24', approvedAt: at(30).toISOString() },
        requireDistinctSigners: true,
      },
      recordedAt: at(30),
      earlierSignatures: [performerSignature],
      signers: [signer('approver', officer)],
    });

    const exportedAt = at(40);
    const header = { exportedAt: exportedAt.toISOString(), clinic: CLINIC, attachments: attachmentManifest([attachment]) };
    await append({
      kind: 'checkpoint',
      body: { purpose: 'export', accessLog: accessHead, subject: headerDigest(header), signer: officerInfo },
      recordedAt: exportedAt,
      signers: [signer('witness', officer)],
    });

    const rows = await rowsOf(db);
    const bundle = buildBundle({ rows, header, installationKey: installation });
    const destruction = rows.find((row) => row.serial === '2026-0001');
    const expected = {
      about: 'Expected values for docs/ledger-vectors/bundle.json and access-log.json; see docs/ledger-format.md.',
      keys: Object.fromEntries(
        Object.entries({ installation, officer, temporary, clerk }).map(([name, key]) => [
          name,
          { ed25519SeedHex: key.seedHex, publicKey: key.publicKey, keyId: key.keyId, fingerprint: formatFingerprint(key.keyId) },
        ]),
      ),
      entries: rows.map((row) => ({
        seq: row.seq,
        kind: row.kind,
        contentSha256: createHash('sha256').update(row.content, 'utf8').digest('hex'),
        hash: row.hash,
      })),
      recordSha256: createHash('sha256').update(canonicalJson(record), 'utf8').digest('hex'),
      headerDigest: headerDigest(header),
      headText: headText({ seq: bundle.head?.seq ?? 0, hash: bundle.head?.hash ?? '' }),
      certificateQr: qrPayload('2026-0001', destruction?.hash ?? ''),
      bundleSha256: createHash('sha256').update(serializeBundle(bundle), 'utf8').digest('hex'),
      accessLog: {
        macKeyHex: macKey.toString('hex'),
        entries: accessLog.map(({ seq, text, hash, mac }) => ({ seq, text, hash, mac })),
      },
    };
    const accessRows = accessLog.map(({ seq, at: when, userId, kind, method, targets, result, terminal, prevHash, hash, mac }) => ({
      seq,
      at: when,
      user_id: userId,
      kind,
      method,
      targets: JSON.stringify(targets),
      result,
      terminal,
      prev_hash: prevHash,
      hash,
      mac,
    }));
    return {
      bundle: serializeBundle(bundle),
      accessLog: `${JSON.stringify(accessRows, null, 2)}\n`,
      expected: `${JSON.stringify(expected, null, 2)}\n`,
    };
  } finally {
    await opened.database.close();
    cleanup();
  }
}

async function rowsOf(db: Db) {
  return db.selectFrom('ledger_entries').select(['seq', 'kind', 'serial', 'content', 'signatures', 'hash']).orderBy('seq').execute();
}

export const VECTOR_FILES = { bundle: 'bundle.json', accessLog: 'access-log.json', expected: 'expected.json' } as const;
