import type { Migration } from './types.ts';

/**
 * Accounts, signing keys, the signed ledger (key registrations first; destructions later) and the
 * access log (접속기록). Neither chain holds personal data values: ids, counts and digests only.
 */
export const accounts: Migration = {
  version: 2,
  name: 'accounts',
  sql: `
    CREATE TABLE settings (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE users (
      id                   INTEGER PRIMARY KEY,
      login                TEXT NOT NULL UNIQUE COLLATE NOCASE,
      display_name         TEXT NOT NULL,
      title                TEXT NOT NULL,
      role                 TEXT NOT NULL CHECK (role IN ('officer', 'admin', 'facilities', 'auditor')),
      password_hash        TEXT NOT NULL,
      password_changed_at  TEXT NOT NULL,
      must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
      failed_attempts      INTEGER NOT NULL DEFAULT 0,
      locked_at            TEXT,
      disabled_at          TEXT,
      created_at           TEXT NOT NULL,
      created_by           INTEGER REFERENCES users (id)
    ) STRICT;

    -- One row per key pair ever issued; the private half is encrypted (user keys under the
    -- user's password, the installation key by the OS key store or a key file).
    CREATE TABLE signing_keys (
      key_id        TEXT PRIMARY KEY,
      user_id       INTEGER REFERENCES users (id),
      public_key    TEXT NOT NULL,
      sealed_private_key TEXT NOT NULL,
      created_at    TEXT NOT NULL,
      revoked_at    TEXT
    ) STRICT;
    CREATE UNIQUE INDEX signing_keys_one_active_per_user
      ON signing_keys (user_id) WHERE revoked_at IS NULL AND user_id IS NOT NULL;

    CREATE TABLE ledger_entries (
      seq        INTEGER PRIMARY KEY,
      kind       TEXT NOT NULL,
      serial     TEXT UNIQUE,
      content    TEXT NOT NULL,
      signatures TEXT NOT NULL,
      hash       TEXT NOT NULL UNIQUE
    ) STRICT;

    CREATE TABLE access_log (
      seq       INTEGER PRIMARY KEY,
      at        TEXT NOT NULL,
      user_id   INTEGER,
      kind      TEXT NOT NULL,
      method    TEXT NOT NULL,
      targets   TEXT NOT NULL,
      result    TEXT NOT NULL,
      terminal  TEXT NOT NULL,
      prev_hash TEXT NOT NULL,
      hash      TEXT NOT NULL
    ) STRICT;
    CREATE INDEX access_log_at ON access_log (at);
    CREATE INDEX access_log_user ON access_log (user_id, at);

    CREATE TABLE access_reviews (
      id               INTEGER PRIMARY KEY,
      reviewed_through TEXT NOT NULL,
      remark           TEXT NOT NULL,
      reviewed_by      INTEGER NOT NULL REFERENCES users (id),
      reviewed_at      TEXT NOT NULL,
      log_seq          INTEGER NOT NULL,
      log_hash         TEXT NOT NULL
    ) STRICT;
  `,
};
