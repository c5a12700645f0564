/**
 * The security settings of every window, as data: the shell applies them, a unit test reads
 * them. Nothing here imports Electron.
 */

/** Renderer files are served from this privileged scheme rather than file:// (own origin, CSP header). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://renderer`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * No remote origin anywhere; scripts only from the app itself; no network at all
 * (`connect-src 'none'`: the renderer talks to main through the preload bridge, not fetch).
 * Inline styles are allowed because the component kit sets style attributes; inline scripts are not.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  spellcheck: false;
  navigateOnDragDrop: false;
}

export interface MainWindowOptions {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  show: boolean;
  title: string;
  backgroundColor: string;
  autoHideMenuBar: boolean;
  webPreferences: SecureWebPreferences;
}

export function secureWebPreferences(preloadPath: string): SecureWebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
  };
}

export function mainWindowOptions(preloadPath: string): MainWindowOptions {
  return {
    width: 1360,
    height: 880,
    minWidth: 1100,
    minHeight: 700,
    show: false,
    title: 'Retention Desk — 보존·파기 관리',
    backgroundColor: '#f8f9fa',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** Navigation away from the app (a dropped file, a link) is always refused: the app loads no remote content. */
export function isAllowedNavigation(url: string): boolean {
  try {
    const target = new URL(url);
    return `${target.protocol}//${target.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

/** The app never opens a second window on its own request; `window.open` is denied. */
export const WINDOW_OPEN_POLICY = { action: 'deny' } as const;

/** Only IPC from our own pages is answered. */
export function isTrustedSender(frameUrl: string | undefined): boolean {
  return frameUrl !== undefined && isAllowedNavigation(frameUrl);
}
