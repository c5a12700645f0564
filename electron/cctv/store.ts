import type { Selectable } from 'kysely';
import { AppError } from '../../shared/contract/errors.ts';
import type { FixedRule } from '../../shared/periods/rule.ts';
import { findPreset } from '../../shared/periods/presets.ts';
import type { HoldSpan } from '../../shared/cctv/rules.ts';
import type { StaffMember } from '../../shared/cctv/contract.ts';
import type { CctvRecordersTable } from '../../db/schema.ts';
import type { Db } from '../../db/connection.ts';
import type { CallContext } from '../handler.ts';

export type RecorderRow = Selectable<CctvRecordersTable>;

export function ruleOf(presetId: string): { rule: FixedRule; label: string; basis: string } {
  const preset = findPreset(presetId);
  if (!preset || preset.rule.kind !== 'fixed') throw new Error(`unknown CCTV preset ${presetId}`);
  return { rule: preset.rule, label: preset.label, basis: preset.basis };
}

export async function recorderRow(call: CallContext, id: number): Promise<RecorderRow> {
  call.target('cctv_recorder', id);
  const row = await call.db.selectFrom('cctv_recorders').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', '녹화기를 찾을 수 없습니다. 목록을 새로 고쳐 주세요.');
  return row;
}

export async function activeCameras(db: Db, recorderId?: number) {
  let query = db.selectFrom('cctv_cameras').selectAll().where('retired_at', 'is', null);
  if (recorderId !== undefined) query = query.where('recorder_id', '=', recorderId);
  return query.orderBy('recorder_id').orderBy('number').execute();
}

/** Every hold, with its cameras, as the rules read them. */
export async function holdSpans(db: Db): Promise<HoldSpan[]> {
  const holds = await db.selectFrom('cctv_holds').selectAll().orderBy('id').execute();
  const links = await db.selectFrom('cctv_hold_cameras').selectAll().execute();
  return holds.map((h) => ({
    id: h.id,
    from: h.from_date,
    until: h.until_date,
    releasedOn: h.released_on,
    cameraIds: links.filter((l) => l.hold_id === h.id).map((l) => l.camera_id),
  }));
}

export async function staffById(db: Db): Promise<Map<number, StaffMember>> {
  const users = await db.selectFrom('users').select(['id', 'display_name', 'title']).execute();
  return new Map(users.map((u) => [u.id, { id: u.id, name: u.display_name, title: u.title }]));
}

export function parseIds(json: string): number[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is number => Number.isInteger(v)) : [];
  } catch {
    return [];
  }
}

/** The processor's name in the processor inventory (처리위탁 현황), for a recorder whose management is entrusted. */
export async function processorName(db: Db, id: number | null): Promise<string | null> {
  if (id === null) return null;
  const row = await db.selectFrom('processors').select('name').where('id', '=', id).executeTakeFirst();
  return row?.name ?? null;
}

/** Processors still under contract, as a recorder's 위탁 can name them. */
export async function activeProcessors(db: Db): Promise<Array<{ id: number; name: string; work: string }>> {
  return db.selectFrom('processors').select(['id', 'name', 'work']).where('ended_on', 'is', null).orderBy('name').execute();
}
