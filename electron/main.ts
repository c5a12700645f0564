import { join, normalize, relative, resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { app, BrowserWindow, dialog, Notification, protocol, session } from 'electron';
import { createAppContext, type AppContext } from './context.ts';
import { adoptSession, registerIpc } from './ipc.ts';
import { startScheduler } from './scheduler.ts';
import { MAIN_DOMAINS } from './domains.ts';
import { electronPrinter } from './print.ts';
import { APP_ENTRY_URL, APP_SCHEME, CONTENT_SECURITY_POLICY, mainWindowOptions } from './windowConfig.ts';
import { guardNavigation } from './navigationGuard.ts';
import { databasePathFor } from './paths.ts';
import { openKeyStore } from './safeStorage.ts';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false } },
]);

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves out/renderer under app://renderer/ with the CSP header; nothing outside that folder. */
function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = normalize(join(rendererDir, decodeURIComponent(url.pathname)));
    if (relative(rendererDir, file).startsWith('..')) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      const type = MIME[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
      return new Response(body, { headers: { 'content-type': type, 'content-security-policy': CONTENT_SECURITY_POLICY } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

const PRELOAD = join(import.meta.dirname, '../preload/index.cjs');

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(PRELOAD));
  guardNavigation(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

function start(): void {
  // A second copy would open the same database; hand over to the first copy instead.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  let mainWindow: BrowserWindow | null = null;
  let context: AppContext | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => guardNavigation(contents));

  void app.whenReady().then(() => {
    // No remote content and no permission prompts: camera, geolocation, notifications by web API…
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.webRequest.onBeforeRequest(
      { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] },
      (_details, callback) => callback({ cancel: true }),
    );
    serveRenderer(resolve(import.meta.dirname, '../renderer'));
    const databasePath = databasePathFor(app.getPath('userData'), process.argv, process.env);
    // The OS key store, or the recovery screen saying why there is none: never a key file beside the database.
    const keyStore = openKeyStore();
    context = createAppContext({
      databasePath,
      printer: electronPrinter(PRELOAD, adoptSession),
      shell: {
        // Counts and plain words only (shared/daily/run.ts notificationText): nothing personal leaves the app.
        notify: (title, body) => {
          if (Notification.isSupported()) new Notification({ title, body, silent: false }).show();
        },
        chooseFolder: async () => {
          const options = { properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> };
          const chosen = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
          return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
        },
      },
      ...(keyStore.ok ? { secrets: keyStore.protector } : { startupProblem: keyStore.problem }),
    });
    registerIpc(context);
    const scheduler = startScheduler(context, undefined, MAIN_DOMAINS);
    app.once('before-quit', () => void scheduler.stop());
    mainWindow = createMainWindow();
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });

  app.on('window-all-closed', () => {
    void context?.close().finally(() => app.quit());
  });
}

start();
