import { describe, expect, it } from 'vitest';
import { periodCode } from '../../../shared/periods/period.ts';
import { findPreset, PRESET_CATEGORIES, PRESET_CATEGORY_LABELS, RETENTION_PRESETS } from '../../../shared/periods/presets.ts';
import { describeRule, retentionRuleSchema } from '../../../shared/periods/rule.ts';

/** Transcribed from DOMAIN.md "Statutory retention periods" and the CCTV and service rules. */
const EXPECTED: Readonly<Record<string, string>> = {
  'medical-patient-register': '5y',
  'medical-chart': '10y',
  'medical-prescription': '2y',
  'medical-surgery-record': '10y',
  'medical-test-findings': '5y',
  'medical-radiograph': '5y',
  'medical-nursing-record': '5y',
  'medical-midwifery-record': '5y',
  'medical-certificate-copy': '3y',
  'commerce-contract': '5y',
  'commerce-payment-supply': '5y',
  'commerce-complaint-dispute': '3y',
  'commerce-advertising': '6m',
  'communications-website-log': '3m',
  'security-access-log-1y': '1y',
  'security-access-log-2y': '2y',
  'cctv-30d': '30d',
  'cctv-1m': '1m',
  'service-web-reservation': 'until reservation_end',
  'service-membership': 'until membership_end',
  'service-event-survey': 'until event_end',
  'service-processor-contract': 'until contract_end',
};

function bases(category: string): string[] {
  return RETENTION_PRESETS.filter((p) => p.category === category).map((p) => p.basis);
}

function summary(id: string): string {
  const rule = findPreset(id)?.rule;
  if (rule?.kind === 'fixed') return periodCode(rule.period);
  if (rule?.kind === 'event' && rule.grace === null) return `until ${rule.event}`;
  return `unexpected ${JSON.stringify(rule)}`;
}

describe('RETENTION_PRESETS', () => {
  it('covers exactly the catalogue in DOMAIN.md', () => {
    expect(Object.fromEntries(RETENTION_PRESETS.map((p) => [p.id, summary(p.id)]))).toEqual(EXPECTED);
  });

  it('has unique, stable kebab-case ids', () => {
    const ids = RETENTION_PRESETS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
  });

  it.each(RETENTION_PRESETS.map((p) => [p.id, p] as const))('%s has a Korean label and basis and a valid rule', (_id, preset) => {
    expect(preset.label.trim()).not.toBe('');
    expect(preset.label).toMatch(/[가-힣]/u);
    expect(preset.basis.trim()).not.toBe('');
    expect(preset.basis).toMatch(/[가-힣]/u);
    expect(PRESET_CATEGORIES).toContain(preset.category);
    expect(retentionRuleSchema.safeParse(preset.rule).success).toBe(true);
    expect(describeRule(preset.rule)).not.toBe('');
  });

  it('counts medical records as extendable statutory minimums, by item of 제15조 제1항', () => {
    const medical = RETENTION_PRESETS.filter((p) => p.category === 'medical');
    expect(medical).toHaveLength(9);
    medical.forEach((preset, index) => {
      expect(preset.minimum).toBe(true);
      expect(preset.extendableOnce).toBe(true);
      expect(preset.basis).toContain(`의료법 시행규칙 제15조 제1항 제${index + 1}호`);
    });
    expect(findPreset('medical-chart')?.basis).toBe('의료법 시행규칙 제15조 제1항 제2호 (진료기록부 10년)');
  });

  it('treats CCTV and service periods as limits, not minimums', () => {
    const limits = RETENTION_PRESETS.filter((p) => p.category === 'cctv' || p.category === 'service');
    expect(limits.map((p) => [p.id, p.minimum, p.extendableOnce])).toEqual(limits.map((p) => [p.id, false, undefined]));
  });

  it('cites the source each group rests on', () => {
    for (const basis of bases('commerce')) expect(basis).toContain('전자상거래 등에서의 소비자보호에 관한 법률');
    for (const basis of bases('commerce')) expect(basis).toContain('시행령 제6조');
    for (const basis of bases('communications')) expect(basis).toContain('통신비밀보호법 시행령 제41조');
    for (const basis of bases('security')) expect(basis).toContain('개인정보의 안전성 확보조치 기준 제8조');
    for (const basis of bases('service')) expect(basis).toContain('개인정보 보호법 제21조');
    expect(findPreset('cctv-30d')?.basis).toContain('표준 개인정보 보호지침');
    expect(findPreset('cctv-1m')?.basis).toContain('개인정보 보호법 제25조');
  });

  it('counts CCTV from the recording day without the first day', () => {
    for (const id of ['cctv-30d', 'cctv-1m']) {
      const rule = findPreset(id)?.rule;
      expect(rule?.kind === 'fixed' && rule.countFirstDay).toBe(false);
    }
  });

  it('has a label for every category', () => {
    for (const category of PRESET_CATEGORIES) expect(PRESET_CATEGORY_LABELS[category]).toMatch(/[가-힣]/u);
  });
});

describe('findPreset', () => {
  it('finds a preset by id', () => {
    expect(findPreset('cctv-30d')?.label).toBe('CCTV 영상 (30일)');
  });

  it('returns undefined for an unknown id', () => {
    expect(findPreset('cctv-7d')).toBeUndefined();
    expect(findPreset('')).toBeUndefined();
  });
});
