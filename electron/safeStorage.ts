import { safeStorage } from 'electron';
import type { SecretProtector } from './crypto/secrets.ts';

/**
 * The OS key store (Windows DPAPI, macOS Keychain, libsecret) through Electron: the installation
 * key can then only be opened by this user on this PC. `null` where the OS offers none.
 */
export function safeStorageProtector(): SecretProtector | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  return {
    kind: 'safeStorage',
    seal: (secret) => safeStorage.encryptString(secret.toString('base64')).toString('base64'),
    open: (sealed) => Buffer.from(safeStorage.decryptString(Buffer.from(sealed, 'base64')), 'base64'),
  };
}
