import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, daysInMonth, formatIsoDate, isIsoDate, parseIsoDate } from '../../../shared/dates/calendar.ts';
import type { IsoDate } from '../../../shared/dates/calendar.ts';
import { computeExpiry, expiryEndingOn, tryComputeExpiry } from '../../../shared/periods/expiry.ts';
import { MAX_PERIOD_LENGTH } from '../../../shared/periods/period.ts';
import type { Period, PeriodUnit } from '../../../shared/periods/period.ts';
import { awkwardIsoDate, monthEndIsoDate, period, periodOf, periodUnit } from './arbitraries.ts';

/** `from` moved n months on, its day clamped to the target month: the naive "same date n months later". */
function sameDateMonthsLater(from: IsoDate, months: number): IsoDate {
  const date = parseIsoDate(from);
  if (!date) throw new Error(`bad test date ${from}`);
  const index = date.year * 12 + date.month - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return formatIsoDate({ year, month, day: Math.min(date.day, daysInMonth(year, month)) });
}

function isLastDayOfMonth(date: IsoDate): boolean {
  const parsed = parseIsoDate(date);
  return parsed !== null && parsed.day === daysInMonth(parsed.year, parsed.month);
}

function endOf(from: IsoDate, p: Period, countFirstDay = false): IsoDate {
  return computeExpiry({ from, period: p, countFirstDay }).retentionEnds;
}

describe('computeExpiry — properties', () => {
  it('gives real calendar dates, never before the start', () => {
    fc.assert(
      fc.property(awkwardIsoDate, period, fc.boolean(), (from, p, countFirstDay) => {
        const expiry = computeExpiry({ from, period: p, countFirstDay });
        for (const date of [expiry.retentionEnds, expiry.destroyFrom, expiry.destroyBy]) {
          expect(isIsoDate(date)).toBe(true);
        }
        expect(daysBetween(from, expiry.retentionEnds)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('destroys from the day after the last kept day, and by five days after it', () => {
    fc.assert(
      fc.property(awkwardIsoDate, period, fc.boolean(), (from, p, countFirstDay) => {
        const expiry = computeExpiry({ from, period: p, countFirstDay });
        expect(daysBetween(expiry.retentionEnds, expiry.destroyFrom)).toBe(1);
        expect(daysBetween(expiry.retentionEnds, expiry.destroyBy)).toBe(5);
      }),
    );
  });

  it('never ends a longer period (same unit) earlier than a shorter one', () => {
    fc.assert(
      fc.property(
        awkwardIsoDate,
        periodUnit.chain((unit) => fc.tuple(periodOf(unit), periodOf(unit))),
        fc.boolean(),
        (from, [a, b], countFirstDay) => {
          const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
          expect(daysBetween(endOf(from, shorter, countFirstDay), endOf(from, longer, countFirstDay))).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('counts days and weeks exactly', () => {
    fc.assert(
      fc.property(awkwardIsoDate, fc.integer({ min: 1, max: MAX_PERIOD_LENGTH.week }), (from, n) => {
        expect(endOf(from, { length: n, unit: 'day' })).toBe(addDays(from, n));
        expect(endOf(from, { length: n, unit: 'day' }, true)).toBe(addDays(from, n - 1));
        expect(endOf(from, { length: n, unit: 'week' })).toBe(addDays(from, 7 * n));
      }),
    );
  });

  it('ends a month period within a few days of the same date n months later', () => {
    fc.assert(
      fc.property(awkwardIsoDate, fc.integer({ min: 1, max: MAX_PERIOD_LENGTH.month }), (from, n) => {
        const naive = sameDateMonthsLater(from, n);
        const excluded = daysBetween(naive, endOf(from, { length: n, unit: 'month' }));
        const counted = daysBetween(naive, endOf(from, { length: n, unit: 'month' }, true));
        expect(excluded).toBeLessThanOrEqual(31);
        // From a month end the 기산일 is the 1st, so the period runs to the end of the target month
        // (at most 3 days past a clamped 28th); otherwise it lands on the naive date itself.
        expect(excluded).toBeGreaterThanOrEqual(0);
        expect(excluded).toBeLessThanOrEqual(3);
        expect(counted).toBeGreaterThanOrEqual(-1);
        expect(counted).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('treats n years as 12n months', () => {
    fc.assert(
      fc.property(awkwardIsoDate, fc.integer({ min: 1, max: MAX_PERIOD_LENGTH.year }), fc.boolean(), (from, n, countFirstDay) => {
        expect(endOf(from, { length: n, unit: 'year' }, countFirstDay)).toBe(endOf(from, { length: 12 * n, unit: 'month' }, countFirstDay));
      }),
    );
  });

  it('counting the first day never ends later, and at most one day earlier unless it starts on a month end', () => {
    fc.assert(
      fc.property(awkwardIsoDate, period, (from, p) => {
        fc.pre(p.unit === 'day' || p.unit === 'week' || !isLastDayOfMonth(from));
        const shift = daysBetween(endOf(from, p, true), endOf(from, p, false));
        expect(shift).toBeGreaterThanOrEqual(0);
        expect(shift).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('counting the first day of a month end moves the end at most four days earlier', () => {
    // Uncounted, a month end's 기산일 is the 1st, so the period fills whole months (02-28 +1개월 → 03-31);
    // counted, the 기산일 is the 28th–31st itself (→ 03-27). The gap is the target month's tail.
    fc.assert(
      fc.property(monthEndIsoDate, fc.constantFrom<PeriodUnit>('month', 'year').chain(periodOf), (from, p) => {
        const shift = daysBetween(endOf(from, p, true), endOf(from, p, false));
        expect(shift).toBeGreaterThanOrEqual(0);
        expect(shift).toBeLessThanOrEqual(4);
      }),
    );
  });
});

describe('computeExpiry — invalid input', () => {
  it.each(['2025-02-29', '2025-13-01', '2025-1-01', '', 'tomorrow'])('throws RangeError for the date %j', (from) => {
    expect(() => computeExpiry({ from, period: { length: 30, unit: 'day' } })).toThrow(RangeError);
  });

  it.each<Period>([
    { length: 0, unit: 'day' },
    { length: -1, unit: 'month' },
    { length: 1.5, unit: 'year' },
    { length: 101, unit: 'year' },
  ])('throws RangeError for the period %j', (p) => {
    expect(() => computeExpiry({ from: '2025-01-01', period: p })).toThrow(RangeError);
  });

  it('throws rather than produce a date past 9999-12-31', () => {
    expect(() => computeExpiry({ from: '9999-12-20', period: { length: 1, unit: 'month' } })).toThrow(RangeError);
    expect(() => computeExpiry({ from: '9999-12-27', period: { length: 1, unit: 'day' } })).toThrow(RangeError);
  });

  it('keeps the last representable window', () => {
    expect(computeExpiry({ from: '9999-12-25', period: { length: 1, unit: 'day' }, countFirstDay: true }).destroyBy).toBe('9999-12-30');
  });
});

describe('tryComputeExpiry', () => {
  it('returns the expiry for good input', () => {
    expect(tryComputeExpiry({ from: '2025-11-01', period: { length: 30, unit: 'day' } })).toEqual({
      ok: true,
      expiry: { from: '2025-11-01', retentionEnds: '2025-12-01', destroyFrom: '2025-12-02', destroyBy: '2025-12-06' },
    });
  });

  it.each([
    [{ from: '2025-02-29', period: { length: 1, unit: 'day' } }, '올바른 날짜가 아닙니다'],
    [{ from: '2025-01-01', period: { length: 0, unit: 'day' } }, '1 이상'],
    [{ from: '9999-12-31', period: { length: 1, unit: 'year' } }, '달력 범위'],
  ] as const)('explains %j in Korean', (input, phrase) => {
    expect(tryComputeExpiry(input)).toEqual({ ok: false, message: expect.stringContaining(phrase) });
  });
});

describe('expiryEndingOn', () => {
  it('keeps through the given day and destroys within five days after', () => {
    expect(expiryEndingOn('2025-12-30', '2025-12-30')).toEqual({
      from: '2025-12-30',
      retentionEnds: '2025-12-30',
      destroyFrom: '2025-12-31',
      destroyBy: '2026-01-04',
    });
  });

  it('throws RangeError for an invalid date', () => {
    expect(() => expiryEndingOn('2025-02-30', '2025-02-30')).toThrow(RangeError);
  });
});
