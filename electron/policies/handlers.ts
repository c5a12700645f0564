import type { Selectable } from 'kysely';
import { AppError } from '../../shared/contract/errors.ts';
import type { PolicyView, policiesApi, policyInput } from '../../shared/policies/contract.ts';
import { findPreset } from '../../shared/periods/presets.ts';
import { describeRule, retentionRuleSchema } from '../../shared/periods/rule.ts';
import type { z } from 'zod';
import type { Db } from '../../db/connection.ts';
import type { RetentionPoliciesTable } from '../../db/schema.ts';
import type { CallContext, HandlersOf } from '../handler.ts';

export function toPolicyView(row: Selectable<RetentionPoliciesTable>): PolicyView {
  const rule = retentionRuleSchema.parse(JSON.parse(row.rule));
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    startLabel: row.start_label,
    presetId: row.preset_id,
    rule,
    ruleText: describeRule(rule),
    basis: row.basis,
    minimum: row.minimum === 1,
    updatedAt: row.updated_at,
  };
}

export async function policyById(db: Db, id: number) {
  const row = await db.selectFrom('retention_policies').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', '보존기간 정책을 찾을 수 없습니다. 목록을 새로 고쳐 주세요.');
  return row;
}

/** The rule and basis to store: copied from the catalog, or the clinic's own. */
function resolveSource(source: z.output<typeof policyInput>['source']) {
  if (source.kind === 'custom') return { preset_id: null, rule: source.rule, basis: source.basis, minimum: source.minimum };
  const preset = findPreset(source.presetId);
  if (!preset) throw new AppError('VALIDATION', '알 수 없는 보존기간입니다.', { fields: { 'source.presetId': '목록에서 선택해 주세요.' } });
  return { preset_id: preset.id, rule: preset.rule, basis: preset.basis, minimum: preset.minimum };
}

async function assertNameFree(call: CallContext, name: string, except?: number) {
  let query = call.db.selectFrom('retention_policies').select('id').where('name', '=', name).where('archived_at', 'is', null);
  if (except !== undefined) query = query.where('id', '!=', except);
  if (await query.executeTakeFirst()) {
    throw new AppError('CONFLICT', `같은 이름의 기록 종류가 이미 있습니다: ${name}`, { fields: { name: '이미 있는 이름입니다.' } });
  }
}

export const policiesHandlers: HandlersOf<typeof policiesApi> = {
  'policies.list': async ({ db }) => {
    const rows = await db.selectFrom('retention_policies').selectAll().where('archived_at', 'is', null).orderBy('name').execute();
    return rows.map(toPolicyView);
  },

  'policies.save': async (call, input) => {
    await assertNameFree(call, input.name, input.id);
    const { rule, ...source } = resolveSource(input.source);
    const now = call.now.toISOString();
    const values = {
      name: input.name,
      description: input.description,
      start_label: input.startLabel,
      ...source,
      rule: JSON.stringify(rule),
      minimum: source.minimum ? 1 : 0,
      updated_at: now,
    };
    if (input.id !== undefined) {
      call.target('policy', input.id);
      const existing = await policyById(call.db, input.id);
      if (existing.archived_at) throw new AppError('CONFLICT', '보관 처리된 정책은 수정할 수 없습니다.');
      await call.db.updateTable('retention_policies').set(values).where('id', '=', input.id).execute();
      return toPolicyView(await policyById(call.db, input.id));
    }
    const row = await call.db
      .insertInto('retention_policies')
      .values({ ...values, created_at: now, archived_at: null })
      .returningAll()
      .executeTakeFirstOrThrow();
    call.target('policy', row.id);
    return toPolicyView(row);
  },

  'policies.archive': async (call, input) => {
    call.target('policy', input.id);
    const existing = await policyById(call.db, input.id);
    if (existing.archived_at) throw new AppError('CONFLICT', '이미 보관 처리된 정책입니다.');
    await call.db.updateTable('retention_policies').set({ archived_at: call.now.toISOString() }).where('id', '=', input.id).execute();
    return toPolicyView(existing);
  },
};
