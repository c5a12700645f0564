import type { Selectable } from 'kysely';
import type { OnvifReadView } from '../../shared/cctv/contract.ts';
import { footageWindow } from '../../shared/cctv/footage.ts';
import { seoulDate } from '../../shared/dates/calendar.ts';
import type { FixedRule } from '../../shared/periods/rule.ts';
import type { CctvOnvifReadsTable } from '../../db/schema.ts';

export function readView(row: Selectable<CctvOnvifReadsTable>, rule: FixedRule): OnvifReadView {
  return {
    id: row.id,
    at: row.at,
    outcome: row.outcome,
    reason: row.reason,
    dataFrom: row.data_from,
    dataUntil: row.data_until,
    oldestDay: row.data_from ? seoulDate(new Date(row.data_from)) : null,
    oldestAllowed: footageWindow(rule, seoulDate(new Date(row.at))).oldestKept,
    numberRecordings: row.number_recordings,
  };
}
