import type { ColumnType } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../db/schema.ts';
import { databaseOf, testApp } from '../../support/tempdb.ts';

/**
 * db/schema.ts (what the code reads and writes) and the migrations (what the file holds) must say
 * the same: every table, every column, its SQL type and whether it may be NULL. The type below
 * makes a column of schema.ts that is missing here, or extra, or of another type or nullability,
 * a compile error; the test then compares this list with the migrated file.
 */
type Stored<V> = V extends ColumnType<infer S, unknown, unknown> ? S : V;
type SqlType<V> = [V] extends [number] ? 'INTEGER' : [V] extends [string] ? 'TEXT' : [V] extends [Buffer] ? 'BLOB' : never;
type ColumnSpec<V> = null extends Stored<V> ? `${SqlType<NonNullable<Stored<V>>>} NULL` : SqlType<Stored<V>>;
type TableSpec<T> = { [C in keyof T]-?: ColumnSpec<T[C]> };

const SCHEMA: { [T in keyof Database]: TableSpec<Database[T]> } = {
  reservation_imports: {
    id: 'INTEGER',
    file_name: 'TEXT',
    format: 'TEXT',
    size: 'INTEGER',
    sha256: 'TEXT',
    added: 'INTEGER',
    updated: 'INTEGER',
    imported_by: 'INTEGER',
    imported_at: 'TEXT',
  },
  reservations: {
    id: 'INTEGER',
    source: 'TEXT',
    booking_id: 'TEXT',
    name: 'TEXT',
    nationality: 'TEXT NULL',
    birth_date: 'TEXT NULL',
    email: 'TEXT NULL',
    phone: 'TEXT NULL',
    department: 'TEXT NULL',
    reserved_at: 'TEXT',
    reserved_on: 'TEXT',
    status: 'TEXT',
    cancelled_at: 'TEXT NULL',
    child: 'INTEGER',
    import_id: 'INTEGER NULL',
    request_kind: 'TEXT NULL',
    requested_on: 'TEXT NULL',
    due_on: 'TEXT',
    destroy_by: 'TEXT',
    created_at: 'TEXT',
    updated_at: 'TEXT',
  },
  reservation_settings: { id: 'INTEGER', policy_id: 'INTEGER NULL', grace_days: 'INTEGER', file_id: 'INTEGER NULL' },
  reservation_disposal_rows: { request_id: 'INTEGER', reservation_id: 'INTEGER' },
  downloaded_files: {
    id: 'INTEGER',
    path: 'TEXT',
    file_name: 'TEXT',
    size: 'INTEGER',
    sha256: 'TEXT',
    registered_by: 'INTEGER',
    registered_at: 'TEXT',
    destroyed_at: 'TEXT NULL',
    ledger_seq: 'INTEGER NULL',
  },
  processor_confirmations: {
    id: 'INTEGER',
    request_id: 'INTEGER',
    processor_id: 'INTEGER',
    processor_name: 'TEXT',
    requested_on: 'TEXT NULL',
    confirmed_on: 'TEXT NULL',
    evidence_id: 'TEXT NULL',
  },
  access_log: {
    seq: 'INTEGER',
    at: 'TEXT',
    user_id: 'INTEGER NULL',
    kind: 'TEXT',
    method: 'TEXT',
    targets: 'TEXT',
    result: 'TEXT',
    terminal: 'TEXT',
    prev_hash: 'TEXT',
    hash: 'TEXT',
    mac: 'TEXT NULL',
  },
  access_reviews: {
    id: 'INTEGER',
    reviewed_through: 'TEXT',
    remark: 'TEXT',
    reviewed_by: 'INTEGER',
    reviewed_at: 'TEXT',
    log_seq: 'INTEGER',
    log_hash: 'TEXT',
  },
  processors: {
    id: 'INTEGER',
    name: 'TEXT',
    business_number: 'TEXT NULL',
    country: 'TEXT',
    storage_countries: 'TEXT',
    address: 'TEXT',
    contact_name: 'TEXT',
    contact_email: 'TEXT',
    contact_phone: 'TEXT',
    work: 'TEXT',
    items: 'TEXT',
    subjects: 'TEXT',
    retention_text: 'TEXT',
    retention_policy_id: 'INTEGER NULL',
    contract_start: 'TEXT',
    contract_end: 'TEXT NULL',
    parent_id: 'INTEGER NULL',
    consent_on: 'TEXT NULL',
    consent_how: 'TEXT',
    clauses: 'TEXT',
    overseas: 'TEXT NULL',
    inspection_cycle_months: 'INTEGER',
    ended_on: 'TEXT NULL',
    end_reason: 'TEXT NULL',
    end_request_id: 'INTEGER NULL',
    created_at: 'TEXT',
    updated_at: 'TEXT',
  },
  processor_files: { processor_id: 'INTEGER', file_id: 'INTEGER' },
  processor_policies: { processor_id: 'INTEGER', policy_id: 'INTEGER' },
  processor_inspections: {
    id: 'INTEGER',
    processor_id: 'INTEGER',
    inspected_on: 'TEXT',
    inspector: 'TEXT',
    result: 'TEXT',
    findings: 'TEXT',
    created_by: 'INTEGER',
    created_at: 'TEXT',
  },
  processor_documents: {
    id: 'TEXT',
    processor_id: 'INTEGER',
    inspection_id: 'INTEGER NULL',
    kind: 'TEXT',
    file_name: 'TEXT',
    mime: 'TEXT',
    size: 'INTEGER',
    sha256: 'TEXT',
    data: 'BLOB',
    added_by: 'INTEGER',
    added_at: 'TEXT',
  },
  processor_policy_texts: {
    id: 'INTEGER',
    published_on: 'TEXT',
    published_at: 'TEXT',
    published_by: 'INTEGER',
    text: 'TEXT',
    html: 'TEXT',
    sha256: 'TEXT',
    snapshot: 'TEXT',
  },
  attachments: {
    id: 'TEXT',
    request_id: 'INTEGER',
    kind: 'TEXT',
    file_name: 'TEXT',
    mime: 'TEXT',
    size: 'INTEGER',
    sha256: 'TEXT',
    data: 'BLOB',
    added_by: 'INTEGER NULL',
    added_at: 'TEXT',
  },
  cctv_recorders: {
    id: 'INTEGER',
    name: 'TEXT',
    location: 'TEXT',
    camera_count: 'INTEGER',
    recording_mode: 'TEXT',
    recording_hours: 'TEXT',
    storage_place: 'TEXT',
    retention_preset_id: 'TEXT',
    created_at: 'TEXT',
    updated_at: 'TEXT',
    retired_at: 'TEXT NULL',
  },
  clinic_profile: {
    id: 'INTEGER',
    name: 'TEXT',
    representative: 'TEXT',
    address: 'TEXT',
    business_number: 'TEXT',
    privacy_officer_name: 'TEXT',
    privacy_officer_title: 'TEXT',
    privacy_officer_contact: 'TEXT',
    cctv_manager_name: 'TEXT',
    cctv_manager_title: 'TEXT',
    cctv_manager_contact: 'TEXT',
    updated_at: 'TEXT',
  },
  disposal_items: { request_id: 'INTEGER', file_id: 'INTEGER', count_destroyed: 'INTEGER' },
  disposal_requests: {
    id: 'INTEGER',
    status: 'TEXT',
    method: 'TEXT',
    reason: 'TEXT',
    place: 'TEXT',
    note: 'TEXT',
    requested_by: 'INTEGER',
    requested_at: 'TEXT',
    performed_by: 'INTEGER NULL',
    performed_at: 'TEXT NULL',
    record: 'TEXT NULL',
    performer_signature: 'TEXT NULL',
    approved_by: 'INTEGER NULL',
    approved_at: 'TEXT NULL',
    serial: 'TEXT NULL',
    ledger_seq: 'INTEGER NULL',
    ledger_hash: 'TEXT NULL',
    cancelled_by: 'INTEGER NULL',
    cancelled_at: 'TEXT NULL',
    cancel_reason: 'TEXT NULL',
  },
  ledger_entries: { seq: 'INTEGER', kind: 'TEXT', serial: 'TEXT NULL', content: 'TEXT', signatures: 'TEXT', hash: 'TEXT' },
  meta: { key: 'TEXT', value: 'TEXT' },
  pi_files: {
    id: 'INTEGER',
    name: 'TEXT',
    items: 'TEXT',
    media_kind: 'TEXT',
    location_kind: 'TEXT',
    location_detail: 'TEXT',
    record_count: 'INTEGER',
    policy_id: 'INTEGER',
    created_on: 'TEXT',
    start_date: 'TEXT NULL',
    event_date: 'TEXT NULL',
    hold_reason: 'TEXT NULL',
    hold_until: 'TEXT NULL',
    destroyed_at: 'TEXT NULL',
    created_at: 'TEXT',
    updated_at: 'TEXT',
  },
  retention_policies: {
    id: 'INTEGER',
    name: 'TEXT',
    description: 'TEXT',
    start_label: 'TEXT',
    preset_id: 'TEXT NULL',
    rule: 'TEXT',
    basis: 'TEXT',
    minimum: 'INTEGER',
    created_at: 'TEXT',
    updated_at: 'TEXT',
    archived_at: 'TEXT NULL',
  },
  settings: { key: 'TEXT', value: 'TEXT' },
  signing_keys: {
    key_id: 'TEXT',
    user_id: 'INTEGER NULL',
    public_key: 'TEXT',
    sealed_private_key: 'TEXT',
    created_at: 'TEXT',
    revoked_at: 'TEXT NULL',
  },
  users: {
    id: 'INTEGER',
    login: 'TEXT',
    display_name: 'TEXT',
    title: 'TEXT',
    role: 'TEXT',
    password_hash: 'TEXT',
    password_changed_at: 'TEXT',
    must_change_password: 'INTEGER',
    failed_attempts: 'INTEGER',
    locked_at: 'TEXT NULL',
    disabled_at: 'TEXT NULL',
    created_at: 'TEXT',
    created_by: 'INTEGER NULL',
  },
};

describe('the migrated database and db/schema.ts', () => {
  it('have the same tables and columns, with the same types and nullability', async () => {
    const t = testApp();
    try {
      const { sqlite } = databaseOf(t.app);
      const tables = sqlite
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .pluck()
        .all();
      expect(tables).toEqual(Object.keys(SCHEMA).sort());
      for (const [table, columns] of Object.entries(SCHEMA)) {
        const stored = sqlite.prepare(`PRAGMA table_info(${table})`).all() as Array<{
          name: string;
          type: string;
          notnull: number;
          pk: number;
        }>;
        const described = Object.fromEntries(stored.map((c) => [c.name, `${c.type}${c.notnull || c.pk ? '' : ' NULL'}`]));
        expect(described, table).toEqual(columns);
      }
    } finally {
      await t.close();
    }
  });
});
