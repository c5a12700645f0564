export {
  formatPeriod,
  isValidPeriod,
  MAX_PERIOD_LENGTH,
  parsePeriod,
  PERIOD_UNITS,
  periodCode,
  periodProblem,
  samePeriod,
} from './period.ts';
export type { ParsePeriodResult, Period, PeriodUnit } from './period.ts';

export { computeExpiry, DESTROY_WITHIN_DAYS, expiryEndingOn, tryComputeExpiry } from './expiry.ts';
export type { Expiry, ExpiryInput, ExpiryResult } from './expiry.ts';

export { describeRule, dueDates, periodSchema, RETENTION_EVENTS, retentionEventLabel, retentionRuleSchema } from './rule.ts';
export type { EventRule, FixedRule, PurposeAchievedRule, RetentionEvent, RetentionRule, RuleDates } from './rule.ts';

export { findPreset, PRESET_CATEGORIES, PRESET_CATEGORY_LABELS, RETENTION_PRESETS } from './presets.ts';
export type { PresetCategory, RetentionPreset } from './presets.ts';
