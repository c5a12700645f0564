import { beforeEach, describe, expect, it, vi } from 'vitest';

// `electron` cannot load in plain Node; the shell files are tested against this stand-in.
const electron = vi.hoisted(() => {
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  const exposed = new Map<string, unknown>();
  return {
    handlers,
    exposed,
    ipcMain: { handle: vi.fn((channel: string, fn: (...args: unknown[]) => unknown) => handlers.set(channel, fn)) },
    ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: 'from-main' })), on: vi.fn(), removeListener: vi.fn() },
    contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => exposed.set(key, api)) },
    app: {
      requestSingleInstanceLock: vi.fn(() => false),
      quit: vi.fn(),
      on: vi.fn(),
      once: vi.fn(),
      whenReady: vi.fn(() => new Promise(() => {})),
      getPath: vi.fn(() => '/tmp'),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {},
    safeStorage: { isEncryptionAvailable: () => true, getSelectedStorageBackend: () => 'basic_text' },
    BrowserWindow: vi.fn(),
  };
});
vi.mock('electron', () => electron);

const dispatched = vi.hoisted(() => vi.fn(async () => ({ ok: true, value: 'dispatched' })));
vi.mock('../../../electron/dispatch.ts', () => ({ dispatch: dispatched, terminalName: (program: string) => `${program}@test-pc` }));

beforeEach(() => {
  vi.resetModules();
  electron.handlers.clear();
  electron.exposed.clear();
  dispatched.mockClear();
});

function trusted(sender: unknown) {
  return { sender, senderFrame: { url: 'app://renderer/index.html' } };
}

function fakeSender(id: number) {
  return { id, once: vi.fn(), isDestroyed: () => false, send: vi.fn() };
}

describe('ipc', () => {
  it('registers exactly one handler, which forwards trusted calls to dispatch with a per-window session', async () => {
    const { registerIpc } = await import('../../../electron/ipc.ts');
    const app = { databasePath: 'x' } as never;
    registerIpc(app);
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(1);
    const handle = electron.handlers.get('rd:invoke');
    if (!handle) throw new Error('no handler');

    const windowA = fakeSender(1);
    const windowB = fakeSender(2);
    await expect(handle(trusted(windowA), 'clinic.get', {})).resolves.toEqual({ ok: true, value: 'dispatched' });
    await handle(trusted(windowA), 'clinic.get', {});
    await handle(trusted(windowB), 'clinic.get', {});
    const sessions = dispatched.mock.calls.map((call) => (call as unknown[])[1]);
    expect(sessions[0]).toBe(sessions[1]);
    expect(sessions[0]).toMatchObject({ user: null, terminal: 'app@test-pc' });
    expect(sessions[0]).not.toBe(sessions[2]);
    expect(dispatched.mock.calls[0]).toEqual([app, sessions[0], 'clinic.get', {}]);
  });

  it('refuses calls from a frame that is not the app', async () => {
    const { registerIpc } = await import('../../../electron/ipc.ts');
    registerIpc({} as never);
    const handle = electron.handlers.get('rd:invoke');
    const result = await handle?.({ sender: fakeSender(3), senderFrame: { url: 'https://evil.example/' } }, 'clinic.get', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dispatched).not.toHaveBeenCalled();
  });
});

describe('preload', () => {
  it('exposes only window.bridge with invoke and on', async () => {
    await import('../../../electron/preload.ts');
    expect([...electron.exposed.keys()]).toEqual(['bridge']);
    const bridge = electron.exposed.get('bridge') as { invoke: (m: string, p: unknown) => Promise<unknown>; on: unknown };
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    await expect(bridge.invoke('clinic.get', {})).resolves.toEqual({ ok: true, value: 'from-main' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('rd:invoke', 'clinic.get', {});
  });
});

describe('main', () => {
  it('quits when another copy already runs (single instance)', async () => {
    electron.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    await import('../../../electron/main.ts');
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
  });

  it('starts when it holds the single-instance lock', async () => {
    electron.app.quit.mockClear();
    electron.app.requestSingleInstanceLock.mockReturnValueOnce(true);
    await import('../../../electron/main.ts');
    expect(electron.app.quit).not.toHaveBeenCalled();
    expect(electron.app.whenReady).toHaveBeenCalled();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ secure: true, standard: true }) }),
    ]);
  });
});

describe('print', () => {
  it('renders the route in a hidden, equally secured window as a copy of the session, waits for it, and returns printToPDF', async () => {
    const calls: string[] = [];
    const guard = guardRecorder();
    const window = {
      webContents: {
        ...guard.contents,
        id: 42,
        executeJavaScript: vi.fn(async () => {
          calls.push('ready?');
          return calls.length >= 2;
        }),
        printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7 test')),
      },
      loadURL: vi.fn(async (url: string) => {
        calls.push(url);
      }),
      destroy: vi.fn(),
    };
    const BrowserWindow = vi.fn(function (this: unknown, options: unknown) {
      calls.push(JSON.stringify(options));
      return window;
    });
    electron.BrowserWindow.mockImplementation(BrowserWindow as never);
    const { electronPrinter } = await import('../../../electron/print.ts');
    const adopted: Array<[number, unknown]> = [];
    const printer = electronPrinter('/preload.cjs', (id, session) => adopted.push([id, session]));
    const session = {
      user: { id: 3, role: 'admin' as const, mustChangePassword: false },
      locked: false,
      lastActivityAt: 1,
      terminal: 'app',
    };
    const pdf = await printer.toPdf('/print/certificate/2026-0001', session);

    expect(pdf.toString()).toBe('%PDF-1.7 test');
    expect(JSON.parse(calls[0] ?? '{}')).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect(window.loadURL).toHaveBeenCalledWith('app://renderer/index.html#/print/certificate/2026-0001');
    expect(adopted).toEqual([[42, session]]);
    expect(adopted[0]?.[1]).not.toBe(session);
    expect(window.webContents.printToPDF).toHaveBeenCalledWith({ printBackground: true, preferCSSPageSize: true });
    expect(window.destroy).toHaveBeenCalled();
    // The print window has the main window's navigation guard: it cannot be led off the app.
    expect(guard.refuses('will-navigate', 'https://example.com/')).toBe(true);
    expect(guard.refuses('will-redirect', 'file:///C:/Windows/')).toBe(true);
    expect(guard.refuses('will-navigate', 'app://renderer/index.html#/print/ledger')).toBe(false);
    expect(guard.openWindow()).toEqual({ action: 'deny' });
  });
});

/** Web contents that record the listeners the shell registers on them. */
function guardRecorder() {
  const listeners = new Map<string, (event: { preventDefault(): void }, url?: string) => void>();
  let openHandler: (() => unknown) | undefined;
  return {
    contents: {
      on: vi.fn((name: string, listener: (event: { preventDefault(): void }, url?: string) => void) => listeners.set(name, listener)),
      setWindowOpenHandler: vi.fn((handler: () => unknown) => {
        openHandler = handler;
      }),
    },
    refuses: (name: string, url: string) => {
      let prevented = false;
      listeners.get(name)?.({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    },
    openWindow: () => openHandler?.(),
  };
}

describe('main, started', () => {
  it('without a key store that protects, opens on the recovery screen (no key file), and guards the main window', async () => {
    const contexts: Array<Record<string, unknown>> = [];
    vi.doMock('../../../electron/context.ts', () => ({
      createAppContext: (options: Record<string, unknown>) => {
        contexts.push(options);
        return { close: async () => {} };
      },
    }));
    vi.doMock('../../../electron/scheduler.ts', () => ({ startScheduler: () => ({ stop: vi.fn() }) }));
    vi.doMock('../../../electron/ipc.ts', () => ({ registerIpc: vi.fn(), adoptSession: vi.fn() }));
    const guard = guardRecorder();
    const window = { webContents: guard.contents, once: vi.fn(), on: vi.fn(), loadURL: vi.fn(async () => {}) };
    electron.BrowserWindow.mockImplementation(function () {
      return window;
    } as never);
    Object.assign(electron.session, {
      defaultSession: { setPermissionRequestHandler: vi.fn(), webRequest: { onBeforeRequest: vi.fn() } },
    });
    electron.app.requestSingleInstanceLock.mockReturnValueOnce(true);
    electron.app.whenReady.mockReturnValueOnce(Promise.resolve());
    await import('../../../electron/main.ts');
    await vi.waitFor(() => expect(contexts).toHaveLength(1));
    expect(contexts[0]).toMatchObject({ startupProblem: { kind: 'keystore', detail: expect.stringContaining('basic_text') } });
    expect(contexts[0]).not.toHaveProperty('secrets');
    expect(guard.refuses('will-navigate', 'https://example.com/')).toBe(true);
    expect(guard.refuses('will-navigate', 'app://renderer/index.html#/ledger')).toBe(false);
    expect(guard.openWindow()).toEqual({ action: 'deny' });
    vi.doUnmock('../../../electron/context.ts');
    vi.doUnmock('../../../electron/scheduler.ts');
    vi.doUnmock('../../../electron/ipc.ts');
  });
});
