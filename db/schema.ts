/** Kysely's view of the tables; one interface per table, columns in snake_case as in SQL. */

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

export interface Database {
  meta: MetaTable;
  clinic_profile: ClinicProfileTable;
}
