import type { Migration } from './types.ts';

/** Recorders (NVR/DVR) and how long each keeps footage: the facts the CCTV policy must state. */
export const cctv: Migration = {
  version: 3,
  name: 'cctv',
  sql: `
    CREATE TABLE cctv_recorders (
      id                  INTEGER PRIMARY KEY,
      name                TEXT NOT NULL,
      location            TEXT NOT NULL,
      camera_count        INTEGER NOT NULL CHECK (camera_count > 0),
      recording_mode      TEXT NOT NULL CHECK (recording_mode IN ('continuous', 'motion', 'scheduled')),
      recording_hours     TEXT NOT NULL,
      storage_place       TEXT NOT NULL,
      retention_preset_id TEXT NOT NULL,
      created_at          TEXT NOT NULL,
      updated_at          TEXT NOT NULL,
      retired_at          TEXT
    ) STRICT;
  `,
};
