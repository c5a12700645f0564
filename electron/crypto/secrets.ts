import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { decryptAesGcm, encryptAesGcm } from './signing.ts';

/**
 * Protects secrets the app must use unattended (the installation key). In the app this is the
 * OS key store (Electron safeStorage, electron/safeStorage.ts); the CLI and tests use a key file
 * beside the database. A sealed secret names its protector, so either can tell what it holds.
 */
export interface SecretProtector {
  readonly kind: string;
  seal(secret: Buffer): string;
  open(sealed: string): Buffer;
}

/**
 * A random AES-256 key in a file readable only by its owner. Weaker than the OS key store (a
 * copy of the folder carries the key), so the app prefers safeStorage where it is available.
 */
export function keyFileProtector(path: string): SecretProtector {
  const key = (): Buffer => {
    if (!existsSync(path)) {
      writeFileSync(path, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
      chmodSync(path, 0o600);
    }
    return Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
  };
  return {
    kind: 'keyfile',
    seal: (secret) => JSON.stringify(encryptAesGcm(key(), secret)),
    open: (sealed) => decryptAesGcm(key(), JSON.parse(sealed) as { iv: string; tag: string; data: string }),
  };
}

export function keyFilePathFor(databasePath: string): string {
  return `${databasePath}.installation-key`;
}
