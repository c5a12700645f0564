import { addDays, daysBetween, type IsoDate } from '../dates/calendar.ts';
import { computeExpiry, DESTROY_WITHIN_DAYS } from '../periods/expiry.ts';
import type { FixedRule } from '../periods/rule.ts';
import { footageDay, type FootageDay } from './footage.ts';

/** A hold (보존 연장) as the rules see it: the recording days it keeps, and when it was released. */
export interface HoldSpan {
  id: number;
  cameraIds: readonly number[];
  from: IsoDate;
  until: IsoDate;
  releasedOn: IsoDate | null;
}

export const CONFIRMATION_METHODS = ['overwrite', 'manual', 'device'] as const;
export type ConfirmationMethod = (typeof CONFIRMATION_METHODS)[number];

export interface DayConfirmation {
  confirmedOn: IsoDate;
  method: ConfirmationMethod;
}

/**
 * - `confirmed`: gone, confirmed on time; `late`: confirmed after its gone-by date;
 * - `missing`: past its gone-by date with no confirmation; `due`: deletable, not yet confirmed, still on time;
 * - `kept`: still within its period; `held`: kept by a hold (off the due list until released).
 */
export type DayStatus = 'confirmed' | 'late' | 'missing' | 'due' | 'kept' | 'held';

export interface LogDay extends FootageDay {
  status: DayStatus;
  /** Holds covering this day on any of the recorder's cameras. */
  holdIds: number[];
  confirmation: DayConfirmation | null;
}

/** The holds that keep a recording day of these cameras today (not yet released by then). */
export function holdsOn(holds: readonly HoldSpan[], cameraIds: ReadonlySet<number>, day: IsoDate, today: IsoDate): HoldSpan[] {
  return holds.filter(
    (h) => h.from <= day && day <= h.until && (h.releasedOn === null || h.releasedOn > today) && h.cameraIds.some((c) => cameraIds.has(c)),
  );
}

/**
 * One recording day's place in the daily retention log. A held day leaves the due list; once its
 * hold is released it falls due again, "without delay" counted from the release (5 days).
 */
export function logDay(
  rule: FixedRule,
  recordedOn: IsoDate,
  options: {
    today: IsoDate;
    operatingRoom: boolean;
    cameraIds: ReadonlySet<number>;
    holds: readonly HoldSpan[];
    confirmation: DayConfirmation | null;
  },
): LogDay {
  const base = footageDay(rule, recordedOn, options.operatingRoom);
  const active = holdsOn(options.holds, options.cameraIds, recordedOn, options.today);
  const released = options.holds
    .filter((h) => h.from <= recordedOn && recordedOn <= h.until && h.releasedOn !== null && h.releasedOn <= options.today)
    .map((h) => addDays(h.releasedOn as IsoDate, DESTROY_WITHIN_DAYS));
  const goneBy = [base.goneBy, ...released].reduce((a, b) => (a > b ? a : b));
  const day = { ...base, goneBy, holdIds: active.map((h) => h.id), confirmation: options.confirmation };
  const { confirmation, today } = options;
  let status: DayStatus;
  if (confirmation) status = confirmation.confirmedOn > goneBy ? 'late' : 'confirmed';
  else if (active.length > 0) status = 'held';
  else if (today > goneBy) status = 'missing';
  else if (today >= base.deletableFrom) status = 'due';
  else status = 'kept';
  return { ...day, status };
}

/** Korean reason a confirmation cannot be dated `confirmedOn` for this day, or null. */
export function confirmationProblem(day: FootageDay, confirmedOn: IsoDate, today: IsoDate): string | null {
  if (confirmedOn > today) return '확인일은 오늘 이후일 수 없습니다.';
  if (confirmedOn < day.deletableFrom) {
    return `${day.recordedOn} 촬영분은 ${day.deletableFrom}부터 삭제할 수 있습니다. 그 전 날짜로 삭제를 확인할 수 없습니다.`;
  }
  return null;
}

/** Whether two date ranges share a day. */
export function overlaps(a: { from: IsoDate; until: IsoDate }, b: { from: IsoDate; until: IsoDate }): boolean {
  return a.from <= b.until && b.from <= a.until;
}

/**
 * 시행령 제41조④·제42조②: a data subject's request is answered (or a delay or refusal notified)
 * within 10 days. Counted as periods are (민법 제157조: the day received is not counted).
 */
export const RESPONSE_DAYS = 10;

export function responseDeadline(receivedOn: IsoDate): IsoDate {
  return computeExpiry({ from: receivedOn, period: { length: RESPONSE_DAYS, unit: 'day' } }).retentionEnds;
}

/** Days left until the deadline (0 = today is the last day, negative = overdue). */
export function daysLeft(deadline: IsoDate, today: IsoDate): number {
  return daysBetween(today, deadline);
}
