import type { RecorderView } from '../../shared/cctv/contract.ts';
import { footageWindow } from '../../shared/cctv/footage.ts';
import { describeRule } from '../../shared/periods/rule.ts';
import type { Db } from '../../db/connection.ts';
import type { CallContext } from '../handler.ts';
import { readView } from './reads.ts';
import { activeCameras, parseIds, processorName, recorderRow, ruleOf, staffById, type RecorderRow } from './store.ts';

export async function toView(db: Db, row: RecorderRow, today: string): Promise<RecorderView> {
  const { rule, basis } = ruleOf(row.retention_preset_id);
  const staff = await staffById(db);
  const cameras = await activeCameras(db, row.id);
  const accessUserIds = parseIds(row.access_user_ids);
  const last = await db
    .selectFrom('cctv_onvif_reads')
    .selectAll()
    .where('recorder_id', '=', row.id)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return {
    id: row.id,
    name: row.name,
    location: row.location,
    cameraCount: row.camera_count,
    recordingMode: row.recording_mode,
    recordingHours: row.recording_hours,
    storagePlace: row.storage_place,
    retentionPresetId: row.retention_preset_id,
    retentionLabel: describeRule(rule),
    retentionBasis: basis,
    window: footageWindow(rule, today),
    updatedAt: row.updated_at,
    managerUserId: row.manager_user_id,
    accessUserIds,
    processorId: row.processor_id,
    manager: row.manager_user_id === null ? null : (staff.get(row.manager_user_id) ?? null),
    accessUsers: accessUserIds.flatMap((id) => staff.get(id) ?? []),
    processorName: await processorName(db, row.processor_id),
    cameras: cameras.length,
    operatingRoomCameras: cameras.filter((c) => c.operating_room === 1).length,
    onvif: row.onvif_url && row.onvif_user ? { url: row.onvif_url, user: row.onvif_user } : null,
    lastRead: last ? readView(last, rule) : null,
  };
}

export async function recorderView(call: CallContext, id: number): Promise<RecorderView> {
  return toView(call.db, await recorderRow(call, id), call.today);
}
