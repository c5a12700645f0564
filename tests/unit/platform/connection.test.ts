import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../../db/connection.ts';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations/index.ts';
import { tempDir } from '../../support/tempdb.ts';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function freshPath(): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  return join(dir, 'clinic.db');
}

function mustOpen(path: string): OpenDatabase {
  const outcome = openDatabase(path);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
  cleanups.push(() => outcome.database.close());
  return outcome.database;
}

describe('openDatabase', () => {
  it('creates the schema and sets the pragmas of DESIGN.md', () => {
    const { sqlite, schemaVersion } = mustOpen(freshPath());
    expect(schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('secure_delete', { simple: true })).toBe(1);
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['meta', 'clinic_profile']));
  });

  it('opens an existing file again without re-running migrations', async () => {
    const path = freshPath();
    const first = openDatabase(path);
    if (!first.ok) throw new Error('open failed');
    first.database.sqlite.prepare("INSERT INTO meta (key, value) VALUES ('probe', 'kept')").run();
    await first.database.close();
    const again = mustOpen(path);
    expect(again.sqlite.prepare("SELECT value FROM meta WHERE key = 'probe'").pluck().get()).toBe('kept');
  });

  it('reports a file that is not a database as corrupt instead of throwing', () => {
    const path = freshPath();
    writeFileSync(path, 'this is a spreadsheet, not a database'.repeat(200));
    const outcome = openDatabase(path);
    expect(outcome).toMatchObject({ ok: false, problem: { kind: 'corrupt' } });
  });

  it('refuses a file made by a newer app, and leaves it unchanged', () => {
    const path = freshPath();
    const raw = new BetterSqlite3(path);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.exec('CREATE TABLE future_table (x)');
    raw.close();
    const outcome = openDatabase(path);
    expect(outcome).toMatchObject({
      ok: false,
      problem: { kind: 'too-new', fileVersion: LATEST_SCHEMA_VERSION + 5, appVersion: LATEST_SCHEMA_VERSION },
    });
    const after = new BetterSqlite3(path);
    expect(after.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 5);
    expect(after.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'clinic_profile'").pluck().get()).toBe(0);
    after.close();
  });

  it('reports "locked" while another connection (another running copy) holds the file', () => {
    const path = freshPath();
    mustOpen(path);
    const second = openDatabase(path);
    expect(second).toMatchObject({ ok: false, problem: { kind: 'locked' } });
  });

  it('reports an unreachable path as unreadable', () => {
    const outcome = openDatabase(join(freshPath(), 'no', 'such', 'folder', 'x.db'));
    expect(outcome).toMatchObject({ ok: false, problem: { kind: 'unreadable' } });
  });
});
