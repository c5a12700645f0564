import { WINDOW_OPEN_POLICY, isAllowedNavigation } from './windowConfig.ts';

interface PreventableEvent {
  preventDefault(): void;
}

/** The part of Electron's WebContents the guard uses, written out so that this stays plain Node (a test passes a stand-in). */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: () => typeof WINDOW_OPEN_POLICY): void;
}

function refuseForeign(event: PreventableEvent, url: string): void {
  if (!isAllowedNavigation(url)) event.preventDefault();
}

/**
 * Every page the app shows — the main window and each hidden print window — stays on the app's
 * own origin: no navigation or redirect elsewhere (a dropped file, a link in a record), no new
 * window, no webview. Applied to each window when it is made, and again by the shell to any web
 * contents created.
 */
export function guardNavigation(contents: GuardedContents): void {
  contents.on('will-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => WINDOW_OPEN_POLICY);
}
