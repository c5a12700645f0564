import { fieldErrors } from '../../shared/contract/errors.ts';
import { policyInput, type PolicyInput, type PolicyView } from '../../shared/policies/contract.ts';
import { parsePeriod, periodCode, type RetentionEvent, type RetentionRule } from '../../shared/periods/index.ts';

/** The policy form as staff fill it: periods as typed text ("3년"), one flat set of fields. */
export interface PolicyFormValues {
  name: string;
  description: string;
  startLabel: string;
  sourceKind: 'preset' | 'custom';
  presetId: string | null;
  ruleKind: RetentionRule['kind'];
  period: string;
  countFirstDay: boolean;
  event: RetentionEvent;
  grace: string;
  basis: string;
  minimum: boolean;
}

export const EMPTY_POLICY_FORM: PolicyFormValues = {
  name: '',
  description: '',
  startLabel: '',
  sourceKind: 'preset',
  presetId: null,
  ruleKind: 'fixed',
  period: '',
  countFirstDay: false,
  event: 'reservation_end',
  grace: '',
  basis: '',
  minimum: false,
};

export function formValuesOf(policy: PolicyView): PolicyFormValues {
  const rule = policy.rule;
  return {
    ...EMPTY_POLICY_FORM,
    name: policy.name,
    description: policy.description,
    startLabel: policy.startLabel,
    sourceKind: policy.presetId ? 'preset' : 'custom',
    presetId: policy.presetId,
    ruleKind: rule.kind,
    period: rule.kind === 'fixed' ? periodCode(rule.period) : '',
    countFirstDay: rule.kind === 'fixed' ? rule.countFirstDay : false,
    event: rule.kind === 'event' ? rule.event : 'reservation_end',
    grace: rule.kind === 'event' && rule.grace ? periodCode(rule.grace) : '',
    basis: policy.presetId ? '' : policy.basis,
    minimum: policy.minimum,
  };
}

/** Where the schema's paths land in the flat form. */
const FIELD_OF: Record<string, keyof PolicyFormValues> = {
  'source.presetId': 'presetId',
  'source.basis': 'basis',
  'source.rule.period.length': 'period',
  'source.rule.period': 'period',
  'source.rule.grace.length': 'grace',
  'source.rule.event': 'event',
};

/** Builds the API input, or the Korean errors under the fields that prevent it. */
export function toPolicyInput(values: PolicyFormValues): { input: PolicyInput | null; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  let rule: RetentionRule | null = null;
  if (values.sourceKind === 'custom') {
    if (values.ruleKind === 'fixed') {
      const period = parsePeriod(values.period);
      if (period.ok) rule = { kind: 'fixed', period: period.period, countFirstDay: values.countFirstDay };
      else errors.period = period.message;
    } else if (values.ruleKind === 'event') {
      const grace = values.grace.trim() === '' ? null : parsePeriod(values.grace);
      if (grace && !grace.ok) errors.grace = grace.message;
      else rule = { kind: 'event', event: values.event, grace: grace ? grace.period : null };
    } else {
      rule = { kind: 'purpose_achieved' };
    }
  }
  const candidate = {
    name: values.name,
    description: values.description,
    startLabel: values.startLabel,
    source:
      values.sourceKind === 'preset'
        ? { kind: 'preset', presetId: values.presetId ?? '' }
        : { kind: 'custom', rule: rule ?? { kind: 'purpose_achieved' }, basis: values.basis, minimum: values.minimum },
  };
  const parsed = policyInput.safeParse(candidate);
  if (!parsed.success) {
    for (const [path, message] of Object.entries(fieldErrors(parsed.error))) {
      const field = FIELD_OF[path] ?? path;
      errors[field] ??= message;
    }
  }
  return Object.keys(errors).length === 0 ? { input: candidate as PolicyInput, errors } : { input: null, errors };
}
