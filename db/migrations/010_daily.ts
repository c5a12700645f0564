import type { Migration } from './types.ts';

/**
 * The daily run (one row per clinic day, its day the unique key: each day runs exactly once), the
 * in-app notifications it raises and who has read them, the backups it makes (each with its own
 * key, destroyed when the backup expires), the monthly restore drill and the ledger checks. Only
 * ids, counts and message keys: nothing personal is written here.
 */
export const daily: Migration = {
  version: 10,
  name: 'daily',
  sql: `
    CREATE TABLE daily_runs (
      day          TEXT PRIMARY KEY,
      trigger      TEXT NOT NULL,
      started_at   TEXT NOT NULL,
      finished_at  TEXT,
      found        INTEGER NOT NULL DEFAULT 0,
      did          INTEGER NOT NULL DEFAULT 0,
      failed       INTEGER NOT NULL DEFAULT 0,
      summary      TEXT NOT NULL DEFAULT '{}'
    ) STRICT;

    CREATE TABLE notifications (
      id          INTEGER PRIMARY KEY,
      day         TEXT NOT NULL REFERENCES daily_runs (day),
      created_at  TEXT NOT NULL,
      item_id     TEXT NOT NULL,
      section     TEXT NOT NULL,
      route       TEXT NOT NULL,
      message     TEXT NOT NULL,
      params      TEXT NOT NULL,
      count       INTEGER NOT NULL,
      severity    TEXT NOT NULL,
      method      TEXT NOT NULL
    ) STRICT;

    CREATE TABLE notification_reads (
      notification_id INTEGER NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
      user_id         INTEGER NOT NULL REFERENCES users (id),
      read_at         TEXT NOT NULL,
      PRIMARY KEY (notification_id, user_id)
    ) STRICT;

    CREATE TABLE daily_config (
      id                  INTEGER PRIMARY KEY CHECK (id = 1),
      run_at              TEXT NOT NULL,
      backup_folder       TEXT,
      backup_max_age_days INTEGER NOT NULL CHECK (backup_max_age_days BETWEEN 1 AND 5),
      recovery_key        BLOB,
      recovery_id         TEXT,
      recovery_issued_at  TEXT,
      updated_at          TEXT NOT NULL
    ) STRICT;

    CREATE TABLE backups (
      id          INTEGER PRIMARY KEY,
      file_name   TEXT NOT NULL UNIQUE,
      folder      TEXT NOT NULL,
      created_at  TEXT NOT NULL,
      made_on     TEXT NOT NULL,
      expires_on  TEXT NOT NULL,
      size        INTEGER NOT NULL,
      sha256      TEXT NOT NULL,
      key         BLOB,
      recovery_id TEXT,
      ledger_seq  INTEGER NOT NULL,
      ledger_hash TEXT NOT NULL,
      trigger     TEXT NOT NULL,
      expired_at  TEXT,
      removal     TEXT
    ) STRICT;

    CREATE TABLE restore_drills (
      month      TEXT PRIMARY KEY,
      at         TEXT NOT NULL,
      backup_id  INTEGER,
      ok         INTEGER NOT NULL,
      detail     TEXT NOT NULL
    ) STRICT;

    CREATE TABLE ledger_checks (
      id       INTEGER PRIMARY KEY,
      at       TEXT NOT NULL,
      what     TEXT NOT NULL,
      ok       INTEGER NOT NULL,
      entries  INTEGER NOT NULL,
      detail   TEXT NOT NULL
    ) STRICT;
  `,
};
