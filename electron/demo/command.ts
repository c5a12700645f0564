import { manualClock } from '../context.ts';
import { DEMO_ACCOUNTS } from '../accounts/fixtures.ts';
import { DEMO_CLINIC } from '../clinic/fixtures.ts';
import { seedDemo } from './builder.ts';
import { createFresh, requireOption } from '../cli/database.ts';
import { EXIT, printJson } from '../cli/io.ts';
import type { Command } from '../cli/command.ts';

export const demo: Command = {
  name: 'demo',
  summary: '둘러보기용 데모 데이터베이스를 새 파일로 만듭니다(병원의 실제 파일에는 절대 쓰지 않습니다). 계정과 비밀번호를 출력합니다.',
  usage: 'demo --db FILE',
  options: { db: { type: 'string' } },
  run: async (options, io) => {
    const path = requireOption(options, 'db');
    const clock = manualClock('2026-01-05T09:00:00+09:00');
    // Never the clinic's own database: only a file that does not exist yet.
    return createFresh(
      path,
      io,
      async (app) => {
        await seedDemo(app, clock);
        printJson(io, {
          ok: true,
          db: path,
          clinic: DEMO_CLINIC.name,
          accounts: DEMO_ACCOUNTS.map(({ login, name, role, password }) => ({ login, name, role, password })),
          start: `RD_DB=${path} npm start   (또는 npm start -- --db=${path})`,
        });
        return EXIT.done;
      },
      clock,
    );
  },
};
