/**
 * A fixed retention period such as 30일, 1개월 or 10년, as staff type it and as a certificate prints it.
 * Calendar arithmetic on periods lives in `expiry.ts`.
 */

import type { Locale } from '../locale.ts';

export const PERIOD_UNITS = ['day', 'week', 'month', 'year'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

export interface Period {
  length: number;
  unit: PeriodUnit;
}

export type ParsePeriodResult = { ok: true; period: Period } | { ok: false; message: string };

/**
 * Roughly a century in every unit: nothing a clinic keeps comes near it, so a larger number is a
 * typo (e.g. 3650년 for 3650일) rather than a policy.
 */
export const MAX_PERIOD_LENGTH: Readonly<Record<PeriodUnit, number>> = {
  day: 36500,
  week: 5200,
  month: 1200,
  year: 100,
};

const CODE_LETTER: Readonly<Record<PeriodUnit, string>> = { day: 'd', week: 'w', month: 'm', year: 'y' };
const KO_UNIT: Readonly<Record<PeriodUnit, string>> = { day: '일', week: '주', month: '개월', year: '년' };
const EN_UNIT: Readonly<Record<PeriodUnit, readonly [singular: string, plural: string]>> = {
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  year: ['year', 'years'],
};

/** Everything after the number that names a unit; matched after lower-casing. */
const UNIT_WORDS: ReadonlyMap<string, PeriodUnit> = new Map<string, PeriodUnit>([
  ['d', 'day'],
  ['day', 'day'],
  ['days', 'day'],
  ['일', 'day'],
  ['w', 'week'],
  ['week', 'week'],
  ['weeks', 'week'],
  ['주', 'week'],
  ['주일', 'week'],
  ['m', 'month'],
  ['month', 'month'],
  ['months', 'month'],
  ['개월', 'month'],
  ['y', 'year'],
  ['year', 'year'],
  ['years', 'year'],
  ['년', 'year'],
]);

const PERIOD_TEXT = /^(?<sign>[+-])?\s*(?<number>\d+(?:\.\d+)?|\.\d+)?\s*(?<unit>.*)$/u;

const EXAMPLES = '30일, 2주, 1개월, 10년';

/** `1,000일` is a thousands separator, not a decimal comma. */
function withoutThousandsSeparators(text: string): string {
  return text.replace(/(\d),(?=\d{3}(?!\d))/gu, '$1');
}

export function parsePeriod(text: string): ParsePeriodResult {
  const input = withoutThousandsSeparators(text.normalize('NFC').trim());
  if (input === '') return fail(`보존기간을 입력해 주세요. 예: ${EXAMPLES}`);

  const groups = PERIOD_TEXT.exec(input)?.groups ?? {};
  const numberText = groups['number'];
  const unitText = (groups['unit'] ?? '').trim().toLowerCase();

  if (numberText === undefined) {
    return fail(`'${text.trim()}'은(는) 보존기간으로 읽을 수 없습니다. ${EXAMPLES}처럼 숫자와 단위로 입력해 주세요.`);
  }
  if (unitText === '') {
    return fail(`단위가 없습니다. ${EXAMPLES}처럼 숫자 뒤에 단위(일·주·개월·년)를 붙여 주세요.`);
  }
  // "3월" reads as March as easily as three months, so it is refused rather than guessed.
  if (unitText === '월') {
    return fail(`'${numberText}월'은 달 이름(예: 3월)으로 읽힐 수 있습니다. 개월 수는 '${numberText}개월'로 입력해 주세요.`);
  }
  const unit = UNIT_WORDS.get(unitText);
  if (unit === undefined) {
    return fail(`'${unitText}'은(는) 알 수 없는 단위입니다. 일, 주, 개월, 년 중 하나로 입력해 주세요.`);
  }
  if (groups['sign'] === '-') return fail('보존기간은 음수일 수 없습니다. 1 이상의 정수로 입력해 주세요.');
  if (numberText.includes('.')) {
    return fail('보존기간은 정수로 입력해 주세요. 소수는 더 작은 단위로 바꿔 입력합니다 (예: 1.5년 → 18개월).');
  }

  const period: Period = { length: Number(numberText), unit };
  const problem = periodProblem(period);
  return problem === null ? { ok: true, period } : fail(problem);
}

/** `null` when the period can be used; otherwise why not, in Korean for the person who entered it. */
export function periodProblem(period: Period): string | null {
  if (!PERIOD_UNITS.includes(period.unit)) return '보존기간의 단위는 일, 주, 개월, 년 중 하나여야 합니다.';
  const { length, unit } = period;
  if (!Number.isInteger(length)) return '보존기간은 정수로 입력해 주세요.';
  if (length < 0) return '보존기간은 음수일 수 없습니다. 1 이상의 정수로 입력해 주세요.';
  if (length === 0) return '보존기간은 1 이상이어야 합니다. 0으로는 보존기간을 정할 수 없습니다.';
  const max = MAX_PERIOD_LENGTH[unit];
  if (length > max) return `보존기간이 너무 깁니다. ${formatPeriod({ length: max, unit }, 'ko')} 이하로 입력해 주세요.`;
  return null;
}

export function isValidPeriod(period: Period): boolean {
  return periodProblem(period) === null;
}

/** `30d`, `1m`, `10y`: the compact form for files, URLs and logs. */
export function periodCode(period: Period): string {
  return `${period.length}${CODE_LETTER[period.unit]}`;
}

/** `30일` / `30 days`, `1개월` / `1 month`. */
export function formatPeriod(period: Period, locale: Locale = 'ko'): string {
  if (locale === 'ko') return `${period.length}${KO_UNIT[period.unit]}`;
  const [singular, plural] = EN_UNIT[period.unit];
  return `${period.length} ${period.length === 1 ? singular : plural}`;
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.length === b.length && a.unit === b.unit;
}

function fail(message: string): ParsePeriodResult {
  return { ok: false, message };
}
