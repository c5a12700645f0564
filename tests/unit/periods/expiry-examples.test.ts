import { describe, expect, it } from 'vitest';
import { computeExpiry, DESTROY_WITHIN_DAYS } from '../../../shared/periods/expiry.ts';
import type { PeriodUnit } from '../../../shared/periods/period.ts';

interface Example {
  from: string;
  length: number;
  unit: PeriodUnit;
  countFirstDay?: boolean;
  retentionEnds: string;
  destroyFrom?: string;
  destroyBy?: string;
  why: string;
}

/**
 * Every expected date below was worked out by hand from 민법 제157·159·160조 (DOMAIN.md "Periods"):
 * 기산일 = the day after `from` (or `from` itself when the first day counts); the period ends the day
 * before the 기산일's day in the last month/year, or on that month's last day if it has no such day.
 */
const EXAMPLES: readonly Example[] = [
  // DOMAIN.md's worked examples.
  {
    from: '2025-11-01',
    length: 30,
    unit: 'day',
    retentionEnds: '2025-12-01',
    destroyFrom: '2025-12-02',
    destroyBy: '2025-12-06',
    why: 'DOMAIN: 30일',
  },
  {
    from: '2025-11-01',
    length: 30,
    unit: 'day',
    countFirstDay: true,
    retentionEnds: '2025-11-30',
    destroyFrom: '2025-12-01',
    destroyBy: '2025-12-05',
    why: 'DOMAIN: 30일 from 00:00',
  },
  {
    from: '2025-01-31',
    length: 1,
    unit: 'month',
    retentionEnds: '2025-02-28',
    destroyFrom: '2025-03-01',
    destroyBy: '2025-03-05',
    why: 'DOMAIN: 기산일 02-01, day before 03-01',
  },
  { from: '2025-01-30', length: 1, unit: 'month', retentionEnds: '2025-02-28', why: 'DOMAIN: 기산일 01-31, February has no 31st' },
  { from: '2025-03-31', length: 1, unit: 'month', retentionEnds: '2025-04-30', why: 'DOMAIN: 기산일 04-01, day before 05-01' },
  { from: '2020-02-29', length: 1, unit: 'year', retentionEnds: '2021-02-28', why: 'DOMAIN: 기산일 2020-03-01, day before 2021-03-01' },

  // Days.
  {
    from: '2025-12-31',
    length: 1,
    unit: 'day',
    retentionEnds: '2026-01-01',
    destroyFrom: '2026-01-02',
    destroyBy: '2026-01-06',
    why: 'across the year end',
  },
  {
    from: '2025-12-31',
    length: 1,
    unit: 'day',
    countFirstDay: true,
    retentionEnds: '2025-12-31',
    destroyFrom: '2026-01-01',
    destroyBy: '2026-01-05',
    why: 'one counted day is the start day itself',
  },
  {
    from: '2024-02-28',
    length: 1,
    unit: 'day',
    retentionEnds: '2024-02-29',
    destroyFrom: '2024-03-01',
    destroyBy: '2024-03-05',
    why: 'leap day',
  },
  { from: '2025-01-01', length: 365, unit: 'day', retentionEnds: '2026-01-01', why: '2025 has 365 days' },
  { from: '2025-01-01', length: 365, unit: 'day', countFirstDay: true, retentionEnds: '2025-12-31', why: '365 counted days fill 2025' },
  { from: '2024-01-01', length: 366, unit: 'day', retentionEnds: '2025-01-01', why: '2024 has 366 days' },

  // Weeks.
  { from: '2025-11-01', length: 2, unit: 'week', retentionEnds: '2025-11-15', why: '기산일 Sun 11-02, day before Sun 11-16' },
  {
    from: '2025-11-01',
    length: 2,
    unit: 'week',
    countFirstDay: true,
    retentionEnds: '2025-11-14',
    why: '기산일 Sat 11-01, day before Sat 11-15',
  },
  { from: '2025-12-29', length: 1, unit: 'week', retentionEnds: '2026-01-05', why: 'week across the year end' },
  {
    from: '2025-12-29',
    length: 1,
    unit: 'week',
    countFirstDay: true,
    retentionEnds: '2026-01-04',
    why: 'counted week across the year end',
  },

  // Months.
  { from: '2025-05-31', length: 1, unit: 'month', retentionEnds: '2025-06-30', why: '기산일 06-01, day before 07-01' },
  {
    from: '2025-01-31',
    length: 1,
    unit: 'month',
    countFirstDay: true,
    retentionEnds: '2025-02-28',
    why: '기산일 01-31, February has no 31st',
  },
  { from: '2025-01-15', length: 1, unit: 'month', retentionEnds: '2025-02-15', why: '기산일 01-16, day before 02-16' },
  { from: '2025-01-15', length: 1, unit: 'month', countFirstDay: true, retentionEnds: '2025-02-14', why: '기산일 01-15, day before 02-15' },
  { from: '2025-01-28', length: 1, unit: 'month', retentionEnds: '2025-02-28', why: '기산일 01-29, no 02-29 in 2025' },
  { from: '2025-01-28', length: 1, unit: 'month', countFirstDay: true, retentionEnds: '2025-02-27', why: '기산일 01-28, day before 02-28' },
  { from: '2024-01-28', length: 1, unit: 'month', retentionEnds: '2024-02-28', why: '기산일 01-29, 2024-02-29 exists' },
  { from: '2024-02-29', length: 1, unit: 'month', retentionEnds: '2024-03-31', why: '기산일 03-01, day before 04-01' },
  { from: '2024-02-29', length: 1, unit: 'month', countFirstDay: true, retentionEnds: '2024-03-28', why: '기산일 02-29, day before 03-29' },
  { from: '2025-02-28', length: 1, unit: 'month', retentionEnds: '2025-03-31', why: '기산일 03-01, day before 04-01' },
  {
    from: '2025-02-28',
    length: 1,
    unit: 'month',
    countFirstDay: true,
    retentionEnds: '2025-03-27',
    why: '기산일 02-28, day before 03-28: four days before the uncounted end',
  },
  { from: '2025-04-30', length: 1, unit: 'month', retentionEnds: '2025-05-31', why: '기산일 05-01, day before 06-01' },
  { from: '2025-04-30', length: 1, unit: 'month', countFirstDay: true, retentionEnds: '2025-05-29', why: '기산일 04-30, day before 05-30' },
  {
    from: '2025-12-31',
    length: 1,
    unit: 'month',
    retentionEnds: '2026-01-31',
    destroyFrom: '2026-02-01',
    destroyBy: '2026-02-05',
    why: '기산일 2026-01-01, day before 02-01',
  },
  { from: '2025-11-01', length: 6, unit: 'month', retentionEnds: '2026-05-01', why: '기산일 11-02, day before 2026-05-02' },
  { from: '2025-08-31', length: 6, unit: 'month', retentionEnds: '2026-02-28', why: '기산일 09-01, day before 2026-03-01' },
  { from: '2025-10-31', length: 3, unit: 'month', retentionEnds: '2026-01-31', why: '기산일 11-01, day before 2026-02-01' },
  { from: '2025-11-30', length: 3, unit: 'month', retentionEnds: '2026-02-28', why: '기산일 12-01, day before 2026-03-01' },
  { from: '2025-11-30', length: 3, unit: 'month', countFirstDay: true, retentionEnds: '2026-02-28', why: '기산일 11-30, no 2026-02-30' },
  { from: '2025-03-15', length: 12, unit: 'month', retentionEnds: '2026-03-15', why: '12 months equal a year' },

  // Years.
  { from: '2024-02-29', length: 1, unit: 'year', retentionEnds: '2025-02-28', why: '기산일 2024-03-01, day before 2025-03-01' },
  {
    from: '2024-02-29',
    length: 4,
    unit: 'year',
    retentionEnds: '2028-02-29',
    destroyFrom: '2028-03-01',
    destroyBy: '2028-03-05',
    why: '기산일 2024-03-01, day before 2028-03-01',
  },
  { from: '2024-02-29', length: 1, unit: 'year', countFirstDay: true, retentionEnds: '2025-02-28', why: '기산일 02-29, no 2025-02-29' },
  {
    from: '2024-02-29',
    length: 4,
    unit: 'year',
    countFirstDay: true,
    retentionEnds: '2028-02-28',
    why: '기산일 02-29, day before 2028-02-29',
  },
  { from: '2024-02-28', length: 1, unit: 'year', retentionEnds: '2025-02-28', why: '기산일 2024-02-29, no 2025-02-29' },
  {
    from: '2024-02-28',
    length: 1,
    unit: 'year',
    countFirstDay: true,
    retentionEnds: '2025-02-27',
    why: '기산일 02-28, day before 2025-02-28',
  },
  {
    from: '2025-12-31',
    length: 1,
    unit: 'year',
    retentionEnds: '2026-12-31',
    destroyFrom: '2027-01-01',
    destroyBy: '2027-01-05',
    why: '기산일 2026-01-01, day before 2027-01-01',
  },
  {
    from: '2025-01-01',
    length: 1,
    unit: 'year',
    countFirstDay: true,
    retentionEnds: '2025-12-31',
    why: 'a year from 00:00 on 1 January is the calendar year',
  },
  { from: '2025-03-15', length: 10, unit: 'year', retentionEnds: '2035-03-15', why: '기산일 03-16, day before 2035-03-16' },
  {
    from: '2025-03-15',
    length: 10,
    unit: 'year',
    countFirstDay: true,
    retentionEnds: '2035-03-14',
    why: '기산일 03-15, day before 2035-03-15',
  },
];

describe('computeExpiry — worked examples', () => {
  it.each(EXAMPLES)('$from + $length $unit (countFirstDay: $countFirstDay) → $retentionEnds — $why', (example) => {
    const { length, unit, countFirstDay = false, why: _why, ...expected } = example;
    expect(computeExpiry({ from: example.from, period: { length, unit }, countFirstDay })).toMatchObject(expected);
  });

  it('leaves the first day uncounted unless told otherwise', () => {
    const expiry = computeExpiry({ from: '2025-11-01', period: { length: 30, unit: 'day' } });
    expect(expiry.retentionEnds).toBe('2025-12-01');
  });

  it('gives five days to destroy, as the 표준 개인정보 보호지침 reads "without delay"', () => {
    expect(DESTROY_WITHIN_DAYS).toBe(5);
  });
});
