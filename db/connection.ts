import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase } from 'kysely';
import type { DatabaseProblem } from '../shared/app/contract.ts';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;

export interface OpenDatabase {
  readonly path: string;
  readonly db: Db;
  /** The raw connection, for pragmas, checkpoints and migrations; services use `db`. */
  readonly sqlite: BetterSqlite3.Database;
  readonly schemaVersion: number;
  /** Moves the WAL into the main file and truncates it, so deleted pages leave no copy behind. */
  checkpoint(): void;
  close(): Promise<void>;
}

export type OpenOutcome = { ok: true; database: OpenDatabase } | { ok: false; problem: DatabaseProblem };

const BUSY_TIMEOUT_MS = 2_000;

/**
 * Opens (creating if needed) the clinic's database: pragmas of DESIGN.md, an exclusive lock so
 * that a second running copy cannot write beside this one, `quick_check`, and migrations in one
 * transaction. Never throws for a bad file: it reports why, so the app can show a recovery screen.
 */
export function openDatabase(path: string): OpenOutcome {
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(path, { timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    return { ok: false, problem: { kind: 'unreadable', detail: describe(error) } };
  }
  try {
    const problem = prepare(sqlite);
    if (problem) {
      sqlite.close();
      return { ok: false, problem };
    }
  } catch (error) {
    sqlite.close();
    return { ok: false, problem: classify(error) };
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    ok: true,
    database: {
      path,
      db,
      sqlite,
      schemaVersion: LATEST_SCHEMA_VERSION,
      checkpoint: () => {
        sqlite.pragma('wal_checkpoint(TRUNCATE)');
      },
      close: async () => {
        // Kysely only closes a connection it has used; close the file ourselves either way.
        await db.destroy();
        if (sqlite.open) sqlite.close();
      },
    },
  };
}

function prepare(sqlite: BetterSqlite3.Database): DatabaseProblem | null {
  // Exclusive locking first: WAL then keeps its index in memory (no -shm file) and the lock taken
  // below is held until close, so the CLI or another copy gets "locked" instead of writing beside us.
  sqlite.pragma('locking_mode = EXCLUSIVE');
  sqlite.pragma('journal_mode = WAL');
  sqlite.exec('BEGIN EXCLUSIVE; COMMIT;');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('secure_delete = ON');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);

  const check = sqlite.pragma('quick_check', { simple: true });
  if (check !== 'ok') return { kind: 'corrupt', detail: String(check) };

  const fileVersion = Number(sqlite.pragma('user_version', { simple: true }));
  if (fileVersion > LATEST_SCHEMA_VERSION) {
    return { kind: 'too-new', fileVersion, appVersion: LATEST_SCHEMA_VERSION };
  }
  migrate(sqlite, fileVersion);
  return null;
}

function migrate(sqlite: BetterSqlite3.Database, fromVersion: number): void {
  const pending = MIGRATIONS.filter((m) => m.version > fromVersion);
  if (pending.length === 0) return;
  sqlite.transaction(() => {
    for (const migration of pending) {
      sqlite.exec(migration.sql);
      sqlite.pragma(`user_version = ${migration.version}`);
    }
  })();
}

const CACHED_STATEMENTS = 500;

/**
 * Kysely prepares every query anew; a call runs a dozen small ones (admission, the access log, the
 * seal), so compiling them was a good part of its cost. The same SQL text reuses its statement
 * (better-sqlite3 statements are reusable; SQLite recompiles one itself after a schema change).
 * Bounded, oldest out first: a query built with a varying IN list must not grow it without end.
 */
function withStatementCache(sqlite: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (sql) => {
      let statement = cache.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        if (cache.size >= CACHED_STATEMENTS) cache.delete(cache.keys().next().value ?? '');
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

function classify(error: unknown): DatabaseProblem {
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return { kind: 'locked' };
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return { kind: 'corrupt', detail: describe(error) };
  return { kind: 'unreadable', detail: describe(error) };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
