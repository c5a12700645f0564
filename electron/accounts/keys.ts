import { randomUUID, type KeyObject } from 'node:crypto';
import type { KeyRegisterBody, KeyRevokeBody, SignerInfo } from '../../shared/ledger/types.ts';
import type { Db } from '../../db/connection.ts';
import { SCRYPT_PARAMS, weakerThan, type ScryptParams } from '../crypto/scrypt.ts';
import type { SecretProtector } from '../crypto/secrets.ts';
import {
  issueKey,
  openWithPassword,
  privateKeyFromDer,
  privateKeyToDer,
  sealWithPassword,
  type IssuedKey,
  type PasswordSealed,
} from '../crypto/signing.ts';
import { appendLedgerEntry, type Signer } from '../ledger/append.ts';

export interface UnlockedKey {
  keyId: string;
  privateKey: KeyObject;
}

interface SealedByProtector {
  kind: 'protector';
  protector: string;
  data: string;
}

async function storeInstallationKey(db: Db, protector: SecretProtector, key: IssuedKey, now: Date): Promise<void> {
  const sealed: SealedByProtector = { kind: 'protector', protector: protector.kind, data: protector.seal(privateKeyToDer(key.privateKey)) };
  await db
    .insertInto('signing_keys')
    .values({
      key_id: key.keyId,
      user_id: null,
      public_key: key.publicKey,
      sealed_private_key: JSON.stringify(sealed),
      created_at: now.toISOString(),
      revoked_at: null,
    })
    .execute();
  await db
    .insertInto('meta')
    .values({ key: 'installation_key_id', value: key.keyId })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: key.keyId }))
    .execute();
}

/**
 * The installation's own key: created once at setup, sealed by the protector (OS key store in the
 * app), registered by the first ledger entry, which it signs itself. Its fingerprint is the seal
 * printed on every certificate.
 */
export async function createInstallationKey(db: Db, protector: SecretProtector, now: Date, clinicName: string): Promise<UnlockedKey> {
  const key = issueKey();
  await storeInstallationKey(db, protector, key, now);
  await appendLedgerEntry(db, {
    kind: 'installation',
    body: { installationId: randomUUID(), keyId: key.keyId, publicKey: key.publicKey, clinicName },
    recordedAt: now,
    signers: [{ role: 'self', keyId: key.keyId, privateKey: key.privateKey }],
  });
  return { keyId: key.keyId, privateKey: key.privateKey };
}

/**
 * A new installation key, for a PC whose key store cannot open the old one (or when the old one may
 * have leaked): the officer signs it in with their own key, the new key signs itself, the old one is
 * revoked from this entry on. Certificates printed from now on carry the new seal.
 */
export async function rotateInstallationKey(
  db: Db,
  protector: SecretProtector,
  options: { officer: UnlockedKey & { signer: SignerInfo }; reason: string; now: Date },
): Promise<{ keyId: string; previousKeyId: string }> {
  const previousKeyId = await installationKeyId(db);
  if (!previousKeyId) throw new Error('no installation key to replace');
  const key = issueKey();
  await db.updateTable('signing_keys').set({ revoked_at: options.now.toISOString() }).where('key_id', '=', previousKeyId).execute();
  await storeInstallationKey(db, protector, key, options.now);
  await appendLedgerEntry(db, {
    kind: 'installation.rotate',
    body: { previousKeyId, keyId: key.keyId, publicKey: key.publicKey, reason: options.reason, officer: options.officer.signer },
    recordedAt: options.now,
    signers: [
      { role: 'registrar', keyId: options.officer.keyId, privateKey: options.officer.privateKey },
      { role: 'self', keyId: key.keyId, privateKey: key.privateKey },
    ],
  });
  return { keyId: key.keyId, previousKeyId };
}

export async function installationKeyId(db: Db): Promise<string | null> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', 'installation_key_id').executeTakeFirst();
  return row?.value ?? null;
}

/** Opens the installation key for unattended signing; `null` where its protector is not available. */
export async function openInstallationKey(db: Db, protector: SecretProtector): Promise<UnlockedKey | null> {
  const keyId = await installationKeyId(db);
  if (!keyId) return null;
  const row = await db.selectFrom('signing_keys').select('sealed_private_key').where('key_id', '=', keyId).executeTakeFirstOrThrow();
  const sealed = JSON.parse(row.sealed_private_key) as SealedByProtector;
  if (sealed.protector !== protector.kind) return null;
  return { keyId, privateKey: privateKeyFromDer(protector.open(sealed.data)) };
}

export async function activeKeyOf(db: Db, userId: number) {
  return db.selectFrom('signing_keys').selectAll().where('user_id', '=', userId).where('revoked_at', 'is', null).executeTakeFirst();
}

/** A user's own key, opened with their password; `null` if the password does not open it. */
export async function openUserKey(db: Db, userId: number, password: string): Promise<UnlockedKey | null> {
  const row = await activeKeyOf(db, userId);
  if (!row) return null;
  const privateKey = await openWithPassword(JSON.parse(row.sealed_private_key) as PasswordSealed, password);
  return privateKey ? { keyId: row.key_id, privateKey } : null;
}

async function storeUserKey(db: Db, userId: number, key: IssuedKey, password: string, now: Date, cost: ScryptParams): Promise<void> {
  await db
    .insertInto('signing_keys')
    .values({
      key_id: key.keyId,
      user_id: userId,
      public_key: key.publicKey,
      sealed_private_key: JSON.stringify(await sealWithPassword(key.privateKey, password, cost)),
      created_at: now.toISOString(),
      revoked_at: null,
    })
    .execute();
}

/**
 * Issues a new key pair for an account, sealed under its password, and registers it in the ledger
 * with the registrar's signature (the installation key at setup, otherwise the officer). A key made
 * for a temporary password (account.create, password.reset) may only sign its own replacement.
 */
export async function issueUserKey(
  db: Db,
  options: {
    user: Pick<KeyRegisterBody, 'userId' | 'login' | 'name' | 'role'>;
    password: string;
    reason: KeyRegisterBody['reason'];
    registrar: UnlockedKey;
    now: Date;
    cost?: ScryptParams;
  },
): Promise<string> {
  const key = issueKey();
  await storeUserKey(db, options.user.userId, key, options.password, options.now, options.cost ?? SCRYPT_PARAMS);
  const body: KeyRegisterBody = { keyId: key.keyId, publicKey: key.publicKey, reason: options.reason, ...options.user };
  await appendLedgerEntry(db, {
    kind: 'key.register',
    body,
    recordedAt: options.now,
    signers: [registrarSigner(options.registrar)],
  });
  return key.keyId;
}

/**
 * A person's first own password: a new key pair that nobody else ever held (the temporary one
 * could be opened by the officer who chose the temporary password). The old key consents as
 * `holder`, the new key signs itself, and the old one is revoked in the same entry.
 */
export async function rotateToOwnKey(
  db: Db,
  options: {
    user: Pick<KeyRegisterBody, 'userId' | 'login' | 'name' | 'role'>;
    current: UnlockedKey;
    password: string;
    now: Date;
    cost?: ScryptParams;
  },
): Promise<string> {
  const key = issueKey();
  await db.updateTable('signing_keys').set({ revoked_at: options.now.toISOString() }).where('key_id', '=', options.current.keyId).execute();
  await storeUserKey(db, options.user.userId, key, options.password, options.now, options.cost ?? SCRYPT_PARAMS);
  await appendLedgerEntry(db, {
    kind: 'key.rotate',
    body: { ...options.user, previousKeyId: options.current.keyId, keyId: key.keyId, publicKey: key.publicKey, reason: 'own.password' },
    recordedAt: options.now,
    signers: [
      { role: 'holder', keyId: options.current.keyId, privateKey: options.current.privateKey },
      { role: 'self', keyId: key.keyId, privateKey: key.privateKey },
    ],
  });
  return key.keyId;
}

export async function revokeUserKey(
  db: Db,
  options: { userId: number; reason: KeyRevokeBody['reason']; registrar: UnlockedKey; now: Date },
): Promise<void> {
  const row = await activeKeyOf(db, options.userId);
  if (!row) return;
  await db.updateTable('signing_keys').set({ revoked_at: options.now.toISOString() }).where('key_id', '=', row.key_id).execute();
  const body: KeyRevokeBody = { keyId: row.key_id, userId: options.userId, reason: options.reason };
  await appendLedgerEntry(db, {
    kind: 'key.revoke',
    body,
    recordedAt: options.now,
    signers: [registrarSigner(options.registrar)],
  });
}

/**
 * Seals the user's current private key under another password (a later change of their own
 * password keeps the key: only they ever held it), or under the same one with more work (`cost`).
 */
export async function resealUserKey(
  db: Db,
  userId: number,
  currentPassword: string,
  nextPassword: string,
  cost: ScryptParams = SCRYPT_PARAMS,
): Promise<boolean> {
  const row = await activeKeyOf(db, userId);
  if (!row) return false;
  const privateKey = await openWithPassword(JSON.parse(row.sealed_private_key) as PasswordSealed, currentPassword);
  if (!privateKey) return false;
  const sealed = await sealWithPassword(privateKey, nextPassword, cost);
  await db
    .updateTable('signing_keys')
    .set({ sealed_private_key: JSON.stringify(sealed) })
    .where('key_id', '=', row.key_id)
    .execute();
  return true;
}

/** Whether the user's sealed key was made with less work than `cost` (it is resealed at the next sign-in). */
export async function sealedKeyIsWeak(db: Db, userId: number, cost: ScryptParams): Promise<boolean> {
  const row = await activeKeyOf(db, userId);
  if (!row) return false;
  return weakerThan((JSON.parse(row.sealed_private_key) as PasswordSealed).params, cost);
}

function registrarSigner(key: UnlockedKey): Signer {
  return { role: 'registrar', keyId: key.keyId, privateKey: key.privateKey };
}
