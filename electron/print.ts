import { BrowserWindow } from 'electron';
import type { Printer } from './printing.ts';
import type { Session } from './session.ts';
import { APP_ENTRY_URL, secureWebPreferences } from './windowConfig.ts';
import { guardNavigation } from './navigationGuard.ts';

const READY_TIMEOUT_MS = 20_000;

async function waitForPrintReady(window: BrowserWindow): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < READY_TIMEOUT_MS) {
    const ready = (await window.webContents.executeJavaScript("document.body.dataset.printReady === 'true'")) as boolean;
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('print page did not become ready');
}

/**
 * Renders a print route in a hidden window with the same security settings and navigation guard as the main window,
 * signed in as a copy of the caller's session, and returns `printToPDF()` of it (A4 by the page's
 * own `@page` CSS). Paper printing is `window.print()` on the visible print page.
 */
export function electronPrinter(preloadPath: string, adoptSession: (contentsId: number, session: Session) => void): Printer {
  return {
    toPdf: async (route, session) => {
      const window = new BrowserWindow({ show: false, webPreferences: secureWebPreferences(preloadPath) });
      // The same guard as the main window: a print page that tried to leave the app would print nothing else.
      guardNavigation(window.webContents);
      try {
        adoptSession(window.webContents.id, { ...session, user: session.user ? { ...session.user } : null });
        await window.loadURL(`${APP_ENTRY_URL}#${route}`);
        await waitForPrintReady(window);
        return await window.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true });
      } finally {
        window.destroy();
      }
    },
  };
}
