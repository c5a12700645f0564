import { addDays, type IsoDate } from '../dates/calendar.ts';
import { computeExpiry } from '../periods/expiry.ts';
import type { FixedRule } from '../periods/rule.ts';

export interface FootageWindow {
  /** Footage recorded on or before this date is past its retention period and must be gone. */
  deleteThrough: IsoDate;
  /** The earliest recording date that may still be on the recorder today. */
  oldestKept: IsoDate;
}

/**
 * For a recorder whose footage is kept for `rule` from the recording date (촬영일로부터 30일, 1개월):
 * which recording dates must already be deleted today. Computed with the same civil-law
 * arithmetic as every other due date, so "1개월" at a month end is right too.
 */
export function footageWindow(rule: FixedRule, today: IsoDate): FootageWindow {
  // retentionEnds grows with the recording date, so walk back from today to the first date whose
  // period has ended; no retention rule for footage is longer than a few years.
  for (let back = 0; back < 3 * 366 * 10; back += 1) {
    const recorded = addDays(today, -back);
    const { retentionEnds } = computeExpiry({ from: recorded, period: rule.period, countFirstDay: rule.countFirstDay });
    if (retentionEnds < today) return { deleteThrough: recorded, oldestKept: addDays(recorded, 1) };
  }
  throw new RangeError('retention period too long for footage');
}
