import { verifyFile } from '../../services/verification.ts';
import { openExisting, requireOption, withApp } from '../database.ts';
import { EXIT, printJson } from '../io.ts';
import type { Command } from './types.ts';

export const verify: Command = {
  name: 'verify',
  summary: '파일의 모든 체인(서명 관리대장, 접속기록)을 처음부터 다시 계산해 검증하고 JSON으로 보고합니다.',
  usage: 'verify --db FILE',
  options: { db: { type: 'string' } },
  run: (options, io) =>
    withApp(openExisting(requireOption(options, 'db')), async (app) => {
      const state = app.state();
      if (!state.ok) throw new Error('unreachable: openExisting checks the state');
      const report = await verifyFile(state.database.db);
      printJson(io, report.ok ? report : report.failure);
      return report.ok ? EXIT.done : EXIT.verificationFailed;
    }),
};
