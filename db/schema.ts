/** Kysely's view of the tables; one interface per table, columns in snake_case as in SQL. */

import type { Generated } from 'kysely';
import type { DestructionMethod, DestructionReason } from '../shared/disposal/methods.ts';
import type { LocationKind, MediaKind } from '../shared/register/files.ts';
import type { Role } from '../shared/contract/method.ts';

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
  role: Role;
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
  mac: string | null;
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
  manager_user_id: number | null;
  /** JSON array of user ids (접근권한자). */
  access_user_ids: Generated<string>;
  processor_id: number | null;
  onvif_url: string | null;
  onvif_user: string | null;
  /** The ONVIF password sealed by the installation's secret protector (never stored or shown in the clear). */
  onvif_secret: string | null;
}

export interface CctvCamerasTable {
  id: Generated<number>;
  recorder_id: number;
  number: string;
  location: string;
  shooting_range: string;
  operating_room: number;
  created_at: string;
  updated_at: string;
  retired_at: string | null;
}

export interface CctvConfirmationsTable {
  id: Generated<number>;
  recorder_id: number;
  recorded_on: string;
  confirmed_on: string;
  method: 'overwrite' | 'manual' | 'device';
  oldest_held: string | null;
  note: string;
  confirmed_by: number;
  created_at: string;
}

export interface CctvMonthClosesTable {
  id: Generated<number>;
  recorder_id: number;
  month: string;
  ledger_seq: number;
  closed_by: number;
  closed_at: string;
}

export interface CctvOnvifReadsTable {
  id: Generated<number>;
  recorder_id: number;
  at: string;
  outcome: 'compliant' | 'flagged' | 'manual';
  reason: string;
  search_xaddr: string | null;
  data_from: string | null;
  data_until: string | null;
  number_recordings: number | null;
  read_by: number | null;
}

export interface CctvHoldsTable {
  id: Generated<number>;
  from_date: string;
  until_date: string;
  reason: string;
  requester: string;
  review_on: string;
  created_by: number;
  created_at: string;
  released_on: string | null;
  released_by: number | null;
  release_note: string | null;
}

export interface CctvHoldCamerasTable {
  hold_id: number;
  camera_id: number;
}

export interface CctvRequestsTable {
  id: Generated<number>;
  category: 'viewing' | 'existence' | 'deletion' | 'use' | 'provision';
  requester_name: string;
  requester_contact: string;
  relation: string;
  purpose: string;
  legal_basis: string;
  /** JSON array of camera ids. */
  camera_ids: string;
  range_from: string;
  range_until: string;
  received_on: string;
  deadline_on: string | null;
  corrects_id: number | null;
  correction_reason: string | null;
  created_by: number;
  created_at: string;
}

export interface CctvRequestEventsTable {
  id: Generated<number>;
  request_id: number;
  kind: 'decision' | 'provided' | 'viewed' | 'copy_destroyed' | 'deleted';
  decision: 'allow' | 'partial' | 'refuse' | null;
  reason: string;
  objection: string;
  form: 'onsite' | 'copy' | null;
  medium: string;
  masking: number | null;
  viewer: string;
  happened_at: string;
  corrects_id: number | null;
  handled_by: number;
  created_at: string;
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

export interface PiFilesTable {
  id: Generated<number>;
  name: string;
  items: string;
  media_kind: MediaKind;
  location_kind: LocationKind;
  location_detail: string;
  record_count: number;
  policy_id: number;
  created_on: string;
  start_date: string | null;
  event_date: string | null;
  hold_reason: string | null;
  hold_until: string | null;
  destroyed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface DisposalRequestsTable {
  id: Generated<number>;
  status: 'requested' | 'performed' | 'completed' | 'cancelled';
  method: DestructionMethod;
  reason: DestructionReason;
  place: string;
  note: string;
  requested_by: number;
  requested_at: string;
  performed_by: number | null;
  performed_at: string | null;
  record: string | null;
  performer_signature: string | null;
  approved_by: number | null;
  approved_at: string | null;
  serial: string | null;
  ledger_seq: number | null;
  ledger_hash: string | null;
  cancelled_by: number | null;
  cancelled_at: string | null;
  cancel_reason: string | null;
}

export interface DisposalItemsTable {
  request_id: number;
  file_id: number;
  count_destroyed: number;
}

export interface AttachmentsTable {
  id: string;
  request_id: number;
  kind: 'photo' | 'processor_confirmation' | 'other' | 'certificate_pdf';
  file_name: string;
  mime: string;
  size: number;
  sha256: string;
  data: Buffer;
  added_by: number | null;
  added_at: string;
}

export interface ProcessorsTable {
  id: Generated<number>;
  name: string;
  business_number: string | null;
  country: string;
  /** JSON array of ISO 3166-1 alpha-2 codes where the processor stores the data (besides its own country). */
  storage_countries: string;
  address: string;
  contact_name: string;
  contact_email: string;
  contact_phone: string;
  work: string;
  items: string;
  subjects: string;
  retention_text: string;
  retention_policy_id: number | null;
  contract_start: string;
  contract_end: string | null;
  parent_id: number | null;
  consent_on: string | null;
  consent_how: string;
  /** JSON: clause key → { present, where } (shared/processors/clauses.ts). */
  clauses: string;
  /** JSON of the overseas-transfer facts, null when nothing leaves Korea. */
  overseas: string | null;
  inspection_cycle_months: number;
  ended_on: string | null;
  end_reason: 'contract_ended' | 'removed' | null;
  end_request_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface ProcessorFilesTable {
  processor_id: number;
  file_id: number;
}

export interface ProcessorPoliciesTable {
  processor_id: number;
  policy_id: number;
}

export interface ProcessorInspectionsTable {
  id: Generated<number>;
  processor_id: number;
  inspected_on: string;
  inspector: string;
  result: 'pass' | 'partial' | 'fail';
  findings: string;
  created_by: number;
  created_at: string;
}

export interface ProcessorDocumentsTable {
  id: string;
  processor_id: number;
  inspection_id: number | null;
  kind: 'contract' | 'inspection';
  file_name: string;
  mime: string;
  size: number;
  sha256: string;
  data: Buffer;
  added_by: number;
  added_at: string;
}

export interface ProcessorPolicyTextsTable {
  id: Generated<number>;
  published_on: string;
  published_at: string;
  published_by: number;
  text: string;
  html: string;
  sha256: string;
  snapshot: string;
}

export interface DailyRunsTable {
  day: string;
  trigger: string;
  started_at: string;
  finished_at: string | null;
  found: Generated<number>;
  did: Generated<number>;
  failed: Generated<number>;
  summary: Generated<string>;
}

export interface NotificationsTable {
  id: Generated<number>;
  day: string;
  created_at: string;
  item_id: string;
  section: string;
  route: string;
  message: string;
  params: string;
  count: number;
  severity: string;
  method: string;
}

export interface NotificationReadsTable {
  notification_id: number;
  user_id: number;
  read_at: string;
}

export interface DailyConfigTable {
  id: number;
  run_at: string;
  backup_folder: string | null;
  backup_max_age_days: number;
  recovery_key: Buffer | null;
  recovery_id: string | null;
  recovery_issued_at: string | null;
  updated_at: string;
}

export interface BackupsTable {
  id: Generated<number>;
  file_name: string;
  folder: string;
  created_at: string;
  made_on: string;
  expires_on: string;
  size: number;
  sha256: string;
  key: Buffer | null;
  recovery_id: string | null;
  ledger_seq: number;
  ledger_hash: string;
  trigger: string;
  expired_at: string | null;
  removal: string | null;
}

export interface RestoreDrillsTable {
  month: string;
  at: string;
  backup_id: number | null;
  ok: number;
  detail: string;
}

export interface LedgerChecksTable {
  id: Generated<number>;
  at: string;
  what: string;
  ok: number;
  entries: number;
  detail: string;
}

export interface ReservationImportsTable {
  id: Generated<number>;
  file_name: string;
  format: string;
  size: number;
  sha256: string;
  added: number;
  updated: number;
  imported_by: number;
  imported_at: string;
}

export interface ReservationsTable {
  id: Generated<number>;
  source: string;
  booking_id: string;
  name: string;
  nationality: string | null;
  birth_date: string | null;
  email: string | null;
  phone: string | null;
  department: string | null;
  reserved_at: string;
  reserved_on: string;
  status: 'booked' | 'completed' | 'cancelled' | 'no_show';
  cancelled_at: string | null;
  child: number;
  import_id: number | null;
  request_kind: 'deletion' | 'withdrawal' | null;
  requested_on: string | null;
  due_on: string;
  destroy_by: string;
  created_at: string;
  updated_at: string;
}

export interface ReservationSettingsTable {
  id: number;
  policy_id: number | null;
  grace_days: number;
  file_id: number | null;
}

export interface ReservationDisposalRowsTable {
  request_id: number;
  reservation_id: number;
}

export interface DownloadedFilesTable {
  id: Generated<number>;
  path: string;
  file_name: string;
  size: number;
  sha256: string;
  registered_by: number;
  registered_at: string;
  destroyed_at: string | null;
  ledger_seq: number | null;
}

export interface ProcessorConfirmationsTable {
  id: Generated<number>;
  request_id: number;
  processor_id: number;
  processor_name: string;
  requested_on: string | null;
  confirmed_on: string | null;
  evidence_id: string | null;
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
  cctv_cameras: CctvCamerasTable;
  cctv_confirmations: CctvConfirmationsTable;
  cctv_month_closes: CctvMonthClosesTable;
  cctv_onvif_reads: CctvOnvifReadsTable;
  cctv_holds: CctvHoldsTable;
  cctv_hold_cameras: CctvHoldCamerasTable;
  cctv_requests: CctvRequestsTable;
  cctv_request_events: CctvRequestEventsTable;
  retention_policies: RetentionPoliciesTable;
  pi_files: PiFilesTable;
  disposal_requests: DisposalRequestsTable;
  disposal_items: DisposalItemsTable;
  attachments: AttachmentsTable;
  processors: ProcessorsTable;
  processor_files: ProcessorFilesTable;
  processor_policies: ProcessorPoliciesTable;
  processor_inspections: ProcessorInspectionsTable;
  processor_documents: ProcessorDocumentsTable;
  processor_policy_texts: ProcessorPolicyTextsTable;
  daily_runs: DailyRunsTable;
  notifications: NotificationsTable;
  notification_reads: NotificationReadsTable;
  daily_config: DailyConfigTable;
  backups: BackupsTable;
  restore_drills: RestoreDrillsTable;
  ledger_checks: LedgerChecksTable;
  reservation_imports: ReservationImportsTable;
  reservations: ReservationsTable;
  reservation_settings: ReservationSettingsTable;
  reservation_disposal_rows: ReservationDisposalRowsTable;
  downloaded_files: DownloadedFilesTable;
  processor_confirmations: ProcessorConfirmationsTable;
}
