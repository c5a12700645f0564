import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, resolve } from 'node:path';
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import type { BridgeEvent } from '../../shared/contract/bridge.ts';
import { createAppContext, manualClock, type AppContext } from '../../electron/context.ts';
import { dispatch } from '../../electron/dispatch.ts';
import { newSession, type Session } from '../../electron/session.ts';
import type { Printer } from '../../electron/printing.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/windowConfig.ts';
import { setUpClinic } from '../support/accounts.ts';
import { TEST_PASSWORD_COST } from '../support/tempdb.ts';

/**
 * The real renderer (out/renderer), the real dispatcher and services, a real SQLite file; only
 * the Electron wrapper is replaced: the page gets `window.bridge` from an exposed binding.
 */
export const ORIGIN = 'https://retention-desk.test';
const RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer');
export const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screens');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
};

export interface Harness {
  dir: string;
  dbPath: string;
  app: AppContext;
  clock: ReturnType<typeof manualClock>;
  /** Opens the app in a page (a "window" with its own session) at a hash route. */
  open(page: Page, route?: string): Promise<void>;
  /** The session behind a page, as the main process would hold it per window. */
  sessionOf(page: Page): Session;
  emit(page: Page, event: BridgeEvent): Promise<void>;
  /** Closes the database (e.g. before running the CLI on the same file). */
  closeApp(): Promise<void>;
  /** Opens the database file again, as restarting the app would. */
  reopenApp(): Promise<void>;
  /** Sets up the clinic through the real setup method (not the UI); returns the officer's own session. */
  setUpClinic(): Promise<Session>;
}

async function serveRenderer(context: BrowserContext): Promise<void> {
  await context.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const file = normalize(join(RENDERER_DIR, decodeURIComponent(url.pathname)));
    if (relative(RENDERER_DIR, file).startsWith('..')) return route.fulfill({ status: 404 });
    try {
      return await route.fulfill({
        status: 200,
        body: readFileSync(file),
        headers: {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY,
        },
      });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
  // The app makes no network request: anything else is a bug, so fail it loudly.
  await context.route(
    (url) => !url.href.startsWith(ORIGIN),
    (route) => route.abort('blockedbyclient'),
  );
}

export const test = base.extend<{ rd: Harness }>({
  rd: async ({ context }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'retention-desk-e2e-'));
    const dbPath = join(dir, 'clinic.db');
    const clock = manualClock('2026-11-24T09:00:00+09:00');
    const sessions = new WeakMap<Page, Session>();
    // Certificates are archived as Electron would: the print route rendered to PDF by Chromium, in a
    // second page signed in as a copy of the caller's session.
    const printer: Printer = {
      toPdf: async (route, session) => {
        const page = await context.newPage();
        sessions.set(page, { ...session, user: session.user ? { ...session.user } : null });
        try {
          await harness.open(page, route);
          await page.locator('body[data-print-ready="true"]').waitFor();
          return await page.pdf({ printBackground: true, preferCSSPageSize: true });
        } finally {
          await page.close();
        }
      },
    };
    const app = createAppContext({ databasePath: dbPath, clock, printer, passwordCost: TEST_PASSWORD_COST });
    const sessionOf = (page: Page) => {
      let session = sessions.get(page);
      if (!session) {
        session = newSession();
        sessions.set(page, session);
      }
      session.emit ??= (event) => {
        void page.evaluate((e) => (window as unknown as { __rdEmit?: (e: unknown) => void }).__rdEmit?.(e), event).catch(() => {});
      };
      return session;
    };
    await serveRenderer(context);
    const prepared = new WeakSet<Page>();

    const harness: Harness = {
      dir,
      dbPath,
      clock,
      app,
      sessionOf,
      open: async (page, route = '/') => {
        if (!prepared.has(page)) {
          prepared.add(page);
          await page.exposeBinding('__rdInvoke', (source, method: string, payload: unknown) =>
            dispatch(app, sessionOf(source.page), method, payload),
          );
          await page.addInitScript(() => {
            const listeners = new Set<(event: unknown) => void>();
            const w = window as unknown as {
              __rdInvoke: (method: string, payload: unknown) => Promise<unknown>;
              __rdEmit: (event: unknown) => void;
              bridge: unknown;
            };
            w.__rdEmit = (event) => listeners.forEach((listener) => listener(event));
            w.bridge = Object.freeze({
              invoke: (method: string, payload: unknown) => w.__rdInvoke(method, payload),
              on: (listener: (event: unknown) => void) => {
                listeners.add(listener);
                return () => listeners.delete(listener);
              },
            });
          });
        }
        await page.goto(`${ORIGIN}/index.html#${route}`);
      },
      emit: async (page, event) => {
        await page.evaluate((e) => (window as unknown as { __rdEmit: (e: unknown) => void }).__rdEmit(e), event);
      },
      closeApp: () => app.close(),
      reopenApp: async () => {
        await app.reopen();
      },
      setUpClinic: () => setUpClinic(app),
    };
    await use(harness);
    await app.close();
    // Keep the database of a failed test for inspection; remove it otherwise.
    if (test.info().status === test.info().expectedStatus) rmSync(dir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
export { CLINIC, OFFICER } from '../support/accounts.ts';

/** Signs in through the sign-in page. */
export async function signIn(page: Page, login: string, password: string): Promise<void> {
  await page.getByLabel('아이디').fill(login);
  await page.getByLabel('비밀번호', { exact: true }).fill(password);
  await page.getByRole('button', { name: '로그인' }).click();
}

export async function signOut(page: Page, name: string): Promise<void> {
  await page.getByRole('banner').getByText(name).click();
  await page.getByRole('menuitem', { name: '로그아웃' }).click();
}
