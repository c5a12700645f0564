import type { Migration } from './types.ts';

export const foundation: Migration = {
  version: 1,
  name: 'foundation',
  sql: `
    CREATE TABLE meta (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE clinic_profile (
      id                      INTEGER PRIMARY KEY CHECK (id = 1),
      name                    TEXT NOT NULL,
      representative          TEXT NOT NULL,
      address                 TEXT NOT NULL,
      business_number         TEXT NOT NULL,
      privacy_officer_name    TEXT NOT NULL,
      privacy_officer_title   TEXT NOT NULL,
      privacy_officer_contact TEXT NOT NULL,
      cctv_manager_name       TEXT NOT NULL,
      cctv_manager_title      TEXT NOT NULL,
      cctv_manager_contact    TEXT NOT NULL,
      updated_at              TEXT NOT NULL
    ) STRICT;
  `,
};
