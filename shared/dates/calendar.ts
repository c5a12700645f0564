/**
 * Calendar dates as plain `YYYY-MM-DD` strings in the clinic's calendar (Asia/Seoul).
 * Arithmetic is done on integers, never through `Date` in a local time zone, so a date can
 * never drift by a day between a Windows PC, CI and a test.
 */

import type { Locale } from '../locale.ts';

export type IsoDate = string;

export interface CivilDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Korea has kept UTC+9 without daylight saving since 1988. */
const SEOUL_OFFSET_MS = 9 * 60 * 60 * 1000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses `YYYY-MM-DD`; `null` for anything that is not a real calendar date (e.g. 2025-02-29). */
export function parseIsoDate(text: string): CivilDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1900 || year > 9999 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

const TYPED_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * The years a date typed by staff may fall in. Nothing a clinic keeps was made before 1900 or must
 * be kept past 2999, and a year outside them is a slip of the keyboard (20266, 9999) that would
 * otherwise overflow the arithmetic of a filter or a due date. Computed dates may go further.
 */
export const TYPED_YEARS = { first: 1900, last: 2999 } as const;

/**
 * What is wrong with a date as staff typed it, in one Korean sentence (the field shows it under
 * itself), or `null` for a real `YYYY-MM-DD` date. Nothing is corrected: "2026-02-30" is not
 * taken for March 2nd or for today, it is named as a day February does not have.
 */
export function dateProblem(text: string): string | null {
  const match = TYPED_DATE.exec(text.trim());
  const year = match ? Number(match[1]) : null;
  if (year !== null && (year < TYPED_YEARS.first || year > TYPED_YEARS.last)) {
    return `날짜가 올바르지 않습니다. 연도는 ${TYPED_YEARS.first}년부터 ${TYPED_YEARS.last}년 사이여야 합니다(입력: ${match?.[1]}).`;
  }
  if (parseIsoDate(text)) return null;
  if (!match || year === null) return '날짜가 올바르지 않습니다. YYYY-MM-DD 형식으로 입력해 주세요(예: 2026-03-05).';
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) return `날짜가 올바르지 않습니다. 월은 01~12 사이여야 합니다(입력: ${match[2]}).`;
  if (day < 1 || day > daysInMonth(year, month)) {
    return `날짜가 올바르지 않습니다. ${year}년 ${month}월은 ${daysInMonth(year, month)}일까지 있습니다.`;
  }
  return '날짜가 올바르지 않습니다. 월과 일을 두 자리로 입력해 주세요(예: 2026-03-05).';
}

export function formatIsoDate({ year, month, day }: CivilDate): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (proleptic Gregorian); exact integer arithmetic. */
export function toDayNumber({ year, month, day }: CivilDate): number {
  // Howard Hinnant's days_from_civil.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function mustParse(date: IsoDate): CivilDate {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`not a calendar date: ${date}`);
  return parsed;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`not a whole number of days: ${days}`);
  return formatIsoDate(fromDayNumber(toDayNumber(mustParse(date)) + days));
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(mustParse(b)) - toDayNumber(mustParse(a));
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The clinic's calendar date at an instant. */
export function seoulDate(instant: Date): IsoDate {
  return new Date(instant.getTime() + SEOUL_OFFSET_MS).toISOString().slice(0, 10);
}

/** `HH:mm` (or `HH:mm:ss`) in Seoul at an instant. */
export function seoulTime(instant: Date, withSeconds = false): string {
  return new Date(instant.getTime() + SEOUL_OFFSET_MS).toISOString().slice(11, withSeconds ? 19 : 16);
}

/** The instant at which a Seoul calendar day begins (00:00 KST). */
export function seoulMidnight(date: IsoDate): Date {
  const { year, month, day } = mustParse(date);
  return new Date(Date.UTC(year, month - 1, day) - SEOUL_OFFSET_MS);
}

const WEEKDAYS_KO = ['일', '월', '화', '수', '목', '금', '토'] as const;
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** 0 = Sunday. */
export function weekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday.
  return (((toDayNumber(mustParse(date)) + 4) % 7) + 7) % 7;
}

/** `2026-11-22 (일)` — how every date is shown to staff and printed. */
export function formatDateWithWeekday(date: IsoDate, locale: Locale = 'ko'): string {
  const names = locale === 'ko' ? WEEKDAYS_KO : WEEKDAYS_EN;
  return `${date} (${names[weekday(date)]})`;
}

/** `2026-11-22 (일) 14:05` for an instant, in Seoul time (`14:05:09` with seconds, for logs). */
export function formatInstant(instant: string | Date, locale: Locale = 'ko', withSeconds = false): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  return `${formatDateWithWeekday(seoulDate(at), locale)} ${seoulTime(at, withSeconds)}`;
}

/** `2026년 11월 26일` — the form a signed document dates itself with. */
export function formatKoreanDate(date: IsoDate): string {
  const { year, month, day } = mustParse(date);
  return `${year}년 ${month}월 ${day}일`;
}
