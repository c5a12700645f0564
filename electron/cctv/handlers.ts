import type { Selectable } from 'kysely';
import { AppError } from '../../shared/contract/errors.ts';
import type { RecorderView, cctvApi } from '../../shared/cctv/contract.ts';
import { footageWindow } from '../../shared/cctv/footage.ts';
import { describeRule } from '../../shared/periods/rule.ts';
import { findPreset } from '../../shared/periods/presets.ts';
import type { CctvRecordersTable } from '../../db/schema.ts';
import type { CallContext, HandlersOf } from '../handler.ts';

function toView(row: Selectable<CctvRecordersTable>, today: string): RecorderView {
  const preset = findPreset(row.retention_preset_id);
  if (!preset || preset.rule.kind !== 'fixed') throw new Error(`unknown CCTV preset ${row.retention_preset_id}`);
  return {
    id: row.id,
    name: row.name,
    location: row.location,
    cameraCount: row.camera_count,
    recordingMode: row.recording_mode,
    recordingHours: row.recording_hours,
    storagePlace: row.storage_place,
    retentionPresetId: row.retention_preset_id,
    retentionLabel: describeRule(preset.rule),
    retentionBasis: preset.basis,
    window: footageWindow(preset.rule, today),
    updatedAt: row.updated_at,
  };
}

async function recorder(call: CallContext, id: number) {
  call.target('cctv_recorder', id);
  const row = await call.db.selectFrom('cctv_recorders').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', '녹화기를 찾을 수 없습니다. 목록을 새로 고쳐 주세요.');
  return row;
}

export const cctvHandlers: HandlersOf<typeof cctvApi> = {
  'cctv.recorders.list': async ({ db, today }) => {
    const rows = await db.selectFrom('cctv_recorders').selectAll().where('retired_at', 'is', null).orderBy('name').execute();
    return rows.map((row) => toView(row, today));
  },

  'cctv.recorders.save': async (call, input) => {
    const now = call.now.toISOString();
    const values = {
      name: input.name,
      location: input.location,
      camera_count: input.cameraCount,
      recording_mode: input.recordingMode,
      recording_hours: input.recordingHours,
      storage_place: input.storagePlace,
      retention_preset_id: input.retentionPresetId,
      updated_at: now,
    };
    if (input.id !== undefined) {
      const existing = await recorder(call, input.id);
      if (existing.retired_at) throw new AppError('CONFLICT', '사용을 마친 녹화기는 수정할 수 없습니다.');
      await call.db.updateTable('cctv_recorders').set(values).where('id', '=', input.id).execute();
      return toView(await recorder(call, input.id), call.today);
    }
    const inserted = await call.db
      .insertInto('cctv_recorders')
      .values({ ...values, created_at: now, retired_at: null })
      .returningAll()
      .executeTakeFirstOrThrow();
    call.target('cctv_recorder', inserted.id);
    return toView(inserted, call.today);
  },

  'cctv.recorders.retire': async (call, input) => {
    const existing = await recorder(call, input.id);
    if (existing.retired_at) throw new AppError('CONFLICT', '이미 사용을 마친 녹화기입니다.');
    await call.db.updateTable('cctv_recorders').set({ retired_at: call.now.toISOString() }).where('id', '=', input.id).execute();
    return toView(existing, call.today);
  },
};
