import { z } from 'zod';
import { koreanIssueMessage } from './messages.ts';

// Every validation message the user can see is Korean; field schemas override it where a more
// specific sentence exists.
z.config({ customError: koreanIssueMessage });

export const ROLES = ['officer', 'admin', 'facilities', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** Who may call a method: `'public'` needs no sign-in (setup, sign-in, status). */
export type Access = 'public' | readonly Role[];

/**
 * What the access log (접속기록) writes for a call.
 * - `none`: housekeeping that touches no personal data, ledgers or accounts (status polls)
 * - `read`: reads personal data, a ledger or accounts
 * - `change`: changes them
 */
export type LogKind = 'none' | 'read' | 'change';

export interface MethodDef<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  readonly roles: Access;
  readonly log: LogKind;
  /** false: the handler needs no database (it must work while the database cannot be opened). */
  readonly transaction: boolean;
  /** Type-only: the result type. Never set at run time. */
  readonly output?: O;
}

/**
 * Declares a method. The result type comes first and explicitly, the input type is inferred
 * from the schema: `method<ClinicProfile>()({ input: ..., roles: [...], log: 'read' })`.
 */
export function method<O>() {
  return <I extends z.ZodType>(def: {
    input: I;
    roles: Access;
    log: LogKind;
    transaction?: boolean;
  }): MethodDef<I, O> => ({ transaction: true, ...def });
}

export type InputOf<M> = M extends MethodDef<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<M> = M extends MethodDef<infer I, unknown> ? z.output<I> : never;
export type OutputOf<M> = M extends MethodDef<z.ZodType, infer O> ? O : never;

export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED',
  'INTERNAL',
] as const;
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

  constructor(
    code: ErrorCode,
    message: string,
    extra: { fields?: Record<string, string>; details?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = extra.fields;
    this.details = extra.details;
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
