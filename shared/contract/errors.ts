import type { z } from 'zod';

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
  /**
   * What the access log records when it differs from what the caller is told: sign-in answers a
   * locked account like a wrong password (a guesser learns nothing), but the officer reviewing the
   * log must see that the account was locked.
   */
  readonly logAs: ErrorCode;

  constructor(
    code: ErrorCode,
    message: string,
    extra: { fields?: Record<string, string>; details?: Record<string, unknown>; persist?: boolean; logAs?: ErrorCode } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = extra.fields;
    this.details = extra.details;
    this.persist = extra.persist ?? false;
    this.logAs = extra.logAs ?? code;
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
