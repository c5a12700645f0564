import { addDays } from '../../shared/dates/calendar.ts';
import { ENDING_SOON_DAYS } from '../../shared/processors/rules.ts';
import type { TodayContribution, UpcomingCount } from '../domain.ts';
import type { CallContext } from '../handler.ts';
import { policyDrift } from './handlers.ts';
import { processorViews } from './views.ts';

const SECTION = '/processors';

/**
 * 오늘 할 일: inspections past due, contracts ending within 30 days, ended contracts waiting for
 * the processor's 파기 확인서, and the published policy text behind the inventory.
 */
export async function processorsToday(call: CallContext): Promise<TodayContribution[]> {
  const views = await processorViews(call.db, call.today);
  const overdue = views.filter((p) => p.inspectionOverdue);
  const horizon = addDays(call.today, ENDING_SOON_DAYS);
  const ending = views.filter(
    (p) => p.endedOn === null && p.contractEnd !== null && p.contractEnd >= call.today && p.contractEnd <= horizon,
  );
  // The contract's last day has passed and nobody recorded its end (nor asked for the data back).
  const lapsed = views.filter((p) => p.endedOn === null && p.contractEnd !== null && p.contractEnd < call.today);
  const awaiting = views.filter((p) => p.status === 'awaiting');
  const drift = await policyDrift(call.db, call.today);
  const inForce = views.filter((p) => p.endedOn === null).length;
  const items: TodayContribution[] = [
    {
      id: 'processors.inspectionOverdue',
      section: SECTION,
      to: `${SECTION}?filter=overdue`,
      message: 'processors.today.inspectionOverdue',
      params: { count: overdue.length, oldest: overdue.map((p) => p.nextInspectionDue).sort()[0] ?? '' },
      count: overdue.length,
      severity: 'overdue',
      method: 'processors.inspect',
    },
    {
      id: 'processors.contractEnding',
      section: SECTION,
      to: `${SECTION}?filter=ending`,
      message: 'processors.today.contractEnding',
      params: { count: ending.length, first: ending.map((p) => p.contractEnd ?? '').sort()[0] ?? '' },
      count: ending.length,
      severity: 'soon',
      method: 'processors.end',
    },
    {
      id: 'processors.contractLapsed',
      section: SECTION,
      to: `${SECTION}?filter=ending`,
      message: 'processors.today.contractLapsed',
      params: { count: lapsed.length, oldest: lapsed.map((p) => p.contractEnd ?? '').sort()[0] ?? '' },
      count: lapsed.length,
      severity: 'overdue',
      method: 'processors.end',
    },
    {
      id: 'processors.awaiting',
      section: SECTION,
      to: `${SECTION}?filter=awaiting`,
      message: 'processors.today.awaiting',
      params: { count: awaiting.length },
      count: awaiting.length,
      severity: 'waiting',
      method: 'processors.attachConfirmation',
    },
  ];
  if (drift === null && inForce > 0) {
    items.push({
      id: 'processors.policyNeverPublished',
      section: SECTION,
      to: `${SECTION}?tab=policy`,
      message: 'processors.today.policyNeverPublished',
      params: {},
      count: 1,
      severity: 'info',
      method: 'processors.publish',
    });
  } else if (drift !== null) {
    items.push({
      id: 'processors.policyOutdated',
      section: SECTION,
      to: `${SECTION}?tab=policy`,
      message: 'processors.today.policyOutdated',
      params: { count: drift },
      count: drift,
      severity: 'soon',
      method: 'processors.publish',
    });
  }
  return items;
}

/** What falls due per day: the next inspection of each processor in force, and each contract's end. */
export async function processorsUpcoming(call: CallContext, from: string, until: string): Promise<UpcomingCount[]> {
  const views = (await processorViews(call.db, call.today)).filter((p) => p.endedOn === null);
  const perDay = new Map<string, number>();
  const count = (date: string | null) => {
    if (date !== null && date >= from && date <= until) perDay.set(date, (perDay.get(date) ?? 0) + 1);
  };
  for (const p of views) {
    count(p.nextInspectionDue);
    count(p.contractEnd);
  }
  return [...perDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, n]) => ({ section: SECTION, date, count: n }));
}
