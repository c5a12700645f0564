import type { Migration } from './types.ts';

/**
 * The processor inventory (처리위탁 현황, 법 제26조): each processor (수탁자) with its parent when it
 * was re-entrusted (재위탁), the contract's clauses, the overseas-transfer facts (제28조의8), the
 * register files and retention policies whose data it holds copies of, its inspections, its
 * documents (the contract, inspection reports) with their SHA-256, and the privacy-policy texts
 * marked as published on the website. A processor whose contract ended points at the disposal
 * request that destroys what it held.
 */
export const processors: Migration = {
  version: 7,
  name: 'processors',
  sql: `
    CREATE TABLE processors (
      id                     INTEGER PRIMARY KEY,
      name                   TEXT NOT NULL,
      business_number        TEXT,
      country                TEXT NOT NULL,
      storage_countries      TEXT NOT NULL,
      address                TEXT NOT NULL,
      contact_name           TEXT NOT NULL,
      contact_email          TEXT NOT NULL,
      contact_phone          TEXT NOT NULL,
      work                   TEXT NOT NULL,
      items                  TEXT NOT NULL,
      subjects               TEXT NOT NULL,
      retention_text         TEXT NOT NULL,
      retention_policy_id    INTEGER REFERENCES retention_policies (id),
      contract_start         TEXT NOT NULL,
      contract_end           TEXT,
      parent_id              INTEGER REFERENCES processors (id),
      consent_on             TEXT,
      consent_how            TEXT NOT NULL,
      clauses                TEXT NOT NULL,
      overseas               TEXT,
      inspection_cycle_months INTEGER NOT NULL CHECK (inspection_cycle_months BETWEEN 1 AND 60),
      ended_on               TEXT,
      end_reason             TEXT CHECK (end_reason IN ('contract_ended', 'removed')),
      end_request_id         INTEGER REFERENCES disposal_requests (id),
      created_at             TEXT NOT NULL,
      updated_at             TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX processors_business_number ON processors (business_number) WHERE business_number IS NOT NULL;
    CREATE INDEX processors_parent ON processors (parent_id);

    CREATE TABLE processor_files (
      processor_id INTEGER NOT NULL REFERENCES processors (id),
      file_id      INTEGER NOT NULL REFERENCES pi_files (id),
      PRIMARY KEY (processor_id, file_id)
    ) STRICT;

    CREATE TABLE processor_policies (
      processor_id INTEGER NOT NULL REFERENCES processors (id),
      policy_id    INTEGER NOT NULL REFERENCES retention_policies (id),
      PRIMARY KEY (processor_id, policy_id)
    ) STRICT;

    CREATE TABLE processor_inspections (
      id           INTEGER PRIMARY KEY,
      processor_id INTEGER NOT NULL REFERENCES processors (id),
      inspected_on TEXT NOT NULL,
      inspector    TEXT NOT NULL,
      result       TEXT NOT NULL CHECK (result IN ('pass', 'partial', 'fail')),
      findings     TEXT NOT NULL,
      created_by   INTEGER NOT NULL REFERENCES users (id),
      created_at   TEXT NOT NULL
    ) STRICT;
    CREATE INDEX processor_inspections_processor ON processor_inspections (processor_id);

    CREATE TABLE processor_documents (
      id            TEXT PRIMARY KEY,
      processor_id  INTEGER NOT NULL REFERENCES processors (id),
      inspection_id INTEGER REFERENCES processor_inspections (id),
      kind          TEXT NOT NULL CHECK (kind IN ('contract', 'inspection')),
      file_name     TEXT NOT NULL,
      mime          TEXT NOT NULL,
      size          INTEGER NOT NULL,
      sha256        TEXT NOT NULL,
      data          BLOB NOT NULL,
      added_by      INTEGER NOT NULL REFERENCES users (id),
      added_at      TEXT NOT NULL
    ) STRICT;
    CREATE INDEX processor_documents_processor ON processor_documents (processor_id);

    CREATE TABLE processor_policy_texts (
      id           INTEGER PRIMARY KEY,
      published_on TEXT NOT NULL,
      published_at TEXT NOT NULL,
      published_by INTEGER NOT NULL REFERENCES users (id),
      text         TEXT NOT NULL,
      html         TEXT NOT NULL,
      sha256       TEXT NOT NULL,
      snapshot     TEXT NOT NULL
    ) STRICT;
  `,
};
