import type { Migration } from './types.ts';

const appendOnly = (table: string) => `
    CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
      BEGIN SELECT RAISE(ABORT, '${table} is append-only: a correction is a new row'); END;
    CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
      BEGIN SELECT RAISE(ABORT, '${table} is append-only: a correction is a new row'); END;`;

/**
 * CCTV beyond the recorders: the cameras, who manages them and who is entrusted, the daily proof
 * that expired footage is gone (by hand or read from the recorder over ONVIF), holds, and the
 * 개인영상정보 관리대장 of requests, uses and provisions (append-only: corrections are new rows).
 */
export const cctvLog: Migration = {
  version: 9,
  name: 'cctv_log',
  sql: `
    ALTER TABLE cctv_recorders ADD COLUMN manager_user_id INTEGER REFERENCES users(id);
    ALTER TABLE cctv_recorders ADD COLUMN access_user_ids TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE cctv_recorders ADD COLUMN processor_id INTEGER;
    ALTER TABLE cctv_recorders ADD COLUMN onvif_url TEXT;
    ALTER TABLE cctv_recorders ADD COLUMN onvif_user TEXT;
    ALTER TABLE cctv_recorders ADD COLUMN onvif_secret TEXT;

    CREATE TABLE cctv_cameras (
      id             INTEGER PRIMARY KEY,
      recorder_id    INTEGER NOT NULL REFERENCES cctv_recorders(id),
      number         TEXT NOT NULL,
      location       TEXT NOT NULL,
      shooting_range TEXT NOT NULL,
      operating_room INTEGER NOT NULL CHECK (operating_room IN (0, 1)),
      created_at     TEXT NOT NULL,
      updated_at     TEXT NOT NULL,
      retired_at     TEXT
    ) STRICT;
    CREATE INDEX cctv_cameras_recorder ON cctv_cameras(recorder_id);

    CREATE TABLE cctv_confirmations (
      id           INTEGER PRIMARY KEY,
      recorder_id  INTEGER NOT NULL REFERENCES cctv_recorders(id),
      recorded_on  TEXT NOT NULL,
      confirmed_on TEXT NOT NULL,
      method       TEXT NOT NULL CHECK (method IN ('overwrite', 'manual', 'device')),
      oldest_held  TEXT,
      note         TEXT NOT NULL,
      confirmed_by INTEGER NOT NULL REFERENCES users(id),
      created_at   TEXT NOT NULL,
      UNIQUE (recorder_id, recorded_on)
    ) STRICT;

    CREATE TABLE cctv_month_closes (
      id          INTEGER PRIMARY KEY,
      recorder_id INTEGER NOT NULL REFERENCES cctv_recorders(id),
      month       TEXT NOT NULL,
      ledger_seq  INTEGER NOT NULL,
      closed_by   INTEGER NOT NULL REFERENCES users(id),
      closed_at   TEXT NOT NULL,
      UNIQUE (recorder_id, month)
    ) STRICT;

    CREATE TABLE cctv_onvif_reads (
      id                INTEGER PRIMARY KEY,
      recorder_id       INTEGER NOT NULL REFERENCES cctv_recorders(id),
      at                TEXT NOT NULL,
      outcome           TEXT NOT NULL CHECK (outcome IN ('compliant', 'flagged', 'manual')),
      reason            TEXT NOT NULL,
      search_xaddr      TEXT,
      data_from         TEXT,
      data_until        TEXT,
      number_recordings INTEGER,
      read_by           INTEGER REFERENCES users(id)
    ) STRICT;

    CREATE TABLE cctv_holds (
      id           INTEGER PRIMARY KEY,
      from_date    TEXT NOT NULL,
      until_date   TEXT NOT NULL,
      reason       TEXT NOT NULL,
      requester    TEXT NOT NULL,
      review_on    TEXT NOT NULL,
      created_by   INTEGER NOT NULL REFERENCES users(id),
      created_at   TEXT NOT NULL,
      released_on  TEXT,
      released_by  INTEGER REFERENCES users(id),
      release_note TEXT
    ) STRICT;

    CREATE TABLE cctv_hold_cameras (
      hold_id   INTEGER NOT NULL REFERENCES cctv_holds(id),
      camera_id INTEGER NOT NULL REFERENCES cctv_cameras(id),
      PRIMARY KEY (hold_id, camera_id)
    ) STRICT;

    CREATE TABLE cctv_requests (
      id                INTEGER PRIMARY KEY,
      category          TEXT NOT NULL CHECK (category IN ('viewing', 'existence', 'deletion', 'use', 'provision')),
      requester_name    TEXT NOT NULL,
      requester_contact TEXT NOT NULL,
      relation          TEXT NOT NULL,
      purpose           TEXT NOT NULL,
      legal_basis       TEXT NOT NULL,
      camera_ids        TEXT NOT NULL,
      range_from        TEXT NOT NULL,
      range_until       TEXT NOT NULL,
      received_on       TEXT NOT NULL,
      deadline_on       TEXT,
      corrects_id       INTEGER REFERENCES cctv_requests(id),
      correction_reason TEXT,
      created_by        INTEGER NOT NULL REFERENCES users(id),
      created_at        TEXT NOT NULL
    ) STRICT;
    ${appendOnly('cctv_requests')}

    CREATE TABLE cctv_request_events (
      id             INTEGER PRIMARY KEY,
      request_id     INTEGER NOT NULL REFERENCES cctv_requests(id),
      kind           TEXT NOT NULL CHECK (kind IN ('decision', 'provided', 'viewed', 'copy_destroyed', 'deleted')),
      decision       TEXT CHECK (decision IN ('allow', 'partial', 'refuse')),
      reason         TEXT NOT NULL,
      objection      TEXT NOT NULL,
      form           TEXT CHECK (form IN ('onsite', 'copy')),
      medium         TEXT NOT NULL,
      masking        INTEGER CHECK (masking IN (0, 1)),
      viewer         TEXT NOT NULL,
      happened_at    TEXT NOT NULL,
      corrects_id    INTEGER REFERENCES cctv_request_events(id),
      handled_by     INTEGER NOT NULL REFERENCES users(id),
      created_at     TEXT NOT NULL
    ) STRICT;
    ${appendOnly('cctv_request_events')}
  `,
};
