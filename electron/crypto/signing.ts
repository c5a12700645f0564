import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { SCRYPT_PARAMS, newSalt, scrypt, type ScryptParams } from './scrypt.ts';

/** An Ed25519 key pair as stored: the public key in the clear, the private key sealed. */
export interface IssuedKey {
  keyId: string;
  publicKey: string; // base64 of the 32 raw bytes
  privateKey: KeyObject;
}

/** A private key sealed under a password: scrypt → AES-256-GCM, parameters stored alongside. */
export interface PasswordSealed {
  kind: 'password';
  kdf: 'scrypt';
  params: ScryptParams;
  salt: string;
  iv: string;
  tag: string;
  data: string;
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A key's id is its fingerprint: SHA-256 of the raw public key, first 128 bits, in hex. */
export function keyIdOf(publicKeyBase64: string): string {
  return sha256Hex(Buffer.from(publicKeyBase64, 'base64')).slice(0, 32);
}

export function issueKey(): IssuedKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'jwk' }).x;
  if (!raw) throw new Error('ed25519 public key without x');
  const publicKeyBase64 = Buffer.from(raw, 'base64url').toString('base64');
  return { keyId: keyIdOf(publicKeyBase64), publicKey: publicKeyBase64, privateKey };
}

export function publicKeyObject(publicKeyBase64: string): KeyObject {
  return createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKeyBase64, 'base64').toString('base64url') },
    format: 'jwk',
  });
}

export function privateKeyToDer(privateKey: KeyObject): Buffer {
  return privateKey.export({ format: 'der', type: 'pkcs8' });
}

export function privateKeyFromDer(der: Buffer): KeyObject {
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
}

export function signText(privateKey: KeyObject, text: string): string {
  return sign(null, Buffer.from(text, 'utf8'), privateKey).toString('base64');
}

export function verifyText(publicKeyBase64: string, text: string, signature: string): boolean {
  try {
    return verify(null, Buffer.from(text, 'utf8'), publicKeyObject(publicKeyBase64), Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

export function encryptAesGcm(key: Buffer, plaintext: Buffer): { iv: string; tag: string; data: string } {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
}

/** Throws if the key is wrong or the data was altered (GCM authentication). */
export function decryptAesGcm(key: Buffer, sealed: { iv: string; tag: string; data: string }): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]);
}

export async function sealWithPassword(
  privateKey: KeyObject,
  password: string,
  params: ScryptParams = SCRYPT_PARAMS,
): Promise<PasswordSealed> {
  const salt = newSalt();
  const key = await scrypt(password, salt, 32, params);
  return {
    kind: 'password',
    kdf: 'scrypt',
    params,
    salt: salt.toString('base64'),
    ...encryptAesGcm(key, privateKeyToDer(privateKey)),
  };
}

/** `null` when the password does not open the key. */
export async function openWithPassword(sealed: PasswordSealed, password: string): Promise<KeyObject | null> {
  const key = await scrypt(password, Buffer.from(sealed.salt, 'base64'), 32, sealed.params);
  try {
    return privateKeyFromDer(decryptAesGcm(key, sealed));
  } catch {
    return null;
  }
}
