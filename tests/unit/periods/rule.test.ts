import { describe, expect, it } from 'vitest';
import { describeRule, dueDates, RETENTION_EVENTS, retentionEventLabel, retentionRuleSchema } from '../../../shared/periods/rule.ts';
import type { RetentionRule } from '../../../shared/periods/rule.ts';

const CCTV_30_DAYS: RetentionRule = { kind: 'fixed', period: { length: 30, unit: 'day' }, countFirstDay: false };
const ONE_MONTH_FROM_MIDNIGHT: RetentionRule = { kind: 'fixed', period: { length: 1, unit: 'month' }, countFirstDay: true };
const UNTIL_RESERVATION_ENDS: RetentionRule = { kind: 'event', event: 'reservation_end', grace: null };
const MONTH_AFTER_CONTRACT: RetentionRule = { kind: 'event', event: 'contract_end', grace: { length: 1, unit: 'month' } };
const PURPOSE_ACHIEVED: RetentionRule = { kind: 'purpose_achieved' };

describe('dueDates', () => {
  it('counts a fixed rule from the start date', () => {
    expect(dueDates(CCTV_30_DAYS, { startDate: '2025-11-01' })).toEqual({
      from: '2025-11-01',
      retentionEnds: '2025-12-01',
      destroyFrom: '2025-12-02',
      destroyBy: '2025-12-06',
    });
  });

  it('honours countFirstDay in a fixed rule', () => {
    // 기산일 2025-01-15, day before 02-15.
    expect(dueDates(ONE_MONTH_FROM_MIDNIGHT, { startDate: '2025-01-15' })?.retentionEnds).toBe('2025-02-14');
  });

  it('ignores an event date for a fixed rule', () => {
    expect(dueDates(CCTV_30_DAYS, { eventDate: '2025-11-01' })).toBeNull();
    expect(dueDates(CCTV_30_DAYS, { startDate: '2025-11-01', eventDate: '2030-01-01' })?.retentionEnds).toBe('2025-12-01');
  });

  it('keeps event data through the event day and destroys within five days', () => {
    expect(dueDates(UNTIL_RESERVATION_ENDS, { eventDate: '2025-12-30' })).toEqual({
      from: '2025-12-30',
      retentionEnds: '2025-12-30',
      destroyFrom: '2025-12-31',
      destroyBy: '2026-01-04',
    });
  });

  it('counts a grace period from the day after the event', () => {
    // 기산일 2025-02-01, day before 03-01.
    expect(dueDates(MONTH_AFTER_CONTRACT, { eventDate: '2025-01-31' })).toEqual({
      from: '2025-01-31',
      retentionEnds: '2025-02-28',
      destroyFrom: '2025-03-01',
      destroyBy: '2025-03-05',
    });
  });

  it('destroys without delay once the purpose is achieved', () => {
    expect(dueDates(PURPOSE_ACHIEVED, { eventDate: '2024-02-29' })).toEqual({
      from: '2024-02-29',
      retentionEnds: '2024-02-29',
      destroyFrom: '2024-03-01',
      destroyBy: '2024-03-05',
    });
  });

  it.each([UNTIL_RESERVATION_ENDS, MONTH_AFTER_CONTRACT, PURPOSE_ACHIEVED])('has no dates before the event (%j)', (rule) => {
    expect(dueDates(rule, {})).toBeNull();
    expect(dueDates(rule, { eventDate: null })).toBeNull();
    expect(dueDates(rule, { startDate: '2025-01-01' })).toBeNull();
  });

  it('has no dates for a fixed rule without a start date', () => {
    expect(dueDates(CCTV_30_DAYS, {})).toBeNull();
    expect(dueDates(CCTV_30_DAYS, { startDate: null })).toBeNull();
  });

  it.each([
    [CCTV_30_DAYS, { startDate: '2025-02-29' }],
    [UNTIL_RESERVATION_ENDS, { eventDate: '2025-13-01' }],
    [MONTH_AFTER_CONTRACT, { eventDate: '' }],
    [PURPOSE_ACHIEVED, { eventDate: '2025-1-01' }],
  ] as const)('throws RangeError for an invalid date (%j, %j)', (rule, dates) => {
    expect(() => dueDates(rule, dates)).toThrow(RangeError);
  });
});

describe('describeRule', () => {
  it.each<[RetentionRule, string, string]>([
    [CCTV_30_DAYS, '30일', '30 days'],
    [ONE_MONTH_FROM_MIDNIGHT, '1개월 (초일 산입)', '1 month (first day counted)'],
    [UNTIL_RESERVATION_ENDS, '예약 업무 종료 시까지', 'until the end of the reservation work'],
    [MONTH_AFTER_CONTRACT, '위탁계약 종료 후 1개월', '1 month after the end of the processing contract'],
    [PURPOSE_ACHIEVED, '처리 목적 달성 시 지체 없이', 'without delay once the purpose is achieved'],
    [{ kind: 'event', event: 'membership_end', grace: null }, '회원 탈퇴 시까지', 'until membership withdrawal'],
    [
      { kind: 'event', event: 'treatment_end', grace: { length: 2, unit: 'week' } },
      '진료 종료 후 2주',
      '2 weeks after the end of treatment',
    ],
  ])('%j → %s / %s', (rule, ko, en) => {
    expect(describeRule(rule, 'ko')).toBe(ko);
    expect(describeRule(rule, 'en')).toBe(en);
  });

  it('describes in Korean by default', () => {
    expect(describeRule(CCTV_30_DAYS)).toBe('30일');
  });
});

describe('retentionEventLabel', () => {
  it.each([
    ['reservation_end', '예약 업무 종료'],
    ['contract_end', '위탁계약 종료'],
    ['consent_withdrawn', '동의 철회'],
    ['membership_end', '회원 탈퇴'],
    ['event_end', '이벤트 종료'],
    ['treatment_end', '진료 종료'],
  ] as const)('%s → %s', (event, ko) => {
    expect(retentionEventLabel(event)).toBe(ko);
  });

  it('has an English label for every event', () => {
    for (const event of RETENTION_EVENTS) expect(retentionEventLabel(event, 'en')).toMatch(/^[a-z ]+$/u);
  });
});

describe('retentionRuleSchema', () => {
  it.each([CCTV_30_DAYS, ONE_MONTH_FROM_MIDNIGHT, UNTIL_RESERVATION_ENDS, MONTH_AFTER_CONTRACT, PURPOSE_ACHIEVED])(
    'accepts %j, also after a JSON round trip',
    (rule) => {
      const stored: unknown = JSON.parse(JSON.stringify(rule));
      expect(retentionRuleSchema.parse(stored)).toEqual(rule);
    },
  );

  it.each<[string, unknown]>([
    ['zero length', { kind: 'fixed', period: { length: 0, unit: 'day' }, countFirstDay: false }],
    ['fractional length', { kind: 'fixed', period: { length: 1.5, unit: 'year' }, countFirstDay: false }],
    ['absurd length', { kind: 'fixed', period: { length: 101, unit: 'year' }, countFirstDay: false }],
    ['length as text', { kind: 'fixed', period: { length: '30', unit: 'day' }, countFirstDay: false }],
    ['unknown unit', { kind: 'fixed', period: { length: 1, unit: 'hour' }, countFirstDay: false }],
    ['missing countFirstDay', { kind: 'fixed', period: { length: 1, unit: 'day' } }],
    ['unknown event', { kind: 'event', event: 'discharge', grace: null }],
    ['missing grace', { kind: 'event', event: 'contract_end' }],
    ['bad grace', { kind: 'event', event: 'contract_end', grace: { length: -1, unit: 'month' } }],
    ['unknown kind', { kind: 'forever' }],
    ['extra key', { kind: 'purpose_achieved', period: { length: 1, unit: 'day' } }],
    ['not an object', '30d'],
  ])('rejects %s', (_why, value) => {
    expect(retentionRuleSchema.safeParse(value).success).toBe(false);
  });

  it('explains a bad length in Korean', () => {
    const result = retentionRuleSchema.safeParse({ kind: 'fixed', period: { length: 0, unit: 'day' }, countFirstDay: false });
    expect(result.error?.issues[0]?.message).toMatch(/[가-힣]/u);
    expect(result.error?.issues[0]?.path).toEqual(['period', 'length']);
  });
});
