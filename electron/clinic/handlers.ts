import type { ClinicProfile, clinicApi } from '../../shared/clinic/contract.ts';
import type { Db } from '../../db/connection.ts';
import type { ClinicProfileTable } from '../../db/schema.ts';
import type { HandlersOf } from '../handler.ts';

function toProfile(row: ClinicProfileTable): ClinicProfile {
  return {
    name: row.name,
    representative: row.representative,
    address: row.address,
    businessNumber: row.business_number,
    privacyOfficerName: row.privacy_officer_name,
    privacyOfficerTitle: row.privacy_officer_title,
    privacyOfficerContact: row.privacy_officer_contact,
    cctvManagerName: row.cctv_manager_name,
    cctvManagerTitle: row.cctv_manager_title,
    cctvManagerContact: row.cctv_manager_contact,
    updatedAt: row.updated_at,
  };
}

export async function readClinicProfile(db: Db): Promise<ClinicProfile | null> {
  const row = await db.selectFrom('clinic_profile').selectAll().where('id', '=', 1).executeTakeFirst();
  return row ? toProfile(row) : null;
}

export async function saveClinicProfile(db: Db, profile: Omit<ClinicProfile, 'updatedAt'>, now: Date): Promise<ClinicProfile> {
  const row: ClinicProfileTable = {
    id: 1,
    name: profile.name,
    representative: profile.representative,
    address: profile.address,
    business_number: profile.businessNumber,
    privacy_officer_name: profile.privacyOfficerName,
    privacy_officer_title: profile.privacyOfficerTitle,
    privacy_officer_contact: profile.privacyOfficerContact,
    cctv_manager_name: profile.cctvManagerName,
    cctv_manager_title: profile.cctvManagerTitle,
    cctv_manager_contact: profile.cctvManagerContact,
    updated_at: now.toISOString(),
  };
  const { id: _id, ...changes } = row;
  await db
    .insertInto('clinic_profile')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet(changes))
    .execute();
  return toProfile(row);
}

export const clinicHandlers: HandlersOf<typeof clinicApi> = {
  'clinic.get': async (call) => {
    call.target('clinic', 1);
    return readClinicProfile(call.db);
  },
  'clinic.update': async (call, input) => {
    call.target('clinic', 1);
    return saveClinicProfile(call.db, input, call.now);
  },
};
