import { existsSync, writeFileSync } from 'node:fs';
import { serializeBundle } from './bundle.ts';
import { bundleOf } from './handlers.ts';
import { openExisting, requireOption, withApp } from '../cli/database.ts';
import { CliError, EXIT, printJson } from '../cli/io.ts';
import type { Command } from '../cli/command.ts';

export const exportLedger: Command = {
  name: 'export-ledger',
  summary: '감사용 묶음(관리대장 항목, 공개키, 기관 인장 지문)을 JSON 파일로 내보냅니다. 개인정보 값은 들어가지 않습니다.',
  usage: 'export-ledger --db FILE --out BUNDLE.json',
  options: { db: { type: 'string' }, out: { type: 'string' } },
  run: (options, io) => {
    const out = requireOption(options, 'out');
    if (existsSync(out)) throw new CliError(`이미 있는 파일입니다. 다른 이름을 지정하세요: ${out}`);
    return withApp(openExisting(requireOption(options, 'db')), async (app) => {
      const state = app.state();
      if (!state.ok) throw new Error('unreachable: openExisting checks the state');
      const bundle = await bundleOf(state.database.db, app.clock.now(), app.secrets);
      writeFileSync(out, serializeBundle(bundle), { flag: 'wx' });
      printJson(io, {
        ok: true,
        out,
        entries: bundle.entries.length,
        installationFingerprint: bundle.installation?.fingerprint ?? null,
        // Unsigned where this program cannot open the installation key (the app's OS key store).
        signedHead: bundle.head !== null,
      });
      return EXIT.done;
    });
  },
};
