import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { keyStoreProblem } from '../../../electron/crypto/keyStore.ts';
import { guardNavigation, type GuardedContents } from '../../../electron/navigationGuard.ts';
import { APP_ENTRY_URL } from '../../../electron/windowConfig.ts';

// The shell's own defences, as far as they can be checked without an Electron binary: the fuses the
// installer bakes in, the navigation guard every window gets, and the refusal of a weak key store.

describe('the installer’s Electron fuses (electron-builder.yml)', () => {
  it('turn off running as Node, NODE_OPTIONS and --inspect, encrypt cookies, and load only the integrity-checked app.asar', () => {
    const config = parse(readFileSync(join(import.meta.dirname, '../../../electron-builder.yml'), 'utf8')) as {
      asar?: unknown;
      asarUnpack?: string[];
      electronFuses?: Record<string, boolean>;
    };
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    // Only the native SQLite binding lives outside app.asar (a .node file must be a real file).
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3/prebuilds/**']);
  });
});

/** A stand-in for Electron's WebContents that records what the guard registered. */
function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault(): void }, url?: string) => void>();
  let openHandler: (() => unknown) | undefined;
  const contents = {
    on: (name: string, listener: (event: { preventDefault(): void }, url?: string) => void) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: () => unknown) => {
      openHandler = handler;
    },
  };
  const attempt = (name: string, url?: string) => {
    let prevented = false;
    listeners.get(name)?.({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  return { contents: contents as unknown as GuardedContents, attempt, open: () => openHandler?.() };
}

describe('the navigation guard of the main window and of every print window', () => {
  it('keeps the page on the app’s own origin: no navigation or redirect away, no new window, no webview', () => {
    const { contents, attempt, open } = fakeContents();
    guardNavigation(contents);
    expect(attempt('will-navigate', `${APP_ENTRY_URL}#/ledger`)).toBe(false);
    for (const url of [
      'https://example.com/',
      'file:///C:/Users/clinic/Desktop/예약.csv',
      'app://other/index.html',
      'javascript:alert(1)',
    ]) {
      expect(attempt('will-navigate', url), url).toBe(true);
      expect(attempt('will-redirect', url), url).toBe(true);
    }
    expect(attempt('will-attach-webview')).toBe(true);
    expect(open()).toEqual({ action: 'deny' });
  });
});

describe('the key store the app keeps its keys in', () => {
  it('is refused on Linux without a keyring (basic_text, unknown) and wherever encryption is unavailable', () => {
    expect(keyStoreProblem({ platform: 'linux', encryptionAvailable: true, linuxBackend: 'basic_text' })).toMatchObject({
      kind: 'keystore',
      detail: expect.stringContaining('basic_text'),
    });
    expect(keyStoreProblem({ platform: 'linux', encryptionAvailable: true, linuxBackend: 'unknown' })).toMatchObject({ kind: 'keystore' });
    expect(keyStoreProblem({ platform: 'win32', encryptionAvailable: false, linuxBackend: null })).toMatchObject({ kind: 'keystore' });
  });

  it('is used where it protects: DPAPI, the macOS Keychain, libsecret, KWallet', () => {
    expect(keyStoreProblem({ platform: 'win32', encryptionAvailable: true, linuxBackend: null })).toBeNull();
    expect(keyStoreProblem({ platform: 'darwin', encryptionAvailable: true, linuxBackend: null })).toBeNull();
    for (const backend of ['gnome_libsecret', 'kwallet5', 'kwallet6']) {
      expect(keyStoreProblem({ platform: 'linux', encryptionAvailable: true, linuxBackend: backend }), backend).toBeNull();
    }
  });
});
