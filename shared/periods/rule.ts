/**
 * How long one kind of record is kept. Stored as JSON in SQLite and checked with `retentionRuleSchema`
 * wherever it crosses the API boundary.
 */

import { z } from 'zod';
import type { IsoDate } from '../dates/calendar.ts';
import { computeExpiry, expiryEndingOn } from './expiry.ts';
import type { Expiry } from './expiry.ts';
import { formatPeriod, PERIOD_UNITS, periodProblem } from './period.ts';
import type { Period } from './period.ts';
import type { Locale } from '../locale.ts';

export const RETENTION_EVENTS = [
  'reservation_end',
  'contract_end',
  'consent_withdrawn',
  'membership_end',
  'event_end',
  'treatment_end',
] as const;
export type RetentionEvent = (typeof RETENTION_EVENTS)[number];

/** Kept for a fixed period from a start date (촬영일, 작성일, 최종 진료일 …). */
export interface FixedRule {
  kind: 'fixed';
  period: Period;
  countFirstDay: boolean;
}

/** Kept until an event happens, optionally for a grace period after it. */
export interface EventRule {
  kind: 'event';
  event: RetentionEvent;
  grace: Period | null;
}

/** Destroyed without delay once the purpose of processing is achieved. */
export interface PurposeAchievedRule {
  kind: 'purpose_achieved';
}

export type RetentionRule = FixedRule | EventRule | PurposeAchievedRule;

export interface RuleDates {
  /** Where the period of a fixed rule is counted from. */
  startDate?: IsoDate | null;
  /** When the event happened or the purpose was achieved; absent while it has not. */
  eventDate?: IsoDate | null;
}

const EVENT_LABELS: Readonly<Record<RetentionEvent, { ko: string; en: string }>> = {
  reservation_end: { ko: '예약 업무 종료', en: 'the end of the reservation work' },
  contract_end: { ko: '위탁계약 종료', en: 'the end of the processing contract' },
  consent_withdrawn: { ko: '동의 철회', en: 'withdrawal of consent' },
  membership_end: { ko: '회원 탈퇴', en: 'membership withdrawal' },
  event_end: { ko: '이벤트 종료', en: 'the end of the event' },
  treatment_end: { ko: '진료 종료', en: 'the end of treatment' },
};

export const periodSchema = z
  .strictObject({
    length: z.number({ error: '보존기간은 숫자로 입력해 주세요.' }),
    unit: z.enum(PERIOD_UNITS, { error: '보존기간의 단위는 일, 주, 개월, 년 중 하나여야 합니다.' }),
  })
  .superRefine((period, ctx) => {
    const problem = periodProblem(period);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem, path: ['length'] });
  });

export const retentionRuleSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('fixed'), period: periodSchema, countFirstDay: z.boolean() }),
    z.strictObject({
      kind: z.literal('event'),
      event: z.enum(RETENTION_EVENTS, { error: '알 수 없는 보존 종료 사유입니다.' }),
      grace: periodSchema.nullable(),
    }),
    z.strictObject({ kind: z.literal('purpose_achieved') }),
  ],
  { error: '보존기간 규칙의 종류가 올바르지 않습니다.' },
) satisfies z.ZodType<RetentionRule>;

/**
 * The dates a rule leads to, or `null` while the date it is counted from is unknown (the event has
 * not happened yet). Throws `RangeError` for a date that is not a calendar date.
 *
 * A grace period after an event does not count the event day: events happen during the day, never
 * at 00:00 (민법 제157조).
 */
export function dueDates(rule: RetentionRule, dates: RuleDates): Expiry | null {
  switch (rule.kind) {
    case 'fixed':
      if (!isGiven(dates.startDate)) return null;
      return computeExpiry({ from: dates.startDate, period: rule.period, countFirstDay: rule.countFirstDay });
    case 'event': {
      if (!isGiven(dates.eventDate)) return null;
      if (rule.grace === null) return expiryEndingOn(dates.eventDate, dates.eventDate);
      return computeExpiry({ from: dates.eventDate, period: rule.grace, countFirstDay: false });
    }
    case 'purpose_achieved':
      if (!isGiven(dates.eventDate)) return null;
      return expiryEndingOn(dates.eventDate, dates.eventDate);
  }
}

export function retentionEventLabel(event: RetentionEvent, locale: Locale = 'ko'): string {
  return EVENT_LABELS[event][locale];
}

/** `30일`, `1개월 (초일 산입)`, `예약 업무 종료 시까지`, `위탁계약 종료 후 1개월`, `처리 목적 달성 시 지체 없이`. */
export function describeRule(rule: RetentionRule, locale: Locale = 'ko'): string {
  switch (rule.kind) {
    case 'fixed': {
      const period = formatPeriod(rule.period, locale);
      if (!rule.countFirstDay) return period;
      return locale === 'ko' ? `${period} (초일 산입)` : `${period} (first day counted)`;
    }
    case 'event': {
      const event = retentionEventLabel(rule.event, locale);
      if (rule.grace === null) return locale === 'ko' ? `${event} 시까지` : `until ${event}`;
      const grace = formatPeriod(rule.grace, locale);
      return locale === 'ko' ? `${event} 후 ${grace}` : `${grace} after ${event}`;
    }
    case 'purpose_achieved':
      return locale === 'ko' ? '처리 목적 달성 시 지체 없이' : 'without delay once the purpose is achieved';
  }
}

function isGiven(date: IsoDate | null | undefined): date is IsoDate {
  return date !== undefined && date !== null;
}
