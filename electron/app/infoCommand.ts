import { APP_VERSION } from '../../shared/version.ts';
import { readClinicProfile } from '../clinic/handlers.ts';
import { openExisting, requireOption, withApp } from '../cli/database.ts';
import { EXIT, printJson } from '../cli/io.ts';
import type { Command } from '../cli/command.ts';

export const info: Command = {
  name: 'info',
  summary: '데이터베이스의 스키마 버전, 프로그램 버전, 기관 정보를 JSON으로 출력합니다.',
  usage: 'info --db FILE',
  options: { db: { type: 'string' } },
  run: (options, io) =>
    withApp(openExisting(requireOption(options, 'db'), io), async (app) => {
      const state = app.state();
      if (!state.ok) throw new Error('unreachable: openExisting checks the state');
      const clinic = await readClinicProfile(state.database.db);
      printJson(io, { schemaVersion: state.database.schemaVersion, appVersion: APP_VERSION, clinic });
      return EXIT.done;
    }),
};
