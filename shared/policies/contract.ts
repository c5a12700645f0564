import { defineDomain } from '../contract/domain.ts';
import { policiesMessages } from './messages.ts';
import { z } from 'zod';
import { method } from '../contract/method.ts';
import { RETENTION_PRESETS, type RetentionPreset } from '../periods/presets.ts';
import { retentionEventLabel, retentionRuleSchema, type RetentionRule } from '../periods/rule.ts';

const PRESET_IDS = RETENTION_PRESETS.map((preset) => preset.id) as [string, ...string[]];

/** A record type gets its rule from the statutory catalog, or from the clinic's own policy with its own basis. */
export const policySource = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('preset'), presetId: z.enum(PRESET_IDS, { error: '보존기간을 목록에서 선택해 주세요.' }) }),
    z.strictObject({
      kind: z.literal('custom'),
      rule: retentionRuleSchema,
      basis: z.string().trim().min(1, { error: '근거(예: 개인정보 처리방침 제5조)를 입력해 주세요.' }).max(300),
      minimum: z.boolean(),
    }),
  ],
  { error: '보존기간을 정하는 방법을 선택해 주세요.' },
);

export const policyInput = z.strictObject({
  name: z.string().trim().min(1, { error: '기록 종류의 이름을 입력해 주세요.' }).max(80),
  description: z.string().trim().max(300).default(''),
  /** What the period is counted from, as the policy says it: 촬영일, 작성일, 예약 종료일 … */
  startLabel: z.string().trim().min(1, { error: '기산 기준(예: 촬영일)을 입력해 주세요.' }).max(40),
  source: policySource,
});

export type PolicyInput = z.input<typeof policyInput>;

export interface PolicyView {
  id: number;
  name: string;
  description: string;
  startLabel: string;
  presetId: string | null;
  rule: RetentionRule;
  ruleText: string;
  basis: string;
  /** True: a statutory minimum (keep at least this long). False: a limit (destroy when it ends). */
  minimum: boolean;
  updatedAt: string;
}

export const policiesApi = {
  'policies.list': method<PolicyView[]>()({
    label: { ko: '보존기간 정책 조회', en: 'List retention policies' },
    input: z.strictObject({}),
    roles: ['officer', 'admin', 'auditor'],
    log: 'read',
  }),
  'policies.save': method<PolicyView>()({
    label: { ko: '보존기간 정책 저장', en: 'Save retention policy' },
    input: policyInput.extend({ id: z.number().int().positive().optional() }),
    roles: ['officer', 'admin'],
    log: 'change',
  }),
  /** No longer used for new records; kept for the records and certificates that cite it. */
  'policies.archive': method<PolicyView>()({
    label: { ko: '보존기간 정책 보관 처리', en: 'Archive retention policy' },
    input: z.strictObject({ id: z.number().int().positive() }),
    roles: ['officer', 'admin'],
    log: 'change',
  }),
};

/** What staff usually count a preset's period from; a suggestion the form fills in. */
export function suggestedStartLabel(rule: RetentionRule, category?: RetentionPreset['category']): string {
  if (rule.kind === 'event') return `${retentionEventLabel(rule.event)}일`;
  if (rule.kind === 'purpose_achieved') return '처리 목적 달성일';
  if (category === 'cctv') return '촬영일';
  if (category === 'medical') return '작성일';
  return '수집일';
}

export const policiesDomain = defineDomain({ name: 'policies', methods: policiesApi, messages: policiesMessages });
