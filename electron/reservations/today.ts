import type { IsoDate } from '../../shared/dates/calendar.ts';
import type { DailyNote, TodayContribution, UpcomingCount } from '../domain.ts';
import type { CallContext } from '../handler.ts';
import { reservationDisposals } from './confirmations.ts';
import { dueCounts, dueTotals } from './handlers.ts';

const SECTION = '/reservations';

/** 오늘 할 일: records past their deadline, records due today, requests waiting, processors' copies unconfirmed. */
export async function reservationsToday(call: CallContext): Promise<TodayContribution[]> {
  const { due, overdue } = await dueTotals(call);
  const requests = await call.db
    .selectFrom('reservations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('request_kind', 'is not', null)
    .executeTakeFirstOrThrow();
  const unconfirmed = (await reservationDisposals(call)).filter((d) => d.status === 'completed' && d.confirmed < d.processors).length;
  return [
    {
      id: 'reservations.overdue',
      section: SECTION,
      to: `${SECTION}?state=overdue`,
      message: 'reservations.today.overdue',
      params: { count: overdue },
      count: overdue,
      severity: 'overdue',
      method: 'reservations.requestDisposal',
    },
    {
      id: 'reservations.due',
      section: SECTION,
      to: `${SECTION}?state=due`,
      message: 'reservations.today.due',
      params: { count: due - overdue },
      count: due - overdue,
      severity: 'soon',
      method: 'reservations.requestDisposal',
    },
    {
      id: 'reservations.requests',
      section: SECTION,
      to: `${SECTION}?tab=person`,
      message: 'reservations.today.requests',
      params: { count: Number(requests.n) },
      count: Number(requests.n),
      severity: 'soon',
      method: 'reservations.requestDisposal',
    },
    {
      id: 'reservations.confirmations',
      section: SECTION,
      to: `${SECTION}?tab=disposals`,
      message: 'reservations.today.confirmations',
      params: { count: unconfirmed },
      count: unconfirmed,
      severity: 'waiting',
      method: 'reservations.recordConfirmation',
    },
  ];
}

/** Reservations falling due per day (a range scan of the due-date index), for the dashboard's chart. */
export async function reservationsUpcoming(call: CallContext, from: IsoDate, until: IsoDate): Promise<UpcomingCount[]> {
  return (await dueCounts(call, from, until)).map((day) => ({ section: SECTION, date: day.date, count: day.count }));
}

/** The daily run's note: how many records are due today (destruction itself needs two people's signatures). */
export async function reservationsDaily(call: CallContext): Promise<DailyNote[]> {
  const { due } = await dueTotals(call);
  return due > 0 ? [{ message: 'reservations.daily.due', params: { count: due }, failed: false }] : [];
}
