import { readFileSync } from 'node:fs';
import { verifyBundle } from './bundle.ts';
import { verifyFile } from './verification.ts';
import { openExisting, withApp } from '../cli/database.ts';
import { CliError, EXIT, printJson } from '../cli/io.ts';
import type { Command } from '../cli/command.ts';

export const verify: Command = {
  name: 'verify',
  summary: '파일의 모든 체인(서명 관리대장, 접속기록)이나 감사용 묶음 하나를 처음부터 다시 계산해 검증합니다.',
  usage: 'verify --db FILE | --bundle BUNDLE.json',
  options: { db: { type: 'string' }, bundle: { type: 'string' } },
  run: async (options, io) => {
    const { db, bundle } = options;
    if ((typeof db === 'string') === (typeof bundle === 'string')) throw new CliError('--db 또는 --bundle 중 하나만 지정해 주세요.');
    if (typeof bundle === 'string') {
      let text: string;
      try {
        text = readFileSync(bundle, 'utf8');
      } catch {
        throw new CliError(`묶음 파일을 읽을 수 없습니다: ${bundle}`);
      }
      const report = verifyBundle(text);
      printJson(io, report);
      return report.ok ? EXIT.done : EXIT.verificationFailed;
    }
    return withApp(openExisting(String(db)), async (app) => {
      const state = app.state();
      if (!state.ok) throw new Error('unreachable: openExisting checks the state');
      const report = await verifyFile(state.database.db);
      printJson(io, report.ok ? report : report.failure);
      return report.ok ? EXIT.done : EXIT.verificationFailed;
    });
  },
};
