import { isIsoDate, seoulDate } from '../../shared/dates/calendar.ts';
import { openExisting, requireOption, withApp } from '../cli/database.ts';
import { CliError, EXIT, printJson } from '../cli/io.ts';
import type { Command } from '../cli/command.ts';
import { runDaily, type RunDomains } from './run.ts';

/** `run-daily --db FILE --on YYYY-MM-DD`: the same run the app makes, through the given day. */
export function runDailyCommand(domains: () => RunDomains): Command {
  return {
    name: 'run-daily',
    summary: '일일 점검을 그날까지 실행합니다(밀린 날은 하루씩 한 번만). 오늘이면 백업·만료 백업 파기·복원 훈련·관리대장 검증도 합니다.',
    usage: 'run-daily --db FILE [--on YYYY-MM-DD]',
    options: { db: { type: 'string' }, on: { type: 'string' } },
    run: async (options, io) => {
      const path = requireOption(options, 'db');
      const on = options.on;
      if (on !== undefined && (typeof on !== 'string' || !isIsoDate(on))) {
        throw new CliError(`--on '${String(on)}'은(는) 실제 날짜가 아닙니다. YYYY-MM-DD 형식으로 입력해 주세요.`);
      }
      return withApp(openExisting(path, io, io.clock), async (app) => {
        // A day run ahead of time would be skipped when it comes: what falls due on it would never be noticed.
        if (typeof on === 'string' && on > seoulDate(app.clock.now())) {
          throw new CliError(`--on ${on}은(는) 오늘보다 뒤입니다. 오늘이나 지난 날만 점검할 수 있습니다.`);
        }
        const outcome = await runDaily(app, { trigger: 'cli', domains: domains(), ...(typeof on === 'string' ? { through: on } : {}) });
        const state = app.state();
        const days = state.ok
          ? await state.database.db
              .selectFrom('daily_runs')
              .select(['day', 'found', 'did', 'failed'])
              .where('day', 'in', outcome.ran.length > 0 ? outcome.ran : [''])
              .orderBy('day')
              .execute()
          : [];
        printJson(io, { ran: outcome.ran, notified: outcome.notified, days });
        return days.some((d) => d.failed > 0) ? EXIT.verificationFailed : EXIT.done;
      });
    },
  };
}
