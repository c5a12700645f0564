import { ipcMain, type WebContents } from 'electron';
import { EVENT_CHANNEL, INVOKE_CHANNEL, type BridgeEvent } from '../shared/contract/bridge.ts';
import type { AppContext } from './context.ts';
import { dispatch, terminalName } from './dispatch.ts';
import { newSession, type Session } from './session.ts';
import { isTrustedSender } from './windowConfig.ts';

/** One session per window (webContents); it ends when the window is destroyed. */
const sessions = new Map<number, Session>();
const watched = new Set<number>();

function sessionOf(contents: WebContents): Session {
  let session = sessions.get(contents.id);
  if (!session) {
    session = newSession(terminalName('app'));
    sessions.set(contents.id, session);
  }
  session.emit ??= (event) => sendEvent(contents, event);
  if (!watched.has(contents.id)) {
    watched.add(contents.id);
    contents.once('destroyed', () => {
      sessions.delete(contents.id);
      watched.delete(contents.id);
    });
  }
  return session;
}

/** A hidden print window reads as the window that asked for the printout (a copy of its session). */
export function adoptSession(contentsId: number, session: Session): void {
  sessions.set(contentsId, session);
}

/** The single `ipcMain.handle` of the app: everything the renderer asks goes through `dispatch`. */
export function registerIpc(app: AppContext): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, payload: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: '허용되지 않은 화면에서 온 요청입니다.' } };
    }
    return dispatch(app, sessionOf(event.sender), String(method), payload);
  });
}

export function sendEvent(contents: WebContents, event: BridgeEvent): void {
  if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
}
