import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SetupResult } from '../../../shared/accounts/contract.ts';
import type { LedgerContent, LedgerSignature } from '../../../shared/ledger/types.ts';
import { keyFilePathFor, keyFileProtector } from '../../../electron/crypto/secrets.ts';
import { keyIdOf, privateKeyToDer, signText, verifyText } from '../../../electron/crypto/signing.ts';
import { openInstallationKey, openUserKey } from '../../../electron/accounts/keys.ts';
import { verifyLedgerInFile } from '../../../electron/ledger/verification.ts';
import { newSession, type Session } from '../../../electron/session.ts';
import { CLINIC, OFFICER, createAccount, ok, type TestAccount } from '../../support/accounts.ts';
import { databaseOf, testApp, type TestApp } from '../../support/tempdb.ts';

// One history, built once (scrypt is slow), then inspected: setup, three accounts that replaced
// their temporary passwords, a password reset (guard) and a disabled account (inspector).

interface KeyRow {
  key_id: string;
  user_id: number | null;
  public_key: string;
  sealed_private_key: string;
  created_at: string;
  revoked_at: string | null;
}

interface Entry {
  seq: number;
  kind: string;
  content: LedgerContent;
  signatures: LedgerSignature[];
}

const GUARD_TEMP = 'Guard#Reset2026';

let t: TestApp;
let officer: Session;
let setup: SetupResult;
let clerk: TestAccount;
let guard: TestAccount;
let inspector: TestAccount;
let guardKeyBefore: string;
let resetAt: string;

const db = () => databaseOf(t.app).db;
const sqlite = () => databaseOf(t.app).sqlite;
const keysOf = (userId: number) =>
  sqlite().prepare('SELECT * FROM signing_keys WHERE user_id = ? ORDER BY created_at, rowid').all(userId) as KeyRow[];
const activeKeysOf = (userId: number) => keysOf(userId).filter((k) => k.revoked_at === null);
const keyById = (keyId: string) => sqlite().prepare('SELECT * FROM signing_keys WHERE key_id = ?').get(keyId) as KeyRow;

function ledger(): Entry[] {
  const rows = sqlite().prepare('SELECT seq, kind, content, signatures FROM ledger_entries ORDER BY seq').all() as Array<{
    seq: number;
    kind: string;
    content: string;
    signatures: string;
  }>;
  return rows.map((row) => ({
    seq: row.seq,
    kind: row.kind,
    content: JSON.parse(row.content) as LedgerContent,
    signatures: JSON.parse(row.signatures) as LedgerSignature[],
  }));
}

function entry(seq: number): Entry {
  const found = ledger().find((e) => e.seq === seq);
  if (!found) throw new Error(`no ledger entry ${seq}`);
  return found;
}

/** The content text a `content` signature covers, exactly as stored. */
const contentText = (seq: number) => sqlite().prepare('SELECT content FROM ledger_entries WHERE seq = ?').pluck().get(seq) as string;

beforeAll(async () => {
  t = testApp();
  officer = newSession('test');
  setup = await ok(t.app, officer, 'setup.run', { clinic: CLINIC, officer: OFFICER });
  clerk = await createAccount(t.app, officer, 'clerk', 'admin');
  guard = await createAccount(t.app, officer, 'guard', 'facilities');
  inspector = await createAccount(t.app, officer, 'inspector', 'auditor');
  guardKeyBefore = activeKeysOf(guard.id)[0]?.key_id ?? '';
  t.clock.advanceMinutes(3);
  resetAt = t.clock.now().toISOString();
  await ok(t.app, officer, 'users.resetPassword', { userId: guard.id, temporaryPassword: GUARD_TEMP, officerPassword: OFFICER.password });
  await ok(t.app, officer, 'users.disable', { userId: inspector.id, officerPassword: OFFICER.password });
});

afterAll(async () => {
  await t.close();
});

describe('signing keys', () => {
  it('every usable account has exactly one active key; a disabled one has none; the installation key belongs to no one', () => {
    for (const id of [1, clerk.id, guard.id]) expect(activeKeysOf(id), `user ${id}`).toHaveLength(1);
    expect(activeKeysOf(inspector.id)).toHaveLength(0);
    // The temporary key, then the one made with their own password (both revoked now).
    expect(keysOf(inspector.id)).toHaveLength(2);
    const unowned = sqlite().prepare('SELECT key_id FROM signing_keys WHERE user_id IS NULL').pluck().all();
    expect(unowned).toEqual([setup.installationKeyId]);
    expect(activeKeysOf(1)[0]?.key_id).toBe(setup.officerKeyId);
  });

  it('a key id is the fingerprint of its public key', () => {
    const rows = sqlite().prepare('SELECT key_id, public_key FROM signing_keys').all() as Array<{ key_id: string; public_key: string }>;
    // installation, officer; clerk, guard and inspector a temporary key and an own one each; guard's reset key.
    expect(rows).toHaveLength(9);
    for (const row of rows) expect(keyIdOf(row.public_key)).toBe(row.key_id);
  });

  it('stores private keys sealed: never in the clear, and only the owner’s password opens them', async () => {
    const accounts: Array<[number, string]> = [
      [1, OFFICER.password],
      [clerk.id, clerk.password],
      [guard.id, GUARD_TEMP],
    ];
    for (const [id, password] of accounts) {
      const row = activeKeysOf(id)[0];
      expect(row).toBeDefined();
      const sealed = row?.sealed_private_key ?? '';
      expect(sealed).not.toContain('BEGIN PRIVATE KEY');
      expect(JSON.parse(sealed)).toMatchObject({
        kind: 'password',
        kdf: 'scrypt',
        salt: expect.any(String),
        iv: expect.any(String),
        tag: expect.any(String),
      });
      expect(await openUserKey(db(), id, 'Wrong#Password1')).toBeNull();
      const opened = await openUserKey(db(), id, password);
      expect(opened?.keyId).toBe(row?.key_id);
      const der = opened ? privateKeyToDer(opened.privateKey) : Buffer.alloc(0);
      expect(der.length).toBeGreaterThan(0);
      expect(sealed).not.toContain(der.toString('base64'));
      expect(sealed).not.toContain(der.subarray(-32).toString('base64'));
    }
    // Another account's password does not open it either.
    expect(await openUserKey(db(), clerk.id, OFFICER.password)).toBeNull();
  });

  it('seals the installation key with the installation’s protector, not in the clear', async () => {
    const row = keyById(setup.installationKeyId);
    expect(JSON.parse(row.sealed_private_key)).toMatchObject({ kind: 'protector', protector: 'keyfile' });
    expect(row.sealed_private_key).not.toContain('BEGIN PRIVATE KEY');
    const opened = await openInstallationKey(db(), keyFileProtector(keyFilePathFor(t.dbPath)));
    expect(opened?.keyId).toBe(setup.installationKeyId);
    expect(row.sealed_private_key).not.toContain(opened ? privateKeyToDer(opened.privateKey).toString('base64') : 'no key');
  });

  it('the first own password makes a new key pair: the temporary key (the officer could open it) is revoked by the rotation', async () => {
    const registered = ledger().find((e) => e.kind === 'key.register' && (e.content.body as { userId?: number }).userId === clerk.id);
    expect(registered?.content.body).toMatchObject({ login: 'clerk', role: 'admin', reason: 'account.create' });
    const temporaryKeyId = (registered?.content.body as { keyId?: string } | undefined)?.keyId ?? '';
    const rotation = ledger().find((e) => e.kind === 'key.rotate' && (e.content.body as { userId?: number }).userId === clerk.id);
    expect(rotation?.content.body).toMatchObject({ login: 'clerk', previousKeyId: temporaryKeyId, reason: 'own.password' });
    const ownKeyId = (rotation?.content.body as { keyId?: string } | undefined)?.keyId;
    expect(ownKeyId).not.toBe(temporaryKeyId);
    expect(rotation?.signatures.map((s) => [s.role, s.keyId])).toEqual([
      ['holder', temporaryKeyId],
      ['self', ownKeyId],
    ]);
    expect(activeKeysOf(clerk.id).map((k) => k.key_id)).toEqual([ownKeyId]);
    expect(keyById(temporaryKeyId).revoked_at).not.toBeNull();
    expect((await openUserKey(db(), clerk.id, clerk.password))?.keyId).toBe(ownKeyId);
    expect(await openUserKey(db(), clerk.id, 'Temp#clerk2026')).toBeNull();
  });

  it('a later change of one’s own password keeps the key pair (only its owner ever held it), sealed under the new password', async () => {
    const before = activeKeysOf(clerk.id)[0]?.key_id;
    const next = 'Changed#clerk2027';
    await ok(t.app, clerk.session, 'auth.changePassword', { currentPassword: clerk.password, newPassword: next });
    expect(activeKeysOf(clerk.id).map((k) => k.key_id)).toEqual([before]);
    expect((await openUserKey(db(), clerk.id, next))?.keyId).toBe(before);
    expect(await openUserKey(db(), clerk.id, clerk.password)).toBeNull();
    await ok(t.app, clerk.session, 'auth.changePassword', { currentPassword: next, newPassword: clerk.password });
  });

  it('a signature made with a user’s key verifies with the public key registered for it, and with nothing else', async () => {
    const opened = await openUserKey(db(), clerk.id, clerk.password);
    expect(opened).not.toBeNull();
    const text = '{"record":"파기 확인","seq":42}';
    const signature = opened ? signText(opened.privateKey, text) : '';
    const mine = keyById(activeKeysOf(clerk.id)[0]?.key_id ?? '').public_key;
    const officers = keyById(setup.officerKeyId).public_key;
    expect(verifyText(mine, text, signature)).toBe(true);
    expect(verifyText(mine, text.replace('42', '43'), signature)).toBe(false);
    expect(verifyText(officers, text, signature)).toBe(false);
    expect(verifyText(mine, text, 'not a signature')).toBe(false);
  });
});

describe('keys in the ledger', () => {
  it('entry 1 registers the installation key, signed by itself; entry 2 the officer’s key, vouched for by the installation key', () => {
    const first = entry(1);
    expect(first).toMatchObject({
      kind: 'installation',
      content: { seq: 1, kind: 'installation', body: { keyId: setup.installationKeyId, clinicName: CLINIC.name } },
    });
    expect(first.signatures).toEqual([expect.objectContaining({ role: 'self', keyId: setup.installationKeyId, signs: 'content' })]);
    const installationPublic = keyById(setup.installationKeyId).public_key;
    expect(verifyText(installationPublic, contentText(1), first.signatures[0]?.signature ?? '')).toBe(true);

    const second = entry(2);
    expect(second).toMatchObject({
      kind: 'key.register',
      content: {
        seq: 2,
        prevHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        body: { keyId: setup.officerKeyId, userId: 1, role: 'officer', reason: 'setup' },
      },
    });
    expect(second.signatures).toEqual([expect.objectContaining({ role: 'registrar', keyId: setup.installationKeyId })]);
    expect(verifyText(installationPublic, contentText(2), second.signatures[0]?.signature ?? '')).toBe(true);
  });

  it('a password reset revokes the old key and registers a new one, both entries signed by the officer', async () => {
    const [current] = activeKeysOf(guard.id);
    expect(current?.key_id).toBeDefined();
    expect(current?.key_id).not.toBe(guardKeyBefore);
    expect(keyById(guardKeyBefore).revoked_at).toBe(resetAt);

    const guardEntries = ledger().filter((e) => (e.content.body as { userId?: number }).userId === guard.id);
    expect(
      guardEntries.map((e) => [e.kind, (e.content.body as { keyId: string }).keyId, (e.content.body as { reason: string }).reason]),
    ).toEqual([
      ['key.register', expect.any(String), 'account.create'],
      ['key.rotate', guardKeyBefore, 'own.password'],
      ['key.revoke', guardKeyBefore, 'password.reset'],
      ['key.register', current?.key_id, 'password.reset'],
    ]);
    const [, , revoke, register] = guardEntries;
    expect(register?.seq).toBe((revoke?.seq ?? 0) + 1);
    const officerPublic = keyById(setup.officerKeyId).public_key;
    for (const e of [revoke, register]) {
      expect(e?.signatures).toEqual([expect.objectContaining({ role: 'registrar', keyId: setup.officerKeyId, signs: 'content' })]);
      expect(verifyText(officerPublic, contentText(e?.seq ?? 0), e?.signatures[0]?.signature ?? '')).toBe(true);
    }
    // The new key opens with the temporary password; the old password opens nothing any more.
    expect((await openUserKey(db(), guard.id, GUARD_TEMP))?.keyId).toBe(current?.key_id);
    expect(await openUserKey(db(), guard.id, guard.password)).toBeNull();
  });

  it('disabling an account revokes its key in a ledger entry signed by the officer', () => {
    const key = keysOf(inspector.id).at(-1);
    expect(key?.revoked_at).not.toBeNull();
    const revoke = ledger().find((e) => e.kind === 'key.revoke' && (e.content.body as { userId?: number }).userId === inspector.id);
    expect(revoke).toMatchObject({ content: { body: { keyId: key?.key_id, reason: 'account.disabled' } } });
    expect(revoke?.signatures).toEqual([expect.objectContaining({ role: 'registrar', keyId: setup.officerKeyId })]);
  });

  it('the whole ledger verifies after all of it: 1 installation, 5 registrations, 3 rotations, 2 revocations, each call sealed', async () => {
    const keyEntries = ledger()
      .map((e) => e.kind)
      .filter((kind) => kind !== 'audit.seal');
    expect(keyEntries).toEqual([
      'installation',
      'key.register',
      'key.register',
      'key.rotate',
      'key.register',
      'key.rotate',
      'key.register',
      'key.rotate',
      'key.revoke',
      'key.register',
      'key.revoke',
    ]);
    const { report } = await verifyLedgerInFile(databaseOf(t.app));
    const entries = ledger().length;
    expect(report).toMatchObject({
      ok: true,
      chain: 'ledger',
      entries,
      head: { seq: entries },
      installationKeyId: setup.installationKeyId,
    });
  });
});
