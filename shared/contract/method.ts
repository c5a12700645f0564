import { z } from 'zod';
import type { Phrase } from './phrase.ts';
import { koreanIssueMessage } from './zodKorean.ts';

// Every validation message the user can see is Korean; field schemas override it where a more
// specific sentence exists. Set here, where every contract starts, so no schema runs without it.
z.config({ customError: koreanIssueMessage });

export const ROLES = ['officer', 'admin', 'facilities', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * Who may call a method:
 * - `'public'`: no sign-in needed (setup, sign-in, status);
 * - `'signedIn'`: any signed-in account, even one that must first change its temporary password;
 * - a list of roles: those roles only, and only once the password is the account's own.
 */
export type Access = 'public' | 'signedIn' | readonly Role[];

/**
 * What the access log (접속기록) writes for a call.
 * - `none`: housekeeping that touches no personal data, ledgers or accounts (status polls)
 * - `auth`: sign-in, sign-out, unlock, password change
 * - `read`: reads personal data, a ledger, the access log or accounts
 * - `change`: changes them
 */
export const LOG_KINDS = ['auth', 'read', 'change'] as const;
export type LogKind = 'none' | (typeof LOG_KINDS)[number];

export interface MethodDef<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  readonly roles: Access;
  readonly log: LogKind;
  /** How the call reads in the access log and its exports ("파기 요청", "Request destruction"). */
  readonly label: Phrase;
  /**
   * false: the handler is not wrapped in a transaction. For public status methods that must work
   * while the database cannot be opened, and for slow work that must not hold the database (the
   * handler then opens its own transaction for what it writes).
   */
  readonly transaction: boolean;
  /** The call ends someone's work (sign-out): the access log's head is sealed into the signed ledger right after it. */
  readonly sealsLog?: boolean;
  /**
   * Long work a window runs one at a time (an import): a second call while one runs is refused with
   * CONFLICT, not queued behind it on the database to run again.
   */
  readonly oneAtATime?: boolean;
  /** Type-only: the result type. Never set at run time. */
  readonly output?: O;
}

/**
 * Declares a method. The result type comes first and explicitly, the input type is inferred
 * from the schema: `method<ClinicProfile>()({ input: ..., roles: [...], log: 'read', label: {…} })`.
 */
export function method<O>() {
  return <I extends z.ZodType>(def: {
    input: I;
    roles: Access;
    log: LogKind;
    label: Phrase;
    transaction?: boolean;
    sealsLog?: boolean;
    oneAtATime?: boolean;
  }): MethodDef<I, O> => ({
    transaction: true,
    ...def,
  });
}

export type InputOf<M> = M extends MethodDef<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<M> = M extends MethodDef<infer I, unknown> ? z.output<I> : never;
export type OutputOf<M> = M extends MethodDef<z.ZodType, infer O> ? O : never;

/** Whether `role` may call a method with this access (the dispatcher enforces it; the UI reads it). */
export function admits(access: Access, role: Role): boolean {
  return access === 'public' || access === 'signedIn' || access.includes(role);
}
