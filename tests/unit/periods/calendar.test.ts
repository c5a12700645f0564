import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareIsoDates,
  dateProblem,
  daysBetween,
  daysInMonth,
  formatDateWithWeekday,
  formatInstant,
  formatIsoDate,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  parseIsoDate,
  seoulDate,
  seoulMidnight,
  seoulTime,
  toDayNumber,
  weekday,
} from '../../../shared/dates/calendar.ts';
import { isoDate as isoDateField } from '../../../shared/contract/fields.ts';
import { isoDate } from './arbitraries.ts';

/** Day numbers of 1900-01-01 and 9999-12-31, the range parseIsoDate accepts (hand-checked below). */
const FIRST_DAY = -25567;
const LAST_DAY = 2932896;

describe('parseIsoDate', () => {
  it.each([
    ['2025-11-01', { year: 2025, month: 11, day: 1 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
    ['1900-01-01', { year: 1900, month: 1, day: 1 }],
    ['9999-12-31', { year: 9999, month: 12, day: 31 }],
  ])('reads %s', (text, expected) => {
    expect(parseIsoDate(text)).toEqual(expected);
    expect(isIsoDate(text)).toBe(true);
  });

  it.each([
    ['2025-02-29', 'not a leap year'],
    ['1900-02-29', 'century, not a leap year'],
    ['2100-02-29', 'century, not a leap year'],
    ['2025-04-31', 'April has 30 days'],
    ['2025-13-01', 'month 13'],
    ['2025-00-10', 'month 0'],
    ['2025-01-00', 'day 0'],
    ['2025-1-01', 'unpadded month'],
    ['2025-01-1', 'unpadded day'],
    ['25-01-01', 'two-digit year'],
    ['1899-12-31', 'before 1900'],
    ['2025/01/01', 'slashes'],
    ['2025-01-01T00:00', 'a time attached'],
    [' 2025-01-01', 'leading space'],
    ['2025-01-01\n', 'trailing newline'],
    ['', 'empty'],
  ])('rejects %j (%s)', (text) => {
    expect(parseIsoDate(text)).toBeNull();
    expect(isIsoDate(text)).toBe(false);
  });
});

describe('leap years and month lengths', () => {
  it.each([
    [2024, true],
    [2025, false],
    [2000, true],
    [1900, false],
    [2100, false],
    [2400, true],
  ])('%i is a leap year: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it.each([
    [2025, 1, 31],
    [2025, 2, 28],
    [2024, 2, 29],
    [2025, 4, 30],
    [2025, 6, 30],
    [2025, 9, 30],
    [2025, 11, 30],
    [2025, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('day numbers', () => {
  it.each([
    ['1970-01-01', 0],
    ['1969-12-31', -1],
    ['2000-01-01', 10957],
    ['1900-01-01', FIRST_DAY],
    ['9999-12-31', LAST_DAY],
  ])('%s is day %i', (text, dayNumber) => {
    const date = parseIsoDate(text);
    expect(date && toDayNumber(date)).toBe(dayNumber);
    expect(formatIsoDate(fromDayNumber(dayNumber))).toBe(text);
  });

  it('round-trips every day number in the supported range', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), (dayNumber) => {
        const date = fromDayNumber(dayNumber);
        expect(toDayNumber(date)).toBe(dayNumber);
        expect(parseIsoDate(formatIsoDate(date))).toEqual(date);
      }),
    );
  });

  it('round-trips every calendar date', () => {
    fc.assert(
      fc.property(isoDate, (text) => {
        const date = parseIsoDate(text);
        expect(date && formatIsoDate(fromDayNumber(toDayNumber(date)))).toBe(text);
      }),
    );
  });

  it('puts consecutive day numbers on consecutive calendar days', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_DAY, max: LAST_DAY - 1 }), (dayNumber) => {
        const today = fromDayNumber(dayNumber);
        const tomorrow = fromDayNumber(dayNumber + 1);
        const expected =
          today.day < daysInMonth(today.year, today.month)
            ? { ...today, day: today.day + 1 }
            : today.month < 12
              ? { year: today.year, month: today.month + 1, day: 1 }
              : { year: today.year + 1, month: 1, day: 1 };
        expect(tomorrow).toEqual(expected);
      }),
    );
  });
});

describe('addDays, daysBetween, compareIsoDates', () => {
  it.each([
    ['2025-12-31', 1, '2026-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-11-01', 30, '2025-12-01'],
    ['2025-01-01', 365, '2026-01-01'],
    ['2025-06-15', 0, '2025-06-15'],
  ])('%s %+i days → %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  it('is consistent: daysBetween undoes addDays, and order follows day numbers', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -20000, max: 20000 }), (date, days) => {
        fc.pre(isIsoDate(addDays(date, days)));
        const later = addDays(date, days);
        expect(daysBetween(date, later)).toBe(days);
        expect(compareIsoDates(later, date)).toBe(Math.sign(days));
      }),
    );
  });

  it('throws RangeError for an invalid date', () => {
    expect(() => addDays('2025-02-29', 1)).toThrow(RangeError);
    expect(() => daysBetween('2025-01-01', '2025-13-01')).toThrow(RangeError);
  });
});

describe('weekday', () => {
  it.each([
    ['2026-11-22', 0, '일'],
    ['2026-11-24', 2, '화'],
    ['1970-01-01', 4, '목'],
    ['1969-12-31', 3, '수'],
    ['2000-01-01', 6, '토'],
    ['2024-02-29', 4, '목'],
    ['2025-11-01', 6, '토'],
    ['1900-01-01', 1, '월'],
  ])('%s is weekday %i (%s)', (date, day, ko) => {
    expect(weekday(date)).toBe(day);
    expect(formatDateWithWeekday(date)).toBe(`${date} (${ko})`);
  });

  it('advances by one each day and repeats every week', () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        expect(weekday(addDays(date, 1))).toBe((weekday(date) + 1) % 7);
        expect(weekday(addDays(date, 7))).toBe(weekday(date));
      }),
    );
  });

  it('formats in English on request', () => {
    expect(formatDateWithWeekday('2026-11-22', 'en')).toBe('2026-11-22 (Sun)');
    expect(formatDateWithWeekday('2026-11-24', 'en')).toBe('2026-11-24 (Tue)');
  });
});

describe('Seoul time', () => {
  it('is already the next day at 15:30 UTC', () => {
    const instant = new Date('2026-11-23T15:30:00Z');
    expect(seoulDate(instant)).toBe('2026-11-24');
    expect(seoulTime(instant)).toBe('00:30');
  });

  it('is still the same day one second before 15:00 UTC', () => {
    const instant = new Date('2026-11-23T14:59:59Z');
    expect(seoulDate(instant)).toBe('2026-11-23');
    expect(seoulTime(instant)).toBe('23:59');
  });

  it('starts a Seoul day at 15:00 UTC the day before', () => {
    expect(seoulMidnight('2026-11-24').toISOString()).toBe('2026-11-23T15:00:00.000Z');
    expect(seoulDate(seoulMidnight('2026-11-24'))).toBe('2026-11-24');
  });

  it('maps every Seoul midnight back to its own date', () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        expect(seoulDate(seoulMidnight(date))).toBe(date);
        expect(seoulTime(seoulMidnight(date))).toBe('00:00');
        expect(seoulDate(new Date(seoulMidnight(date).getTime() - 1))).toBe(addDays(date, -1));
      }),
    );
  });

  it('formats an instant with its Seoul date, weekday and time', () => {
    expect(formatInstant('2026-11-23T15:30:00Z')).toBe('2026-11-24 (화) 00:30');
    expect(formatInstant(new Date('2026-11-22T05:05:00Z'), 'en')).toBe('2026-11-22 (Sun) 14:05');
  });
});

describe('dateProblem: what the date field says about typed text', () => {
  it.each([
    ['2026-02-30', '2026년 2월은 28일까지 있습니다'],
    ['2028-02-30', '2028년 2월은 29일까지 있습니다'],
    ['2030-13-01', '월은 01~12 사이여야 합니다'],
    ['2030-00-10', '월은 01~12 사이여야 합니다'],
    ['2026-04-31', '2026년 4월은 30일까지 있습니다'],
    ['0999-01-01', '연도는 1900년부터 2999년 사이여야 합니다(입력: 0999)'],
    ['9999-12-31', '연도는 1900년부터 2999년 사이여야 합니다(입력: 9999)'],
    ['2026/01/05', 'YYYY-MM-DD 형식으로'],
    ['2026-1-5', '두 자리로'],
    ['내일', 'YYYY-MM-DD 형식으로'],
  ])('names what is wrong with "%s"', (typed, expected) => {
    const problem = dateProblem(typed);
    expect(problem).toContain('날짜가 올바르지 않습니다');
    expect(problem).toContain(expected);
  });

  it('has nothing to say about a real date', () => {
    expect(dateProblem('2028-02-29')).toBeNull();
    expect(dateProblem('2026-12-31')).toBeNull();
  });

  it('is what the contract says too, for an empty and for an impossible date', () => {
    expect(isoDateField.safeParse('2026-02-30').error?.issues[0]?.message).toBe(dateProblem('2026-02-30'));
    expect(isoDateField.safeParse('').error?.issues[0]?.message).toBe('날짜를 입력해 주세요(YYYY-MM-DD).');
  });
});
