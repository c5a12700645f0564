import { z } from 'zod';
import { koreanIssueMessage } from './messages.ts';

// Every validation message the user can see is Korean; field schemas override it where a more
// specific sentence exists.
z.config({ customError: koreanIssueMessage });

export const ROLES = ['officer', 'admin', 'facilities', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

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
  /**
   * false: the handler is not wrapped in a transaction. For public status methods that must work
   * while the database cannot be opened, and for slow work that must not hold the database (the
   * handler then opens its own transaction for what it writes).
   */
  readonly transaction: boolean;
  /** Type-only: the result type. Never set at run time. */
  readonly output?: O;
}

/**
 * Declares a method. The result type comes first and explicitly, the input type is inferred
 * from the schema: `method<ClinicProfile>()({ input: ..., roles: [...], log: 'read' })`.
 */
export function method<O>() {
  return <I extends z.ZodType>(def: { input: I; roles: Access; log: LogKind; transaction?: boolean }): MethodDef<I, O> => ({
    transaction: true,
    ...def,
  });
}

export type InputOf<M> = M extends MethodDef<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<M> = M extends MethodDef<infer I, unknown> ? z.output<I> : never;
export type OutputOf<M> = M extends MethodDef<z.ZodType, infer O> ? O : never;

export const ERROR_CODES = ['VALIDATION', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'LOCKED', 'INTERNAL'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorBody {
  code: ErrorCode;
  /** A Korean sentence for staff that says what to do next. */
  message: string;
  /** For VALIDATION: field path (dot-joined) → Korean message. */
  fields?: Record<string, string>;
  details?: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Thrown by services; the dispatcher turns it into `{ ok: false, error }` and rolls back. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string> | undefined;
  readonly details: Record<string, unknown> | undefined;
  /**
   * Commit what the handler wrote before failing. Only for failures that are themselves facts
   * to keep: a wrong password counts toward the lockout even though the sign-in fails.
   */
  readonly persist: boolean;

  constructor(
    code: ErrorCode,
    message: string,
    extra: { fields?: Record<string, string>; details?: Record<string, unknown>; persist?: boolean } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = extra.fields;
    this.details = extra.details;
    this.persist = extra.persist ?? false;
  }

  toBody(): ApiErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.fields ? { fields: this.fields } : {}),
      ...(this.details ? { details: this.details } : {}),
    };
  }
}

/** Zod issues → `{ 'a.b': message }`, first message per field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

export const VALIDATION_MESSAGE = '입력한 내용을 확인해 주세요. 표시된 항목이 올바르지 않습니다.';
