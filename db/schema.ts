/** Kysely's view of the tables; one interface per table, columns in snake_case as in SQL. */

import type { Generated } from 'kysely';

export interface MetaTable {
  key: string;
  value: string;
}

export interface ClinicProfileTable {
  id: number;
  name: string;
  representative: string;
  address: string;
  business_number: string;
  privacy_officer_name: string;
  privacy_officer_title: string;
  privacy_officer_contact: string;
  cctv_manager_name: string;
  cctv_manager_title: string;
  cctv_manager_contact: string;
  updated_at: string;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface UsersTable {
  id: Generated<number>;
  login: string;
  display_name: string;
  title: string;
  role: 'officer' | 'admin' | 'facilities' | 'auditor';
  password_hash: string;
  password_changed_at: string;
  must_change_password: number;
  failed_attempts: number;
  locked_at: string | null;
  disabled_at: string | null;
  created_at: string;
  created_by: number | null;
}

export interface SigningKeysTable {
  key_id: string;
  user_id: number | null;
  public_key: string;
  sealed_private_key: string;
  created_at: string;
  revoked_at: string | null;
}

export interface LedgerEntriesTable {
  seq: number;
  kind: string;
  serial: string | null;
  content: string;
  signatures: string;
  hash: string;
}

export interface AccessLogTable {
  seq: number;
  at: string;
  user_id: number | null;
  kind: string;
  method: string;
  targets: string;
  result: string;
  terminal: string;
  prev_hash: string;
  hash: string;
}

export interface AccessReviewsTable {
  id: Generated<number>;
  reviewed_through: string;
  remark: string;
  reviewed_by: number;
  reviewed_at: string;
  log_seq: number;
  log_hash: string;
}

export interface CctvRecordersTable {
  id: Generated<number>;
  name: string;
  location: string;
  camera_count: number;
  recording_mode: 'continuous' | 'motion' | 'scheduled';
  recording_hours: string;
  storage_place: string;
  retention_preset_id: string;
  created_at: string;
  updated_at: string;
  retired_at: string | null;
}

export interface RetentionPoliciesTable {
  id: Generated<number>;
  name: string;
  description: string;
  start_label: string;
  preset_id: string | null;
  rule: string;
  basis: string;
  minimum: number;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

export interface Database {
  meta: MetaTable;
  clinic_profile: ClinicProfileTable;
  settings: SettingsTable;
  users: UsersTable;
  signing_keys: SigningKeysTable;
  ledger_entries: LedgerEntriesTable;
  access_log: AccessLogTable;
  access_reviews: AccessReviewsTable;
  cctv_recorders: CctvRecordersTable;
  retention_policies: RetentionPoliciesTable;
}
