import type { DatabaseProblem } from '../../shared/app/contract.ts';

/** What the shell learns from Electron's safeStorage before it opens anything. */
export interface KeyStoreProbe {
  platform: NodeJS.Platform;
  encryptionAvailable: boolean;
  /** Linux only: `safeStorage.getSelectedStorageBackend()`. */
  linuxBackend: string | null;
}

/**
 * The Linux backends that really protect a secret. `basic_text` (no keyring running) encrypts with
 * a key written in Chromium's source, and `unknown` promises nothing: a key sealed by either could
 * be opened by anyone who copies the file.
 */
const PROTECTING_LINUX_BACKENDS: ReadonlySet<string> = new Set(['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6']);

/**
 * Whether the app may keep its installation key, the access-log key and the clinic's secrets in the
 * OS key store. Where it cannot, the app opens on the recovery screen with this problem instead of
 * falling back to a key file beside the database (which whoever copies the folder could use).
 */
export function keyStoreProblem(probe: KeyStoreProbe): Extract<DatabaseProblem, { kind: 'keystore' }> | null {
  if (!probe.encryptionAvailable) {
    return { kind: 'keystore', detail: `safeStorage: encryption not available (${probe.platform})` };
  }
  if (probe.platform === 'linux' && !PROTECTING_LINUX_BACKENDS.has(probe.linuxBackend ?? 'unknown')) {
    return { kind: 'keystore', detail: `safeStorage backend: ${probe.linuxBackend ?? 'unknown'}` };
  }
  return null;
}
