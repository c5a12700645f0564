import { addDays, compareIsoDates, daysBetween, type IsoDate } from '../dates/calendar.ts';
import type { TodaySeverity } from '../home/today.ts';

/**
 * The daily run's pure rules: which days a run covers (every day missed since the last completed
 * one, each once), when the scheduled time has come, what counts as new work worth a notification,
 * and the eight-week chart's weeks. No I/O: electron/daily/ applies them.
 */

/** The time of day the run starts when nobody has chosen another (clinic time). */
export const DEFAULT_RUN_AT = '09:00';

/** How far back a first run or a very long absence catches up: older days only repeat what the first of them finds. */
export const MAX_CATCH_UP_DAYS = 62;

/**
 * The days to run, oldest first: from the day after the last completed run through `through`.
 * A database that never ran starts at `through`; one off for longer than MAX_CATCH_UP_DAYS starts
 * that many days back.
 */
export function daysToRun(lastCompleted: IsoDate | null, through: IsoDate): IsoDate[] {
  const earliest = addDays(through, -(MAX_CATCH_UP_DAYS - 1));
  let day = lastCompleted === null ? through : addDays(lastCompleted, 1);
  if (compareIsoDates(day, earliest) < 0) day = earliest;
  const days: IsoDate[] = [];
  for (; compareIsoDates(day, through) <= 0; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Whether the clinic's clock (`HH:MM`, Asia/Seoul) has reached the run time today. */
export function reachedRunTime(seoulClock: string, runAt: string): boolean {
  return seoulClock.slice(0, 5) >= runAt;
}

/** What the run found waiting in a section on a day (counts and message keys only). */
export interface FoundItem {
  id: string;
  section: string;
  to: string;
  message: string;
  params: Readonly<Record<string, string | number>>;
  count: number;
  severity: TodaySeverity;
  method: string;
}

/**
 * The items that deserve a notification: due or overdue work (not information, not what merely
 * waits for a signature) that is new since the previous run, or has grown.
 */
export function newWork(previous: readonly FoundItem[], current: readonly FoundItem[]): FoundItem[] {
  const before = new Map(previous.map((item) => [item.id, item.count]));
  return current.filter((item) => item.count > 0 && item.severity !== 'info' && item.count > (before.get(item.id) ?? 0));
}

/** The words of an OS notification: counts only, never a name, a file's name or any other personal data. */
export function notificationText(items: readonly Pick<FoundItem, 'count' | 'severity'>[]): { title: string; body: string } {
  const total = (severity: TodaySeverity) => items.filter((i) => i.severity === severity).reduce((sum, i) => sum + i.count, 0);
  const parts = [
    ['기한 경과', total('overdue')],
    ['기한 임박', total('soon')],
    ['처리 대기', total('waiting')],
  ].filter(([, count]) => Number(count) > 0);
  return {
    title: 'Retention Desk: 새로 처리할 일이 있습니다',
    body: `${parts.map(([label, count]) => `${label} ${count}건`).join(', ')}. 프로그램의 ‘오늘 할 일’에서 확인해 주세요.`,
  };
}

/** What falls due per day in a section (from every domain's `upcoming`). */
export interface UpcomingRow {
  section: string;
  date: IsoDate;
  count: number;
}

export interface UpcomingWeek {
  /** The first day of the week (the day the chart starts, then every seven days). */
  start: IsoDate;
  counts: Record<string, number>;
}

export const CHART_WEEKS = 8;

/** The last day the chart covers, starting at `from`. */
export const chartEnd = (from: IsoDate): IsoDate => addDays(from, CHART_WEEKS * 7 - 1);

/** The rows summed into eight weeks from `from`, per section (rows outside the weeks are left out). */
export function weeklyCounts(rows: readonly UpcomingRow[], from: IsoDate): { sections: string[]; weeks: UpcomingWeek[] } {
  const weeks: UpcomingWeek[] = Array.from({ length: CHART_WEEKS }, (_, i) => ({ start: addDays(from, i * 7), counts: {} }));
  const sections: string[] = [];
  const end = chartEnd(from);
  for (const row of rows) {
    if (row.count <= 0 || compareIsoDates(row.date, from) < 0 || compareIsoDates(row.date, end) > 0) continue;
    const offset = Math.floor(daysBetween(from, row.date) / 7);
    const week = weeks[offset];
    if (!week) continue;
    week.counts[row.section] = (week.counts[row.section] ?? 0) + row.count;
    if (!sections.includes(row.section)) sections.push(row.section);
  }
  return { sections, weeks };
}
