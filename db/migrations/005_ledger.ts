import type { Migration } from './types.ts';

/**
 * The register of personal-information files (개인정보파일 목록) and the disposal workflow that
 * ends in a signed ledger entry. Attachments (photos, a processor's confirmation, the archived
 * certificate) are stored in the file with their SHA-256, so the evidence travels with the ledger.
 */
export const ledger: Migration = {
  version: 5,
  name: 'ledger',
  sql: `
    CREATE TABLE pi_files (
      id              INTEGER PRIMARY KEY,
      name            TEXT NOT NULL,
      items           TEXT NOT NULL,
      media_kind      TEXT NOT NULL CHECK (media_kind IN ('electronic', 'paper', 'media', 'video')),
      location_kind   TEXT NOT NULL CHECK (location_kind IN ('app_db', 'pc_folder', 'paper', 'processor', 'cctv')),
      location_detail TEXT NOT NULL,
      record_count    INTEGER NOT NULL CHECK (record_count >= 0),
      policy_id       INTEGER NOT NULL REFERENCES retention_policies (id),
      created_on      TEXT NOT NULL,
      start_date      TEXT,
      event_date      TEXT,
      hold_reason     TEXT,
      hold_until      TEXT,
      destroyed_at    TEXT,
      created_at      TEXT NOT NULL,
      updated_at      TEXT NOT NULL
    ) STRICT;

    CREATE TABLE disposal_requests (
      id                  INTEGER PRIMARY KEY,
      status              TEXT NOT NULL CHECK (status IN ('requested', 'performed', 'completed', 'cancelled')),
      method              TEXT NOT NULL,
      reason              TEXT NOT NULL,
      place               TEXT NOT NULL,
      note                TEXT NOT NULL,
      requested_by        INTEGER NOT NULL REFERENCES users (id),
      requested_at        TEXT NOT NULL,
      performed_by        INTEGER REFERENCES users (id),
      performed_at        TEXT,
      record              TEXT,
      performer_signature TEXT,
      approved_by         INTEGER REFERENCES users (id),
      approved_at         TEXT,
      serial              TEXT UNIQUE,
      ledger_seq          INTEGER,
      ledger_hash         TEXT,
      cancelled_by        INTEGER REFERENCES users (id),
      cancelled_at        TEXT,
      cancel_reason       TEXT
    ) STRICT;

    CREATE TABLE disposal_items (
      request_id      INTEGER NOT NULL REFERENCES disposal_requests (id),
      file_id         INTEGER NOT NULL REFERENCES pi_files (id),
      count_destroyed INTEGER NOT NULL CHECK (count_destroyed > 0),
      PRIMARY KEY (request_id, file_id)
    ) STRICT;

    CREATE TABLE attachments (
      id         TEXT PRIMARY KEY,
      request_id INTEGER NOT NULL REFERENCES disposal_requests (id),
      kind       TEXT NOT NULL CHECK (kind IN ('photo', 'processor_confirmation', 'other', 'certificate_pdf')),
      file_name  TEXT NOT NULL,
      mime       TEXT NOT NULL,
      size       INTEGER NOT NULL,
      sha256     TEXT NOT NULL,
      data       BLOB NOT NULL,
      added_by   INTEGER REFERENCES users (id),
      added_at   TEXT NOT NULL
    ) STRICT;
    CREATE INDEX attachments_request ON attachments (request_id);
  `,
};
