import type { Migration } from './types.ts';

/**
 * Reservations, one row per booking as the booking system exported it, each with its own due
 * date, stored and indexed so that "what is due on D" is a range scan of `reservations_due`.
 * The rows of a destruction are deleted (under secure_delete) when the performer signs; the
 * request keeps only their ids (`reservation_disposal_rows`), never their content.
 */
export const reservations: Migration = {
  version: 8,
  name: 'reservations',
  sql: `
    CREATE TABLE reservation_imports (
      id           INTEGER PRIMARY KEY,
      file_name    TEXT NOT NULL,
      format       TEXT NOT NULL,
      size         INTEGER NOT NULL,
      sha256       TEXT NOT NULL,
      added        INTEGER NOT NULL,
      updated      INTEGER NOT NULL,
      imported_by  INTEGER NOT NULL REFERENCES users (id),
      imported_at  TEXT NOT NULL
    );

    CREATE TABLE reservations (
      id            INTEGER PRIMARY KEY,
      source        TEXT NOT NULL,
      booking_id    TEXT NOT NULL,
      name          TEXT NOT NULL,
      nationality   TEXT,
      birth_date    TEXT,
      email         TEXT,
      phone         TEXT,
      department    TEXT,
      reserved_at   TEXT NOT NULL,
      reserved_on   TEXT NOT NULL,
      status        TEXT NOT NULL CHECK (status IN ('booked', 'completed', 'cancelled', 'no_show')),
      cancelled_at  TEXT,
      child         INTEGER NOT NULL DEFAULT 0 CHECK (child IN (0, 1)),
      import_id     INTEGER REFERENCES reservation_imports (id),
      request_kind  TEXT CHECK (request_kind IN ('deletion', 'withdrawal')),
      requested_on  TEXT,
      due_on        TEXT NOT NULL,
      destroy_by    TEXT NOT NULL,
      created_at    TEXT NOT NULL,
      updated_at    TEXT NOT NULL,
      UNIQUE (source, booking_id)
    );
    CREATE INDEX reservations_due ON reservations (due_on, destroy_by);

    CREATE TABLE reservation_settings (
      id          INTEGER PRIMARY KEY CHECK (id = 1),
      policy_id   INTEGER REFERENCES retention_policies (id),
      grace_days  INTEGER NOT NULL DEFAULT 0 CHECK (grace_days BETWEEN 0 AND 3650),
      file_id     INTEGER REFERENCES pi_files (id)
    );
    INSERT INTO reservation_settings (id, policy_id, grace_days, file_id) VALUES (1, NULL, 0, NULL);

    CREATE TABLE reservation_disposal_rows (
      request_id      INTEGER NOT NULL REFERENCES disposal_requests (id),
      reservation_id  INTEGER NOT NULL,
      PRIMARY KEY (request_id, reservation_id)
    ) WITHOUT ROWID;

    CREATE TABLE downloaded_files (
      id             INTEGER PRIMARY KEY,
      path           TEXT NOT NULL,
      file_name      TEXT NOT NULL,
      size           INTEGER NOT NULL,
      sha256         TEXT NOT NULL,
      registered_by  INTEGER NOT NULL REFERENCES users (id),
      registered_at  TEXT NOT NULL,
      destroyed_at   TEXT,
      ledger_seq     INTEGER
    );

    CREATE TABLE processor_confirmations (
      id              INTEGER PRIMARY KEY,
      request_id      INTEGER NOT NULL REFERENCES disposal_requests (id),
      processor_id    INTEGER NOT NULL,
      processor_name  TEXT NOT NULL,
      requested_on    TEXT,
      confirmed_on    TEXT,
      evidence_id     TEXT REFERENCES attachments (id),
      UNIQUE (request_id, processor_id)
    );
  `,
};
