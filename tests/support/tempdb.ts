import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppContext, manualClock, type AppContext } from '../../electron/context.ts';
import type { ScryptParams } from '../../electron/crypto/scrypt.ts';

/**
 * The suites hash hundreds of passwords: they use scrypt at N = 2^14 (the app's own cost, 2^17, is
 * tested where it matters: tests/unit/accounts/passwords.test.ts). The format stores the cost, so
 * nothing else differs.
 */
export const TEST_PASSWORD_COST: ScryptParams = { N: 2 ** 14, r: 8, p: 1 };

/** A fresh database file in its own temporary folder, removed by `cleanup`. */
export function tempDir(prefix = 'retention-desk-test-', parent = tmpdir()): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(parent, prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestApp {
  app: AppContext;
  dbPath: string;
  clock: ReturnType<typeof manualClock>;
  close(): Promise<void>;
}

export function testApp(start = '2026-11-24T09:00:00+09:00'): TestApp {
  const { dir, cleanup } = tempDir();
  const dbPath = join(dir, 'clinic.db');
  const clock = manualClock(start);
  const app = createAppContext({ databasePath: dbPath, clock, passwordCost: TEST_PASSWORD_COST });
  return {
    app,
    dbPath,
    clock,
    close: async () => {
      await app.close();
      cleanup();
    },
  };
}

/** The open database of a test app (throws if it could not be opened). */
export function databaseOf(app: AppContext) {
  const state = app.state();
  if (!state.ok) throw new Error(`database not open: ${JSON.stringify(state.problem)}`);
  return state.database;
}
