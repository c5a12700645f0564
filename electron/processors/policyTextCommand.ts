import { openExisting, requireOption, withApp } from '../cli/database.ts';
import { CliError, EXIT } from '../cli/io.ts';
import { signInFromEnv } from '../cli/session.ts';
import type { Command } from '../cli/command.ts';

/**
 * `policy-text --db FILE [--format text|html]`: the privacy policy's entrustment and overseas
 * sections as the app generates them, for pasting into the website. A mandatory fact left empty
 * is refused with exit 2, naming the processor and the field.
 */
export const policyTextCommand: Command = {
  name: 'policy-text',
  summary:
    '처리위탁 현황에서 개인정보 처리방침의 "개인정보 처리업무의 위탁"과 "개인정보의 국외 이전" 부분을 만들어 출력합니다(RD_USER·RD_PASSWORD로 로그인). 필수 사항이 비어 있으면 수탁자와 항목을 밝히고 코드 2로 끝납니다.',
  usage: 'policy-text --db FILE [--format text|html]',
  options: { db: { type: 'string' }, format: { type: 'string' } },
  run: (options, io) => {
    const format = options.format ?? 'text';
    if (format !== 'text' && format !== 'html') throw new CliError('--format은 text 또는 html입니다.');
    return withApp(openExisting(requireOption(options, 'db'), io), async (app) => {
      const session = await signInFromEnv(app, io);
      try {
        const view = await io.call(app, session, 'processors.policyText', {});
        io.stdout(format === 'html' ? view.html : view.text);
      } finally {
        await io.call(app, session, 'auth.signOut', {});
      }
      return EXIT.done;
    });
  },
};
