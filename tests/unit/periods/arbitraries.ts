import fc from 'fast-check';
import { daysInMonth, formatIsoDate } from '../../../shared/dates/calendar.ts';
import type { IsoDate } from '../../../shared/dates/calendar.ts';
import { MAX_PERIOD_LENGTH, PERIOD_UNITS } from '../../../shared/periods/period.ts';
import type { Period, PeriodUnit } from '../../../shared/periods/period.ts';

/**
 * Start dates far enough from 9999 that the longest period (100 years) plus the destruction window
 * stays inside the supported calendar.
 */
export const isoDate: fc.Arbitrary<IsoDate> = fc
  .record({ year: fc.integer({ min: 1900, max: 2400 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => formatIsoDate({ year, month, day: Math.min(day, daysInMonth(year, month)) }));

export const monthEndIsoDate: fc.Arbitrary<IsoDate> = fc
  .record({ year: fc.integer({ min: 1900, max: 2400 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => formatIsoDate({ year, month, day: daysInMonth(year, month) }));

/** Month ends, leap days and year ends are where calendar rules go wrong, so they are drawn often. */
export const awkwardIsoDate: fc.Arbitrary<IsoDate> = fc.oneof(
  isoDate,
  fc
    .record({ year: fc.integer({ min: 1900, max: 2400 }), month: fc.integer({ min: 1, max: 12 }), back: fc.integer({ min: 0, max: 3 }) })
    .map(({ year, month, back }) => formatIsoDate({ year, month, day: daysInMonth(year, month) - back })),
);

export const periodUnit: fc.Arbitrary<PeriodUnit> = fc.constantFrom(...PERIOD_UNITS);

export function periodOf(unit: PeriodUnit): fc.Arbitrary<Period> {
  return fc.integer({ min: 1, max: MAX_PERIOD_LENGTH[unit] }).map((length) => ({ length, unit }));
}

export const period: fc.Arbitrary<Period> = periodUnit.chain(periodOf);
