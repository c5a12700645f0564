/**
 * Reservations as booking systems export them: the statuses, the date-and-time forms of Korean
 * exports, the under-14 flag (법 제22조의2) and each record's due date. Pure: no I/O.
 */
import { addDays, formatIsoDate, parseIsoDate, type IsoDate } from '../dates/calendar.ts';
import { DESTROY_WITHIN_DAYS } from '../periods/expiry.ts';
import { dueDates, type RetentionRule } from '../periods/rule.ts';

export const RESERVATION_STATUSES = ['booked', 'completed', 'cancelled', 'no_show'] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];

/** A consent withdrawal (동의 철회, 제37조) or a deletion request (삭제 요구, 제36조): due the day it is recorded. */
export const SUBJECT_REQUESTS = ['deletion', 'withdrawal'] as const;
export type SubjectRequest = (typeof SUBJECT_REQUESTS)[number];

/** The words exports use for each status (besides the app's own). */
export const STATUS_WORDS: Readonly<Record<ReservationStatus, readonly string[]>> = {
  booked: ['예약', '예약확정', '확정', '예약완료', '예약신청', '신청', '접수', '대기', 'booked', 'confirmed', 'reserved', 'pending'],
  completed: ['이용완료', '방문완료', '진료완료', '완료', '내원', 'completed', 'done', 'visited'],
  cancelled: ['취소', '예약취소', '고객취소', '병원취소', '취소완료', 'cancelled', 'canceled'],
  no_show: ['노쇼', '미방문', '불참', '미내원', 'no-show', 'noshow', 'no show'],
};

export interface ReservedAt {
  date: IsoDate;
  /** 'HH:MM' (24h), or null when the export gives the day only. */
  time: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * "2026-11-03 14:00", "2026-11-03 (화) 오후 2:00:00", "26. 11. 3.(화) 오후 2:00~3:00",
 * "2026.11.03 14:00", "2026/11/3", "20261103". A slot ("2:00~3:00") is read by its start. An
 * impossible day or time is refused with what is wrong, never moved to a real one.
 */
export function parseReservedAt(text: string): Parsed<ReservedAt> {
  const value = text.trim().replace(/\s+/g, ' ');
  const match =
    /^(\d{4}|\d{2})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})\s*(?:일|\.)?\s*(?:\([^)]*\))?\s*(?:(오전|오후|AM|PM|am|pm)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(오전|오후|AM|PM|am|pm)?(?:\s*[~-]\s*.*)?)?$/.exec(
      value,
    ) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (!match) return { ok: false, message: `날짜·시간을 읽을 수 없습니다(입력: ${text}). 2026-11-03 14:00 형식으로 적어 주세요.` };
  const year = match[1]?.length === 2 ? 2000 + Number(match[1]) : Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const date = formatIsoDate({ year, month, day });
  if (!parseIsoDate(date)) return { ok: false, message: `없는 날짜입니다(입력: ${text}). 연·월·일을 확인해 주세요.` };
  if (match[5] === undefined) return { ok: true, value: { date, time: null } };
  const meridiem = match[4] ?? match[8];
  let hour = Number(match[5]);
  const minute = Number(match[6]);
  const second = match[7] === undefined ? 0 : Number(match[7]);
  if (meridiem) {
    if (hour < 1 || hour > 12) return { ok: false, message: `시간이 올바르지 않습니다(입력: ${text}). 오전·오후에는 1~12시를 씁니다.` };
    const pm = meridiem === '오후' || meridiem.toLowerCase() === 'pm';
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, message: `시간이 올바르지 않습니다(입력: ${text}).` };
  return { ok: true, value: { date, time: `${pad(hour)}:${pad(minute)}` } };
}

/** 'YYYY-MM-DD HH:MM' or the day alone: how a reservation's time is stored and shown. */
export function reservedAtText(at: ReservedAt): string {
  return at.time ? `${at.date} ${at.time}` : at.date;
}

/** Full years of age on `on` (a birthday on 02-29 counts on 03-01 in common years). */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const birth = parseIsoDate(birthDate);
  const day = parseIsoDate(on);
  if (!birth || !day) return Number.NaN;
  const birthdayPassed = day.month > birth.month || (day.month === birth.month && day.day >= birth.day);
  return day.year - birth.year - (birthdayPassed ? 0 : 1);
}

/** 만 14세 미만 at the reservation date: the legal representative's consent is needed (법 제22조의2). */
export function isChildAt(birthDate: IsoDate | null, reservedOn: IsoDate): boolean {
  if (birthDate === null) return false;
  return ageOn(birthDate, reservedOn) < 14;
}

/** The rule used when the clinic attached none to reservation data: kept until the reservation work ends. */
export const DEFAULT_RESERVATION_RULE: RetentionRule = { kind: 'event', event: 'reservation_end', grace: null };

export interface DueInput {
  reservedOn: IsoDate;
  /** The day it was cancelled (the work then ends on that day). */
  cancelledOn: IsoDate | null;
  status: ReservationStatus;
  /** A deletion request or consent withdrawal was recorded on this day. */
  requestedOn: IsoDate | null;
}

export interface ReservationDue {
  /** The day the work ended: the reservation date, or the cancellation date. */
  workEnds: IsoDate;
  /** The first day destruction is due (what "due on D" asks for). */
  dueOn: IsoDate;
  /** The last day destruction is still "without delay" (5 days, 표준 개인정보 보호지침). */
  destroyBy: IsoDate;
}

/**
 * A record's due date: the clinic's retention rule counted from the day the reservation work
 * ended (the reservation date, or the cancellation date when it was cancelled), plus the optional
 * grace days; a deletion request or consent withdrawal makes it due that very day.
 */
export function reservationDue(rule: RetentionRule, graceDays: number, input: DueInput): ReservationDue {
  const workEnds = input.status === 'cancelled' && input.cancelledOn !== null ? input.cancelledOn : input.reservedOn;
  const expiry = dueDates(rule, { startDate: workEnds, eventDate: workEnds });
  const dueOn = addDays(expiry?.destroyFrom ?? addDays(workEnds, 1), graceDays);
  const destroyBy = addDays(expiry?.destroyBy ?? addDays(workEnds, 1 + DESTROY_WITHIN_DAYS), graceDays);
  if (input.requestedOn !== null && input.requestedOn < dueOn) {
    return { workEnds, dueOn: input.requestedOn, destroyBy: addDays(input.requestedOn, DESTROY_WITHIN_DAYS) };
  }
  return { workEnds, dueOn, destroyBy };
}

/** Where a record stands on `today`: not yet due, due (within the 5 days), or past its deadline. */
export function dueState(due: { dueOn: IsoDate; destroyBy: IsoDate }, today: IsoDate): 'held' | 'due' | 'overdue' {
  if (today > due.destroyBy) return 'overdue';
  if (today >= due.dueOn) return 'due';
  return 'held';
}

/** Masks for lists and printouts that need not show the whole value ("홍*동", "ab***@example.com"). */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return name;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`;
}
