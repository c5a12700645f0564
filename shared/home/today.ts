/**
 * The home page's 오늘 할 일: what is waiting for someone, contributed by each domain that has such
 * things (electron/domain.ts `today`). An item says where it is done (a section of the app, and the
 * route with the filter that lands on exactly these), what to say (a message key of the domain and
 * its parameters), how many, how urgent, and which method acting on it needs, so that only roles
 * that can act see it. The same items give the counts beside the menu.
 */

/** Most urgent first: past a legal deadline, due within days, waiting for a person, for information. */
export const TODAY_SEVERITIES = ['overdue', 'soon', 'waiting', 'info'] as const;
export type TodaySeverity = (typeof TODAY_SEVERITIES)[number];

export interface TodayItem<Method extends string = string, Message extends string = string> {
  /** Stable within the list (`register.overdue`). */
  id: string;
  /** The section's path where it is done ('/register'); its menu item shows the count. */
  section: string;
  /** The route that lands on exactly these ('/register?status=overdue'). */
  to: string;
  /** A message key of the contributing domain ('register.today.overdue') and its parameters. */
  message: Message;
  params: Readonly<Record<string, string | number>>;
  count: number;
  severity: TodaySeverity;
  /** The method that acts on it: the item is shown to the roles the contract admits to it. */
  method: Method;
}

/** Most urgent first; within the same urgency, in the order the domains gave them. */
export function byUrgency<T extends Pick<TodayItem, 'severity'>>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => TODAY_SEVERITIES.indexOf(a.item.severity) - TODAY_SEVERITIES.indexOf(b.item.severity) || a.index - b.index)
    .map(({ item }) => item);
}

/** The counts beside the menu: per section, the things to act on (information items do not count). */
export function sectionCounts(items: readonly TodayItem[]): Map<string, { count: number; severity: TodaySeverity }> {
  const counts = new Map<string, { count: number; severity: TodaySeverity }>();
  for (const item of byUrgency(items)) {
    if (item.severity === 'info' || item.count === 0) continue;
    const seen = counts.get(item.section);
    counts.set(item.section, { count: (seen?.count ?? 0) + item.count, severity: seen?.severity ?? item.severity });
  }
  return counts;
}
