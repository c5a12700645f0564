import { daysBetween, seoulDate } from '../dates/calendar.ts';
import type { DestructionRecord } from './types.ts';

/** When a destruction was done, against the files' deadlines and its own request. */
export interface DestructionTiming {
  /** The earliest destroy-by date of its files (the deadline it had to meet), if any file has one. */
  deadline: string | null;
  /** Days after that deadline (0 when on time). */
  daysLate: number;
  delayReason: string | null;
  /** Destroyed before the request was written (the real date of paper shredded first). */
  beforeRequest: boolean;
  requestedOn: string;
}

export function destructionTiming(
  record: Pick<DestructionRecord, 'files' | 'performedOn' | 'requestedAt' | 'delayReason' | 'performedBeforeRequest'>,
): DestructionTiming {
  const deadlines = record.files.flatMap((file) => (file.destroyBy ? [file.destroyBy] : [])).sort();
  const deadline = deadlines[0] ?? null;
  return {
    deadline,
    daysLate: deadline && record.performedOn > deadline ? daysBetween(deadline, record.performedOn) : 0,
    delayReason: record.delayReason ?? null,
    beforeRequest: record.performedBeforeRequest === true,
    requestedOn: seoulDate(new Date(record.requestedAt)),
  };
}
