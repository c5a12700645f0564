import { parseArgs } from 'node:util';
import { demo } from '../demo/command.ts';
import { DOMAIN_COMMANDS } from '../domains.ts';
import { cliInvoke } from './call.ts';
import type { Command } from './command.ts';
import { CliError, EXIT, type CliIo } from './io.ts';

/** Each domain's commands in list order, then the demo builder's. */
export const COMMANDS: readonly Command[] = [...DOMAIN_COMMANDS, demo];

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  const lines = COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`);
  return [
    'Retention Desk 명령줄 도구 — 앱과 같은 서비스를 Electron 없이 실행합니다.',
    '',
    '사용법: npm run cli -- <명령> [옵션]',
    '',
    '명령:',
    ...lines,
    '',
    '종료 코드: 0 완료, 1 검증 실패, 2 잘못된 사용법·입력, 3 인증 실패·권한 없음',
    '비밀번호는 인수로 받지 않습니다(환경 변수 RD_PASSWORD 등).',
    '',
  ].join('\n');
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return name === undefined ? EXIT.usage : EXIT.done;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`알 수 없는 명령입니다: ${name}\n\n${helpText()}`);
    return EXIT.usage;
  }
  try {
    const { values, positionals } = parseArgs({
      args: [...rest],
      options: { ...command.options, help: { type: 'boolean' } },
      strict: true,
      allowPositionals: true,
    });
    if (values.help) {
      io.stdout(`사용법: npm run cli -- ${command.usage}\n${command.summary}\n`);
      return EXIT.done;
    }
    const takes = command.positional;
    if (positionals.length > (takes ? 1 : 0)) throw new CliError(`알 수 없는 인수입니다: ${positionals.join(' ')}`);
    const given = takes && positionals[0] !== undefined ? { [takes]: positionals[0] } : {};
    return await command.run({ ...values, ...given }, { ...io, call: cliInvoke });
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`오류: ${error.message}\n사용법: npm run cli -- ${command.usage}\n`);
      return error.exitCode;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`오류: 옵션이 올바르지 않습니다 (${error.message})\n사용법: npm run cli -- ${command.usage}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
