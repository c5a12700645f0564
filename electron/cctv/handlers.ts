import { AppError } from '../../shared/contract/errors.ts';
import type { CameraView, cctvApi } from '../../shared/cctv/contract.ts';
import { keepsAtLeast, OPERATING_ROOM_MINIMUM_DAYS } from '../../shared/cctv/footage.ts';
import type { Db } from '../../db/connection.ts';
import type { CallContext, HandlersOf } from '../handler.ts';
import { activeCameras, activeProcessors, recorderRow, ruleOf } from './store.ts';
import { describeRule } from '../../shared/periods/rule.ts';
import { logHandlers } from './log.ts';
import { holdHandlers } from './holds.ts';
import { requestHandlers } from './requests.ts';
import { onvifHandlers } from './onvifRead.ts';
import { recorderView, toView } from './recorderView.ts';
import { policyHandlers } from './policy.ts';

/** An operating-room camera needs 30 days at least (의료법 제38조의2): a rule that keeps less on some day cannot hold it. */
function refuseShortRuleForOperatingRoom(presetId: string): void {
  const { rule } = ruleOf(presetId);
  const label = describeRule(rule);
  if (!keepsAtLeast(rule, OPERATING_ROOM_MINIMUM_DAYS)) {
    throw new AppError('VALIDATION', `수술실 카메라의 영상은 ${OPERATING_ROOM_MINIMUM_DAYS}일 이상 보관해야 합니다(의료법 제38조의2).`, {
      fields: {
        retentionPresetId: `${label}은(는) 달에 따라 ${OPERATING_ROOM_MINIMUM_DAYS}일보다 짧습니다(예: 1월 31일 촬영분은 2월 28일까지). 수술실 카메라가 있는 녹화기는 30일로 정해 주세요.`,
        operatingRoom: `이 녹화기의 보관기간(${label})은 ${OPERATING_ROOM_MINIMUM_DAYS}일보다 짧은 달이 있습니다. 수술실 카메라는 30일 이상 보관하는 녹화기에 연결해 주세요.`,
      },
    });
  }
}

async function checkStaff(call: CallContext, ids: readonly number[], field: string): Promise<void> {
  for (const id of ids) {
    const user = await call.db.selectFrom('users').select(['id', 'disabled_at']).where('id', '=', id).executeTakeFirst();
    if (!user || user.disabled_at)
      throw new AppError('VALIDATION', '선택한 계정을 찾을 수 없습니다.', { fields: { [field]: '사용 중인 계정을 선택해 주세요.' } });
  }
}

async function cameraView(db: Db, id: number): Promise<CameraView> {
  const row = await db
    .selectFrom('cctv_cameras')
    .innerJoin('cctv_recorders', 'cctv_recorders.id', 'cctv_cameras.recorder_id')
    .select([
      'cctv_cameras.id',
      'recorder_id',
      'number',
      'cctv_cameras.location',
      'shooting_range',
      'operating_room',
      'cctv_recorders.name as recorderName',
    ])
    .where('cctv_cameras.id', '=', id)
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    recorderId: row.recorder_id,
    recorderName: row.recorderName,
    number: row.number,
    location: row.location,
    shootingRange: row.shooting_range,
    operatingRoom: row.operating_room === 1,
  };
}

async function cameraRow(call: CallContext, id: number) {
  call.target('cctv_camera', id);
  const row = await call.db.selectFrom('cctv_cameras').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', '카메라를 찾을 수 없습니다. 목록을 새로 고쳐 주세요.');
  return row;
}

export const cctvHandlers: HandlersOf<typeof cctvApi> = {
  'cctv.recorders.list': async ({ db, today }) => {
    const rows = await db.selectFrom('cctv_recorders').selectAll().where('retired_at', 'is', null).orderBy('name').execute();
    return Promise.all(rows.map((row) => toView(db, row, today)));
  },

  'cctv.recorders.save': async (call, input) => {
    const now = call.now.toISOString();
    const accessUserIds = [...new Set(input.accessUserIds ?? [])];
    await checkStaff(call, input.managerUserId ? [input.managerUserId] : [], 'managerUserId');
    await checkStaff(call, accessUserIds, 'accessUserIds');
    if (input.processorId) {
      call.target('processor', input.processorId);
      if (!(await activeProcessors(call.db)).some((p) => p.id === input.processorId)) {
        throw new AppError('VALIDATION', '선택한 수탁자를 처리위탁 현황에서 찾을 수 없습니다.', {
          fields: { processorId: '처리위탁 현황에 있는(계약 중인) 수탁자를 선택해 주세요.' },
        });
      }
    }
    const values = {
      name: input.name,
      location: input.location,
      camera_count: input.cameraCount,
      recording_mode: input.recordingMode,
      recording_hours: input.recordingHours,
      storage_place: input.storagePlace,
      retention_preset_id: input.retentionPresetId,
      updated_at: now,
      ...(input.managerUserId !== undefined ? { manager_user_id: input.managerUserId } : {}),
      ...(input.accessUserIds !== undefined ? { access_user_ids: JSON.stringify(accessUserIds) } : {}),
      ...(input.processorId !== undefined ? { processor_id: input.processorId } : {}),
    };
    if (input.id !== undefined) {
      const existing = await recorderRow(call, input.id);
      if (existing.retired_at) throw new AppError('CONFLICT', '사용을 마친 녹화기는 수정할 수 없습니다.');
      const operatingRoom = (await activeCameras(call.db, input.id)).some((c) => c.operating_room === 1);
      if (operatingRoom) refuseShortRuleForOperatingRoom(input.retentionPresetId);
      await call.db.updateTable('cctv_recorders').set(values).where('id', '=', input.id).execute();
      return recorderView(call, input.id);
    }
    const inserted = await call.db
      .insertInto('cctv_recorders')
      .values({ ...values, created_at: now, retired_at: null })
      .returningAll()
      .executeTakeFirstOrThrow();
    call.target('cctv_recorder', inserted.id);
    return toView(call.db, inserted, call.today);
  },

  'cctv.recorders.retire': async (call, input) => {
    const existing = await recorderRow(call, input.id);
    if (existing.retired_at) throw new AppError('CONFLICT', '이미 사용을 마친 녹화기입니다.');
    await call.db.updateTable('cctv_recorders').set({ retired_at: call.now.toISOString() }).where('id', '=', input.id).execute();
    return toView(call.db, existing, call.today);
  },

  'cctv.staff.list': async ({ db }) => {
    const users = await db
      .selectFrom('users')
      .select(['id', 'display_name', 'title'])
      .where('disabled_at', 'is', null)
      .orderBy('display_name')
      .execute();
    return users.map((u) => ({ id: u.id, name: u.display_name, title: u.title }));
  },

  'cctv.processors.list': ({ db }) => activeProcessors(db),

  'cctv.cameras.list': async ({ db }) => {
    const rows = await activeCameras(db);
    return Promise.all(rows.map((row) => cameraView(db, row.id)));
  },

  'cctv.cameras.save': async (call, input) => {
    const recorder = await recorderRow(call, input.recorderId);
    if (recorder.retired_at) throw new AppError('CONFLICT', '사용을 마친 녹화기에는 카메라를 연결할 수 없습니다.');
    if (input.operatingRoom) refuseShortRuleForOperatingRoom(recorder.retention_preset_id);
    const clash = (await activeCameras(call.db, input.recorderId)).find((c) => c.number === input.number && c.id !== input.id);
    if (clash)
      throw new AppError('VALIDATION', '같은 번호의 카메라가 이 녹화기에 이미 있습니다.', {
        fields: { number: `카메라 ${input.number}은(는) 이미 있습니다.` },
      });
    const now = call.now.toISOString();
    const values = {
      recorder_id: input.recorderId,
      number: input.number,
      location: input.location,
      shooting_range: input.shootingRange,
      operating_room: input.operatingRoom ? 1 : 0,
      updated_at: now,
    };
    if (input.id !== undefined) {
      const existing = await cameraRow(call, input.id);
      if (existing.retired_at) throw new AppError('CONFLICT', '철거한 카메라는 수정할 수 없습니다.');
      await call.db.updateTable('cctv_cameras').set(values).where('id', '=', input.id).execute();
      return cameraView(call.db, input.id);
    }
    const inserted = await call.db
      .insertInto('cctv_cameras')
      .values({ ...values, created_at: now, retired_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    call.target('cctv_camera', inserted.id);
    return cameraView(call.db, inserted.id);
  },

  'cctv.cameras.retire': async (call, input) => {
    const existing = await cameraRow(call, input.id);
    if (existing.retired_at) throw new AppError('CONFLICT', '이미 철거한 카메라입니다.');
    await call.db.updateTable('cctv_cameras').set({ retired_at: call.now.toISOString() }).where('id', '=', input.id).execute();
    return cameraView(call.db, input.id);
  },

  ...onvifHandlers,
  ...logHandlers,
  ...holdHandlers,
  ...requestHandlers,
  ...policyHandlers,
};
