import { createFresh, requireOption } from '../cli/database.ts';
import { EXIT, printJson } from '../cli/io.ts';
import { cliSession, requireEnv } from '../cli/session.ts';
import type { Command } from '../cli/command.ts';

export const init: Command = {
  name: 'init',
  summary: '새 데이터베이스를 설정합니다(설정 마법사와 같음). 보호책임자 비밀번호는 RD_PASSWORD.',
  usage: 'init --db FILE --clinic NAME --officer LOGIN --officer-name NAME [--officer-title TITLE]',
  options: {
    db: { type: 'string' },
    clinic: { type: 'string' },
    officer: { type: 'string' },
    'officer-name': { type: 'string' },
    'officer-title': { type: 'string' },
  },
  run: async (options, io) => {
    const path = requireOption(options, 'db');
    const clinic = requireOption(options, 'clinic');
    const login = requireOption(options, 'officer');
    const name = requireOption(options, 'officer-name');
    const password = requireEnv(io, 'RD_PASSWORD');
    return createFresh(path, io, async (app) => {
      const result = await io.call(app, cliSession(), 'setup.run', {
        clinic: { name: clinic },
        officer: {
          login,
          name,
          title: typeof options['officer-title'] === 'string' ? options['officer-title'] : '개인정보 보호책임자',
          password,
        },
      });
      printJson(io, {
        ok: true,
        db: path,
        clinic,
        officer: login,
        installationKeyId: result.installationKeyId,
        officerKeyId: result.officerKeyId,
      });
      return EXIT.done;
    });
  },
};
