import { hostname } from 'node:os';
import type { BridgeEvent } from '../shared/contract/bridge.ts';
import type { Role } from '../shared/contract/method.ts';

export interface SessionUser {
  id: number;
  role: Role;
  /** After a reset the temporary password must be replaced before any role's work. */
  mustChangePassword: boolean;
}

/**
 * Who is signed in to one window. It lives in the main process (one per window, one per CLI
 * run); nothing the renderer sends can change it except through the auth methods.
 */
export interface Session {
  user: SessionUser | null;
  /** Locked by inactivity: the same user must type their password again (auth.unlock). */
  locked: boolean;
  /** Epoch milliseconds of the last call or reported activity, by the app's clock. */
  lastActivityAt: number;
  /** Where calls come from, for the access log ("접속지"): e.g. `app@RECEPTION-PC`. */
  terminal: string;
  /** Sends an event to this session's window (progress of long work); absent for the CLI. */
  emit?: (event: BridgeEvent) => void;
  /** Long work this window started and may cancel (a verification), by name. */
  tasks?: Map<string, AbortController>;
  /** The `oneAtATime` methods this window has running now. */
  running?: Set<string>;
}

export function newSession(terminal = 'app'): Session {
  return { user: null, locked: false, lastActivityAt: 0, terminal };
}

export function signIn(session: Session, user: SessionUser, now: Date): void {
  session.user = user;
  session.locked = false;
  session.lastActivityAt = now.getTime();
}

export function signOut(session: Session): void {
  session.user = null;
  session.locked = false;
}

export function isIdleExpired(session: Session, now: Date, idleLockMinutes: number): boolean {
  return now.getTime() - session.lastActivityAt > idleLockMinutes * 60_000;
}

/** Where calls come from, as the access log records it: the program and the PC's name. */
export function terminalName(program: string): string {
  return `${program}@${hostname()}`.slice(0, 100);
}
