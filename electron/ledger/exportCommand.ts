import { existsSync } from 'node:fs';
import { writeFileAtomically } from '../files.ts';
import { openExisting, requireOption, withApp } from '../cli/database.ts';
import { CliError, EXIT, printJson } from '../cli/io.ts';
import { requireEnv, signInFromEnv } from '../cli/session.ts';
import type { Command } from '../cli/command.ts';

export const exportLedger: Command = {
  name: 'export-ledger',
  summary:
    '감사용 묶음(관리대장 항목, 기관·첨부 목록, 설치 키로 서명한 끝)을 JSON 파일로 내보냅니다. RD_USER·RD_PASSWORD의 사람이 확인 서명을 합니다. 개인정보 값은 들어가지 않습니다.',
  usage: 'export-ledger --db FILE --out BUNDLE.json',
  options: { db: { type: 'string' }, out: { type: 'string' } },
  run: (options, io) => {
    const out = requireOption(options, 'out');
    if (existsSync(out)) throw new CliError(`이미 있는 파일입니다. 다른 이름을 지정하세요: ${out}`);
    return withApp(openExisting(requireOption(options, 'db'), io), async (app) => {
      const session = await signInFromEnv(app, io);
      const { json } = await io.call(app, session, 'ledger.exportBundle', { password: requireEnv(io, 'RD_PASSWORD') });
      await io.call(app, session, 'auth.signOut', {});
      // Whole or not at all, and never over a file that appeared meanwhile.
      try {
        writeFileAtomically(out, json, { exclusive: true });
      } catch (error) {
        throw new CliError(`묶음 파일을 쓸 수 없습니다: ${out} (${error instanceof Error ? error.message : String(error)})`);
      }
      const bundle = JSON.parse(json) as { entries: unknown[]; head: { keyId: string } | null };
      printJson(io, {
        ok: true,
        out,
        entries: bundle.entries.length,
        installationKeyId: bundle.head?.keyId ?? null,
        signedHead: bundle.head !== null,
      });
      return EXIT.done;
    });
  },
};
