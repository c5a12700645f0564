import type { Role } from '../shared/api/contract.ts';

export interface SessionUser {
  id: number;
  role: Role;
}

/**
 * Who is signed in to one window. It lives in the main process (one per window, one per CLI
 * run); nothing the renderer sends can change it except through the auth methods.
 */
export interface Session {
  user: SessionUser | null;
}

export function newSession(): Session {
  return { user: null };
}
