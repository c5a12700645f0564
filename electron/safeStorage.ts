import { safeStorage } from 'electron';
import type { DatabaseProblem } from '../shared/app/contract.ts';
import type { SecretProtector } from './crypto/secrets.ts';
import { keyStoreProblem } from './crypto/keyStore.ts';

/**
 * The OS key store (Windows DPAPI, macOS Keychain, libsecret or KWallet) through Electron: the
 * installation key can then only be opened by this user on this PC. Where the OS offers none that
 * protects (Linux without a keyring), the problem to show instead (electron/crypto/keyStore.ts).
 */
export function openKeyStore(): { ok: true; protector: SecretProtector } | { ok: false; problem: DatabaseProblem } {
  const problem = keyStoreProblem({
    platform: process.platform,
    encryptionAvailable: safeStorage.isEncryptionAvailable(),
    linuxBackend: process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null,
  });
  if (problem) return { ok: false, problem };
  return {
    ok: true,
    protector: {
      kind: 'safeStorage',
      seal: (secret) => safeStorage.encryptString(secret.toString('base64')).toString('base64'),
      open: (sealed) => Buffer.from(safeStorage.decryptString(Buffer.from(sealed, 'base64')), 'base64'),
    },
  };
}
