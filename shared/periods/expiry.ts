/**
 * When a retention period ends, by 민법 제155–161조 as DOMAIN.md applies them:
 * - 제157조: the first day is not counted unless the period begins at 00:00 (`countFirstDay`).
 * - 제159조: the period ends at the end of its last day — `retentionEnds` is the last day data may be kept.
 * - 제160조: weeks, months and years follow the calendar and end the day before the day that corresponds
 *   to the 기산일 (first counted day); a last month without that day ends on its own last day.
 * - 제161조 (a deadline falling on a holiday moves to the next day) is deliberately not applied: it
 *   protects someone who must act by a deadline, it does not extend how long data may be kept.
 */

import { daysInMonth, formatIsoDate, fromDayNumber, parseIsoDate, toDayNumber } from '../dates/calendar.ts';
import type { CivilDate, IsoDate } from '../dates/calendar.ts';
import { periodProblem } from './period.ts';
import type { Period } from './period.ts';

/**
 * "Without delay" (지체 없이) is read as within 5 days of the end of the retention period or of the
 * purpose being achieved, absent a legitimate reason — 표준 개인정보 보호지침, 개인정보의 파기 조항.
 */
export const DESTROY_WITHIN_DAYS = 5;

export interface Expiry {
  /** The date the period is counted from (start date or event date). */
  from: IsoDate;
  /** The last day the data may (or, for a statutory minimum, must) be kept. */
  retentionEnds: IsoDate;
  /** The first day destruction is due. */
  destroyFrom: IsoDate;
  /** The last day destruction is still "without delay". */
  destroyBy: IsoDate;
}

export interface ExpiryInput {
  from: IsoDate;
  period: Period;
  /** True only when the period begins at 00:00 of `from` (민법 제157조 단서). */
  countFirstDay?: boolean;
}

export type ExpiryResult = { ok: true; expiry: Expiry } | { ok: false; message: string };

const BEYOND_CALENDAR = '계산된 날짜가 지원하는 달력 범위(9999-12-31)를 넘습니다.';

/** Throws `RangeError` for an invalid date or period; callers validate input first (or use `tryComputeExpiry`). */
export function computeExpiry(input: ExpiryInput): Expiry {
  return orThrow(calculateExpiry(input));
}

/** Like `computeExpiry`, but a Korean message instead of an exception for input typed by staff. */
export function tryComputeExpiry(input: ExpiryInput): ExpiryResult {
  const result = calculateExpiry(input);
  return typeof result === 'string' ? { ok: false, message: result } : { ok: true, expiry: result };
}

/**
 * The destruction window after a known last day: for data kept "until" an event, that day is the
 * event date itself. Throws `RangeError` for an invalid date.
 */
export function expiryEndingOn(from: IsoDate, retentionEnds: IsoDate): Expiry {
  const start = parseIsoDate(from);
  if (!start) throw new RangeError(invalidDateMessage(from));
  const end = parseIsoDate(retentionEnds);
  if (!end) throw new RangeError(invalidDateMessage(retentionEnds));
  return orThrow(expiryFromDayNumber(from, toDayNumber(end)));
}

/** The last day kept, as a day number (see `toDayNumber`). */
function lastDayOfPeriod(from: CivilDate, period: Period, countFirstDay: boolean): number {
  const firstCountedDay = toDayNumber(from) + (countFirstDay ? 0 : 1);
  switch (period.unit) {
    case 'day':
      return firstCountedDay + period.length - 1;
    case 'week':
      return firstCountedDay + 7 * period.length - 1;
    case 'month':
      return dayBeforeCorrespondingDay(fromDayNumber(firstCountedDay), period.length);
    case 'year':
      return dayBeforeCorrespondingDay(fromDayNumber(firstCountedDay), 12 * period.length);
  }
}

function dayBeforeCorrespondingDay(firstCountedDay: CivilDate, months: number): number {
  const monthIndex = firstCountedDay.year * 12 + (firstCountedDay.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDayOfMonth = daysInMonth(year, month);
  if (firstCountedDay.day > lastDayOfMonth) return toDayNumber({ year, month, day: lastDayOfMonth });
  return toDayNumber({ year, month, day: firstCountedDay.day }) - 1;
}

function calculateExpiry({ from, period, countFirstDay = false }: ExpiryInput): Expiry | string {
  const start = parseIsoDate(from);
  if (!start) return invalidDateMessage(from);
  const problem = periodProblem(period);
  if (problem !== null) return problem;
  return expiryFromDayNumber(from, lastDayOfPeriod(start, period, countFirstDay));
}

function expiryFromDayNumber(from: IsoDate, retentionEnds: number): Expiry | string {
  const destroyBy = isoDateOf(retentionEnds + DESTROY_WITHIN_DAYS);
  if (destroyBy === null) return BEYOND_CALENDAR;
  return {
    from,
    retentionEnds: formatIsoDate(fromDayNumber(retentionEnds)),
    destroyFrom: formatIsoDate(fromDayNumber(retentionEnds + 1)),
    destroyBy,
  };
}

/** `null` past the range `parseIsoDate` accepts, so no result is a date the rest of the app would reject. */
function isoDateOf(dayNumber: number): IsoDate | null {
  const text = formatIsoDate(fromDayNumber(dayNumber));
  return parseIsoDate(text) ? text : null;
}

function invalidDateMessage(date: string): string {
  return `'${date}'은(는) 올바른 날짜가 아닙니다. YYYY-MM-DD 형식의 실제 날짜를 입력해 주세요.`;
}

function orThrow(result: Expiry | string): Expiry {
  if (typeof result === 'string') throw new RangeError(result);
  return result;
}
