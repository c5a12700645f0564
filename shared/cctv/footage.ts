import { addDays, daysBetween, daysInMonth, type IsoDate } from '../dates/calendar.ts';
import { computeExpiry, DESTROY_WITHIN_DAYS } from '../periods/expiry.ts';
import type { FixedRule } from '../periods/rule.ts';

export interface FootageWindow {
  /** Footage recorded on or before this date is past its retention period and must be gone. */
  deleteThrough: IsoDate;
  /** The earliest recording date that may still be on the recorder today. */
  oldestKept: IsoDate;
}

/**
 * For a recorder whose footage is kept for `rule` from the recording date (촬영일로부터 30일, 1개월):
 * which recording dates must already be deleted today. Computed with the same civil-law
 * arithmetic as every other due date, so "1개월" at a month end is right too.
 */
export function footageWindow(rule: FixedRule, today: IsoDate): FootageWindow {
  // retentionEnds grows with the recording date, so walk back from today to the first date whose
  // period has ended; no retention rule for footage is longer than a few years.
  for (let back = 0; back < 3 * 366 * 10; back += 1) {
    const recorded = addDays(today, -back);
    const { retentionEnds } = computeExpiry({ from: recorded, period: rule.period, countFirstDay: rule.countFirstDay });
    if (retentionEnds < today) return { deleteThrough: recorded, oldestKept: addDays(recorded, 1) };
  }
  throw new RangeError('retention period too long for footage');
}

/** 의료법 제38조의2: operating-room footage is kept at least 30 days — a minimum beside the rule's maximum. */
export const OPERATING_ROOM_MINIMUM_DAYS = 30;

/** One recording day of one recorder: when its footage may, and must, be gone. */
export interface FootageDay {
  recordedOn: IsoDate;
  /** The last day the footage may be kept (the rule is a maximum: 촬영일로부터 30일 이내). */
  retentionEnds: IsoDate;
  /** The first day it may be deleted: after the maximum, and for an operating-room camera not before its 30-day minimum. */
  deletableFrom: IsoDate;
  /** The last day deletion is still "without delay" (retentionEnds + 5 days, DOMAIN.md). */
  goneBy: IsoDate;
  /** For a recorder with an operating-room camera: the last day of the 30-day minimum. */
  minimumEnds: IsoDate | null;
}

/**
 * 2025-11-01 under 30일 → kept through 2025-12-01, gone by 2025-12-06; under 1개월 → kept through
 * 2025-12-01 as well, but 2025-01-31 → 2025-02-28 where 30일 gives 2025-03-02 (DOMAIN.md, Periods).
 */
export function footageDay(rule: FixedRule, recordedOn: IsoDate, operatingRoom = false): FootageDay {
  const expiry = computeExpiry({ from: recordedOn, period: rule.period, countFirstDay: rule.countFirstDay });
  const minimumEnds = operatingRoom
    ? computeExpiry({ from: recordedOn, period: { length: OPERATING_ROOM_MINIMUM_DAYS, unit: 'day' } }).retentionEnds
    : null;
  const lastKept = minimumEnds && minimumEnds > expiry.retentionEnds ? minimumEnds : expiry.retentionEnds;
  return {
    recordedOn,
    retentionEnds: expiry.retentionEnds,
    deletableFrom: addDays(lastKept, 1),
    goneBy: addDays(lastKept, DESTROY_WITHIN_DAYS),
    minimumEnds,
  };
}

/** How many days of footage the rule keeps for a recording day (the first day not counted). */
export function keptDays(rule: FixedRule, recordedOn: IsoDate): number {
  return daysBetween(recordedOn, footageDay(rule, recordedOn).retentionEnds);
}

/**
 * Whether the rule keeps every recording day at least `days` days: "1개월" keeps footage recorded
 * on 31 January only 28 days, so it cannot serve an operating-room camera. Checked over four whole
 * years (a leap cycle), which covers every month length the calendar has.
 */
export function keepsAtLeast(rule: FixedRule, days: number): boolean {
  for (let day = 0; day < 4 * 366; day += 1) {
    if (keptDays(rule, addDays('2024-01-01', day)) < days) return false;
  }
  return true;
}

/** Every date of a month (`2026-11`). */
export function daysOfMonth(month: string): IsoDate[] {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return Array.from({ length: daysInMonth(year, mon) }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

/** Every date from `from` to `until`, inclusive. */
export function dateRange(from: IsoDate, until: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let d = from; d <= until; d = addDays(d, 1)) days.push(d);
  return days;
}
