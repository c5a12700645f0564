import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { AccessLogTable } from '../../db/schema.ts';
import type { Role } from '../../shared/contract/method.ts';
import { canonicalJson } from '../../shared/ledger/canonical.ts';
import { GENESIS_HASH } from '../../shared/ledger/types.ts';
import { createAppContext, manualClock } from '../../electron/context.ts';
import { keyFilePathFor } from '../../electron/crypto/secrets.ts';
import { checkpointPathFor } from '../../electron/ledger/checkpointFile.ts';
import { sha256Hex } from '../../electron/crypto/signing.ts';
import { accessEntryMac } from '../../electron/ledger/accessChain.ts';
import type { Session } from '../../electron/session.ts';
import { TEST_PASSWORD_COST, tempDir, type TestApp } from './tempdb.ts';

/**
 * Copies a database file that no app holds open (with its WAL, if one was left, and the key file
 * of its installation key) into a fresh folder: one prepared scenario, many tampered copies.
 */
export function copyDatabase(source: string, parent?: string): { path: string; cleanup(): void } {
  const { dir, cleanup } = tempDir('retention-desk-tamper-', parent);
  const path = join(dir, 'clinic.db');
  copyFileSync(source, path);
  for (const suffix of ['-wal']) {
    if (existsSync(`${source}${suffix}`)) copyFileSync(`${source}${suffix}`, `${path}${suffix}`);
  }
  if (existsSync(keyFilePathFor(source))) copyFileSync(keyFilePathFor(source), keyFilePathFor(path));
  if (existsSync(checkpointPathFor(source))) copyFileSync(checkpointPathFor(source), checkpointPathFor(path));
  return { path, cleanup };
}

/** A test app over a copy of `source`; `close()` closes it and removes the copy. */
export function openCopy(source: string, start = '2026-11-24T09:00:00+09:00'): TestApp {
  const { path, cleanup } = copyDatabase(source);
  const clock = manualClock(start);
  const app = createAppContext({ databasePath: path, clock, passwordCost: TEST_PASSWORD_COST });
  return {
    app,
    dbPath: path,
    clock,
    close: async () => {
      await app.close();
      cleanup();
    },
  };
}

/**
 * The session the main process holds for an account after it signed in. Only for tests that
 * inspect a copied file, where signing in again would just cost another scrypt round.
 */
export function signedInAs(id: number, role: Role, at: Date): Session {
  return { user: { id, role, mustChangePassword: false }, locked: false, lastActivityAt: at.getTime(), terminal: 'test' };
}

type AccessRow = Omit<AccessLogTable, 'hash'>;

/**
 * What an attacker who knows the hash formula does after editing a row: recompute every hash
 * from `fromSeq` to the end, so that the chain is consistent again. Without the MAC key the newest
 * entry's MAC then gives it away; with it (`macKey`), only a signed head recorded elsewhere can.
 */
export function rechainAccessLog(sqlite: BetterSqlite3.Database, fromSeq: number, macKey?: Buffer): void {
  const rows = sqlite.prepare('SELECT * FROM access_log WHERE seq >= ? ORDER BY seq').all(fromSeq) as AccessRow[];
  let previous =
    (sqlite
      .prepare('SELECT hash FROM access_log WHERE seq = ?')
      .pluck()
      .get(fromSeq - 1) as string | undefined) ?? GENESIS_HASH;
  const update = sqlite.prepare('UPDATE access_log SET prev_hash = ?, hash = ?, mac = coalesce(?, mac) WHERE seq = ?');
  for (const row of rows) {
    const hash = sha256Hex(
      canonicalJson({
        seq: row.seq,
        at: row.at,
        userId: row.user_id,
        kind: row.kind,
        method: row.method,
        targets: JSON.parse(row.targets) as unknown,
        result: row.result,
        terminal: row.terminal,
        prevHash: previous,
      }),
    );
    update.run(previous, hash, macKey ? accessEntryMac(macKey, hash) : null, row.seq);
    previous = hash;
  }
}
