import type { DatabaseProblem } from '../shared/app/contract.ts';
import { openDatabase, type OpenDatabase } from '../db/connection.ts';
import { compareWithCheckpoint, readCheckpointFile } from './ledger/checkpointFile.ts';
import { sealUnsealedTail } from './ledger/seals.ts';
import { SCRYPT_PARAMS, type ScryptParams } from './crypto/scrypt.ts';
import { keyFilePathFor, keyFileProtector, type SecretProtector } from './crypto/secrets.ts';
import type { Printer } from './printing.ts';

/** All time comes from here, so that tests (and the demo) can set "today". */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock a test can move: `clock.set('2026-12-31T09:00:00+09:00')`. */
export function manualClock(start: string | Date): Clock & {
  set(at: string | Date): void;
  advanceMinutes(minutes: number): void;
  advanceDays(days: number): void;
} {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (at) => {
      current = new Date(at);
    },
    advanceMinutes: (minutes) => {
      current = new Date(current.getTime() + minutes * 60_000);
    },
    advanceDays: (days) => {
      current = new Date(current.getTime() + days * 86_400_000);
    },
  };
}

/** The Electron shell's services for main-process code that must not import Electron (electron/main.ts provides them). */
export interface ShellServices {
  /** An OS notification: counts and plain words only, never personal data. */
  notify?(title: string, body: string): void;
  /** The system's folder picker; null when cancelled. */
  chooseFolder?(): Promise<string | null>;
}

export type DatabaseState = { ok: true; database: OpenDatabase } | { ok: false; problem: DatabaseProblem };

/**
 * What the main process (or the CLI, or a test) holds for the life of the app: the database,
 * the clock, the protector of unattended secrets. Sessions are per window and live beside it.
 */
export interface AppContext {
  readonly databasePath: string;
  readonly clock: Clock;
  /** Seals the installation key: the OS key store in the app, a key file in the CLI and tests. */
  readonly secrets: SecretProtector;
  /** Absent where nothing can render the renderer's print routes (the CLI). */
  readonly printer: Printer | undefined;
  /** What only the Electron shell can do (OS notifications, the folder picker); absent in the CLI and tests. */
  readonly shell?: ShellServices;
  /** scrypt cost of new password hashes and sealed keys (SCRYPT_PARAMS; the test suites use a cheaper one). */
  readonly passwordCost: ScryptParams;
  state(): DatabaseState;
  /** Closes and opens the database file again (the recovery screen's "다시 시도"). */
  reopen(): Promise<DatabaseState>;
  close(): Promise<void>;
}

export interface AppContextOptions {
  databasePath: string;
  clock?: Clock;
  secrets?: SecretProtector;
  printer?: Printer;
  shell?: ShellServices;
  passwordCost?: ScryptParams;
  /**
   * Compare the file with the checkpoint kept beside it when opening (default): a file that was cut
   * or rolled back opens on the recovery screen. Off only for `verify`, which reports it instead.
   */
  checkCheckpoint?: boolean;
  /** A problem found before the file was touched (the OS key store refused): shown instead of opening. */
  startupProblem?: DatabaseProblem;
}

/** Opens the file and holds it to the checkpoint kept beside it. */
function openChecked(options: AppContextOptions): DatabaseState {
  if (options.startupProblem) return { ok: false, problem: options.startupProblem };
  const opened = openDatabase(options.databasePath);
  if (!opened.ok || options.checkCheckpoint === false) return opened;
  const reading = readCheckpointFile(options.databasePath);
  const problem = reading.state === 'found' ? compareWithCheckpoint(opened.database, reading.file) : null;
  if (!problem) return opened;
  // Closed at once: nothing may be written into a file that has lost its history.
  void opened.database.close();
  return { ok: false, problem };
}

function accessLogHead(state: DatabaseState): number {
  if (!state.ok) return 0;
  try {
    return (state.database.sqlite.prepare('SELECT max(seq) FROM access_log').pluck().get() as number | null) ?? 0;
  } catch {
    // A damaged file: verification reports it; closing it adds nothing.
    return Number.POSITIVE_INFINITY;
  }
}

export function createAppContext(options: AppContextOptions): AppContext {
  const clock = options.clock ?? systemClock;
  let state: DatabaseState = openChecked(options);

  let closed = false;
  // A program that only read the file (verify, info) leaves it exactly as it found it.
  let logHeadAtOpen = accessLogHead(state);
  const close = async () => {
    if (!state.ok || closed) return;
    closed = true;
    try {
      // Whatever this run logged after the last seal is sealed before the file is let go.
      if (accessLogHead(state) > logHeadAtOpen) await sealUnsealedTail(context, 'close');
    } catch (error) {
      console.error('[close] could not seal the access log before closing', error);
    }
    await state.database.close();
  };

  const context: AppContext = {
    databasePath: options.databasePath,
    clock,
    secrets: options.secrets ?? keyFileProtector(keyFilePathFor(options.databasePath)),
    printer: options.printer,
    ...(options.shell ? { shell: options.shell } : {}),
    passwordCost: options.passwordCost ?? SCRYPT_PARAMS,
    state: () => state,
    reopen: async () => {
      await close();
      state = openChecked(options);
      closed = false;
      logHeadAtOpen = accessLogHead(state);
      return state;
    },
    close,
  };
  return context;
}
