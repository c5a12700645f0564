import type { cctvApi } from '../../shared/cctv/contract.ts';
import { cctvPolicySection, cctvSigns, type PolicyFacts } from '../../shared/cctv/policyText.ts';
import type { HandlersOf } from '../handler.ts';
import { activeCameras, parseIds, processorName, ruleOf, staffById } from './store.ts';

type PolicyHandlers = Pick<HandlersOf<typeof cctvApi>, 'cctv.policy.text'>;

export const policyHandlers: PolicyHandlers = {
  'cctv.policy.text': async ({ db }) => {
    const clinic = await db.selectFrom('clinic_profile').selectAll().executeTakeFirst();
    const staff = await staffById(db);
    const recorders = await db.selectFrom('cctv_recorders').selectAll().where('retired_at', 'is', null).orderBy('name').execute();
    const facts: PolicyFacts = {
      clinic: {
        name: clinic?.name ?? '',
        managerName: clinic?.cctv_manager_name ?? '',
        managerTitle: clinic?.cctv_manager_title ?? '',
        managerContact: clinic?.cctv_manager_contact ?? '',
      },
      recorders: await Promise.all(
        recorders.map(async (r) => ({
          name: r.name,
          recordingHours: r.recording_hours,
          retention: ruleOf(r.retention_preset_id).label.replace(/^CCTV 영상 \((.*)\)$/, '$1'),
          storagePlace: r.storage_place,
          manager: r.manager_user_id === null ? null : (staff.get(r.manager_user_id) ?? null),
          accessUsers: parseIds(r.access_user_ids).flatMap((id) => staff.get(id) ?? []),
          processorName: await processorName(db, r.processor_id),
          cameras: (await activeCameras(db, r.id)).map((c) => ({
            number: c.number,
            location: c.location,
            shootingRange: c.shooting_range,
            operatingRoom: c.operating_room === 1,
          })),
        })),
      ),
    };
    return { section: cctvPolicySection(facts), signs: cctvSigns(facts) };
  },
};
