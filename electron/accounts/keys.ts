import { randomUUID, type KeyObject } from 'node:crypto';
import type { KeyRegisterBody, KeyRevokeBody } from '../../shared/ledger/types.ts';
import type { Db } from '../../db/connection.ts';
import type { SecretProtector } from '../crypto/secrets.ts';
import {
  issueKey,
  openWithPassword,
  privateKeyFromDer,
  privateKeyToDer,
  sealWithPassword,
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

/**
 * The installation's own key: created once at setup, sealed by the protector (OS key store in the
 * app), registered by the first ledger entry, which it signs itself. Its fingerprint is the seal
 * printed on every certificate.
 */
export async function createInstallationKey(db: Db, protector: SecretProtector, now: Date, clinicName: string): Promise<UnlockedKey> {
  const key = issueKey();
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
  await db.insertInto('meta').values({ key: 'installation_key_id', value: key.keyId }).execute();
  await appendLedgerEntry(db, {
    kind: 'installation',
    body: { installationId: randomUUID(), keyId: key.keyId, publicKey: key.publicKey, clinicName },
    recordedAt: now,
    signers: [{ role: 'self', keyId: key.keyId, privateKey: key.privateKey }],
  });
  return { keyId: key.keyId, privateKey: key.privateKey };
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

/**
 * Issues a new key pair for an account, sealed under its password, and registers it in the ledger
 * with the registrar's signature (the installation key at setup, otherwise the officer).
 */
export async function issueUserKey(
  db: Db,
  options: {
    user: Pick<KeyRegisterBody, 'userId' | 'login' | 'name' | 'role'>;
    password: string;
    reason: KeyRegisterBody['reason'];
    registrar: UnlockedKey;
    now: Date;
  },
): Promise<string> {
  const key = issueKey();
  const sealed = await sealWithPassword(key.privateKey, options.password);
  await db
    .insertInto('signing_keys')
    .values({
      key_id: key.keyId,
      user_id: options.user.userId,
      public_key: key.publicKey,
      sealed_private_key: JSON.stringify(sealed),
      created_at: options.now.toISOString(),
      revoked_at: null,
    })
    .execute();
  const body: KeyRegisterBody = { keyId: key.keyId, publicKey: key.publicKey, reason: options.reason, ...options.user };
  await appendLedgerEntry(db, {
    kind: 'key.register',
    body,
    recordedAt: options.now,
    signers: [registrarSigner(options.registrar)],
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

/** A password change keeps the key pair and seals the same private key under the new password. */
export async function resealUserKey(db: Db, userId: number, currentPassword: string, nextPassword: string): Promise<boolean> {
  const row = await activeKeyOf(db, userId);
  if (!row) return false;
  const privateKey = await openWithPassword(JSON.parse(row.sealed_private_key) as PasswordSealed, currentPassword);
  if (!privateKey) return false;
  const sealed = await sealWithPassword(privateKey, nextPassword);
  await db
    .updateTable('signing_keys')
    .set({ sealed_private_key: JSON.stringify(sealed) })
    .where('key_id', '=', row.key_id)
    .execute();
  return true;
}

function registrarSigner(key: UnlockedKey): Signer {
  return { role: 'registrar', keyId: key.keyId, privateKey: key.privateKey };
}
