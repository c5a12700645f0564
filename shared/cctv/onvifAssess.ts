import { addDays, seoulDate, type IsoDate } from '../dates/calendar.ts';
import type { FixedRule } from '../periods/rule.ts';
import { footageWindow } from './footage.ts';

export type ReadOutcome = 'compliant' | 'flagged' | 'manual';

/** What a recorder answered, or why it did not (electron/cctv/onvif.ts). */
export type ReadAnswer =
  | { ok: true; dataFrom: string | null; numberRecordings: number }
  | { ok: false; reason: 'address' | 'fault' | 'refused' | 'timeout' | 'unreachable' | 'unexpected' };

export interface Assessment {
  outcome: ReadOutcome;
  /** ok · held (older footage, all of it under a hold) · expired · empty · or the failure's reason. */
  reason: string;
  /** The oldest recording day the recorder holds, in the clinic's calendar (DataFrom is UTC). */
  oldestDay: IsoDate | null;
  oldestAllowed: IsoDate;
}

/**
 * Whether a recorder's own answer proves that expired footage is gone. Only a summary with
 * recordings and a DataFrom no older than the rule allows is "compliant"; footage older than that
 * is flagged at once (unless every such day is under a hold); anything else — a fault, a refusal,
 * no answer, no recordings — needs a person to check by hand (수동 확인 필요), never "compliant".
 */
export function assessRead(rule: FixedRule, today: IsoDate, answer: ReadAnswer, held: (day: IsoDate) => boolean): Assessment {
  const oldestAllowed = footageWindow(rule, today).oldestKept;
  if (!answer.ok) return { outcome: 'manual', reason: answer.reason, oldestDay: null, oldestAllowed };
  if (answer.numberRecordings === 0) return { outcome: 'manual', reason: 'empty', oldestDay: null, oldestAllowed };
  if (answer.dataFrom === null) return { outcome: 'manual', reason: 'unexpected', oldestDay: null, oldestAllowed };
  const oldestDay = seoulDate(new Date(answer.dataFrom));
  if (oldestDay >= oldestAllowed) return { outcome: 'compliant', reason: 'ok', oldestDay, oldestAllowed };
  for (let day = oldestDay; day < oldestAllowed; day = addDays(day, 1)) {
    if (!held(day)) return { outcome: 'flagged', reason: 'expired', oldestDay, oldestAllowed };
  }
  return { outcome: 'compliant', reason: 'held', oldestDay, oldestAllowed };
}
