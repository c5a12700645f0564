import type { Event, HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import { WINDOW_OPEN_POLICY, isAllowedNavigation } from './windowConfig.ts';

/** The part of Electron's WebContents the guard uses (a test passes a stand-in). */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: Event, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Event) => void): unknown;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void;
}

/**
 * Every page the app shows — the main window and each hidden print window — stays on the app's
 * own origin: no navigation or redirect elsewhere (a dropped file, a link in a record), no new
 * window, no webview. Applied to each window when it is made, and again by the shell to any web
 * contents created.
 */
export function guardNavigation(contents: GuardedContents): void {
  const refuseForeign = (event: Event, url: string) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => WINDOW_OPEN_POLICY);
}
