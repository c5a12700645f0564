import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPeriod, MAX_PERIOD_LENGTH, parsePeriod, periodCode, periodProblem } from '../../../shared/periods/period.ts';
import type { Period } from '../../../shared/periods/period.ts';
import { period } from './arbitraries.ts';

const HANGUL = /[가-힣]/u;

describe('parsePeriod — accepted', () => {
  it.each<[string, Period]>([
    ['30d', { length: 30, unit: 'day' }],
    ['2w', { length: 2, unit: 'week' }],
    ['1m', { length: 1, unit: 'month' }],
    ['6m', { length: 6, unit: 'month' }],
    ['1y', { length: 1, unit: 'year' }],
    ['10y', { length: 10, unit: 'year' }],
    ['30일', { length: 30, unit: 'day' }],
    ['2주', { length: 2, unit: 'week' }],
    ['2주일', { length: 2, unit: 'week' }],
    ['1개월', { length: 1, unit: 'month' }],
    ['6개월', { length: 6, unit: 'month' }],
    ['1년', { length: 1, unit: 'year' }],
    ['10년', { length: 10, unit: 'year' }],
    ['1 개월', { length: 1, unit: 'month' }],
    ['  30 일 ', { length: 30, unit: 'day' }],
    ['30D', { length: 30, unit: 'day' }],
    ['10 Y', { length: 10, unit: 'year' }],
    ['30 days', { length: 30, unit: 'day' }],
    ['1 month', { length: 1, unit: 'month' }],
    ['030d', { length: 30, unit: 'day' }],
    ['+3개월', { length: 3, unit: 'month' }],
    ['1,000일', { length: 1000, unit: 'day' }],
    ['36500일', { length: 36500, unit: 'day' }],
    ['1200개월', { length: 1200, unit: 'month' }],
    ['100년', { length: 100, unit: 'year' }],
  ])('%j → %j', (text, expected) => {
    expect(parsePeriod(text)).toEqual({ ok: true, period: expected });
  });

  it('reads a decomposed Hangul label (as some keyboards and file systems produce it)', () => {
    expect(parsePeriod('1개월'.normalize('NFD'))).toEqual({ ok: true, period: { length: 1, unit: 'month' } });
  });
});

describe('parsePeriod — rejected, with a Korean reason', () => {
  it.each<[string, string, string]>([
    ['', 'empty', '입력해 주세요'],
    ['   ', 'blank', '입력해 주세요'],
    ['개월', 'no number', '숫자와 단위'],
    ['abc', 'not a period', '읽을 수 없습니다'],
    ['30', 'no unit', '단위가 없습니다'],
    ['30x', 'unknown unit', '알 수 없는 단위'],
    ['30시간', 'unknown unit', '알 수 없는 단위'],
    ['1개 월', 'unknown unit', '알 수 없는 단위'],
    ['3월', 'a month name, not months', '3개월'],
    ['3 월', 'a month name, not months', '3개월'],
    ['0d', 'zero', '1 이상'],
    ['0일', 'zero', '1 이상'],
    ['-1m', 'negative', '음수'],
    ['-30일', 'negative', '음수'],
    ['1.5년', 'decimal', '정수'],
    ['0.5m', 'decimal', '정수'],
    ['.5y', 'decimal', '정수'],
    ['36501일', 'absurdly long', '너무 깁니다'],
    ['5201주', 'absurdly long', '너무 깁니다'],
    ['1201개월', 'absurdly long', '너무 깁니다'],
    ['101년', 'absurdly long', '너무 깁니다'],
    ['99999999999999999999y', 'absurdly long', '너무 깁니다'],
  ])('%j (%s)', (text, _why, phrase) => {
    const result = parsePeriod(text);
    expect(result).toEqual({ ok: false, message: expect.stringContaining(phrase) });
    expect(result.ok ? '' : result.message).toMatch(HANGUL);
  });

  it('names the limit when a period is too long', () => {
    const result = parsePeriod('101년');
    expect(result.ok ? '' : result.message).toContain('100년');
  });
});

describe('periodProblem', () => {
  it.each<Period>([
    { length: 1, unit: 'day' },
    { length: MAX_PERIOD_LENGTH.year, unit: 'year' },
  ])('accepts %j', (p) => {
    expect(periodProblem(p)).toBeNull();
  });

  it.each<Period>([
    { length: 0, unit: 'day' },
    { length: -2, unit: 'week' },
    { length: 0.5, unit: 'month' },
    { length: Number.NaN, unit: 'day' },
    { length: Number.POSITIVE_INFINITY, unit: 'day' },
    { length: 1, unit: 'hour' as Period['unit'] },
  ])('rejects %j in Korean', (p) => {
    expect(periodProblem(p)).toMatch(HANGUL);
  });
});

describe('periodCode and formatPeriod', () => {
  it.each<[Period, string, string, string]>([
    [{ length: 30, unit: 'day' }, '30d', '30일', '30 days'],
    [{ length: 1, unit: 'day' }, '1d', '1일', '1 day'],
    [{ length: 2, unit: 'week' }, '2w', '2주', '2 weeks'],
    [{ length: 1, unit: 'month' }, '1m', '1개월', '1 month'],
    [{ length: 6, unit: 'month' }, '6m', '6개월', '6 months'],
    [{ length: 1, unit: 'year' }, '1y', '1년', '1 year'],
    [{ length: 10, unit: 'year' }, '10y', '10년', '10 years'],
  ])('%j → %s / %s / %s', (p, code, ko, en) => {
    expect(periodCode(p)).toBe(code);
    expect(formatPeriod(p, 'ko')).toBe(ko);
    expect(formatPeriod(p, 'en')).toBe(en);
  });

  it('formats in Korean by default', () => {
    expect(formatPeriod({ length: 3, unit: 'month' })).toBe('3개월');
  });

  it('round-trips through the code', () => {
    fc.assert(
      fc.property(period, (p) => {
        expect(parsePeriod(periodCode(p))).toEqual({ ok: true, period: p });
      }),
    );
  });

  it('round-trips through the Korean and English labels', () => {
    fc.assert(
      fc.property(period, (p) => {
        expect(parsePeriod(formatPeriod(p, 'ko'))).toEqual({ ok: true, period: p });
        expect(parsePeriod(formatPeriod(p, 'en'))).toEqual({ ok: true, period: p });
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parsePeriod(text);
        expect(result.ok ? periodProblem(result.period) === null : HANGUL.test(result.message)).toBe(true);
      }),
    );
  });
});
