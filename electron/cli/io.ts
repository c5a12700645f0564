import type { ScryptParams } from '../crypto/scrypt.ts';
import type { Clock } from '../context.ts';

/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  /** Only the test suites set this (a cheaper scrypt, as they do for the app); the real CLI never does. */
  passwordCost?: ScryptParams;
  /** Only the test suites set this (a day of their own for `run-daily`); the real CLI uses the system clock. */
  clock?: Clock;
}

/** Exit codes of every command (README documents them). */
export const EXIT = {
  done: 0,
  verificationFailed: 1,
  usage: 2,
  authentication: 3,
} as const;

/** A problem the user can fix; printed as one Korean line, with its exit code. */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode: number = EXIT.usage) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
