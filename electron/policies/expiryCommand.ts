import { isIsoDate } from '../../shared/dates/calendar.ts';
import { periodCode, parsePeriod, tryComputeExpiry } from '../../shared/periods/index.ts';
import { requireOption } from '../cli/database.ts';
import { CliError, EXIT, printJson } from '../cli/io.ts';
import type { Command } from '../cli/command.ts';

export const expiry: Command = {
  name: 'expiry',
  summary: '보존기간이 끝나는 날, 파기할 수 있는 첫날, 파기 기한(5일)을 민법 기간 계산으로 출력합니다.',
  usage: 'expiry --from YYYY-MM-DD --keep 30d|1m|10y|30일|1개월 [--count-first-day]',
  options: { from: { type: 'string' }, keep: { type: 'string' }, 'count-first-day': { type: 'boolean' } },
  run: async (options, io) => {
    const from = requireOption(options, 'from');
    if (!isIsoDate(from)) throw new CliError(`--from '${from}'은(는) 실제 날짜가 아닙니다. YYYY-MM-DD 형식으로 입력해 주세요.`);
    const parsed = parsePeriod(requireOption(options, 'keep'));
    if (!parsed.ok) throw new CliError(`--keep: ${parsed.message}`);
    const result = tryComputeExpiry({ from, period: parsed.period, countFirstDay: options['count-first-day'] === true });
    if (!result.ok) throw new CliError(result.message);
    const { retentionEnds, destroyFrom, destroyBy } = result.expiry;
    printJson(io, { from, keep: periodCode(parsed.period), retentionEnds, destroyFrom, destroyBy });
    return EXIT.done;
  },
};
