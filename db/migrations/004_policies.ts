import type { Migration } from './types.ts';

/**
 * The clinic's record types and the retention rule attached to each. The rule and its legal basis
 * are copied when attached, so a record keeps the basis it was kept under even if a later version
 * of the app updates its preset catalog.
 */
export const policies: Migration = {
  version: 4,
  name: 'policies',
  sql: `
    CREATE TABLE retention_policies (
      id          INTEGER PRIMARY KEY,
      name        TEXT NOT NULL,
      description TEXT NOT NULL,
      start_label TEXT NOT NULL,
      preset_id   TEXT,
      rule        TEXT NOT NULL,
      basis       TEXT NOT NULL,
      minimum     INTEGER NOT NULL CHECK (minimum IN (0, 1)),
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL,
      archived_at TEXT
    ) STRICT;
    CREATE UNIQUE INDEX retention_policies_name ON retention_policies (name) WHERE archived_at IS NULL;
  `,
};
