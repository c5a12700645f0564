import { ROLES, isRole } from '../../shared/contract/method.ts';
import { openExisting, requireOption, withApp } from '../cli/database.ts';
import { CliError, EXIT, printJson } from '../cli/io.ts';
import { requireEnv, signInFromEnv } from '../cli/session.ts';
import type { Command } from '../cli/command.ts';

export const userAdd: Command = {
  name: 'user-add',
  summary: '계정을 만듭니다(RD_USER·RD_PASSWORD의 보호책임자로서; 새 계정의 임시 비밀번호는 RD_NEW_PASSWORD).',
  usage: 'user-add --db FILE --login L --name N --role officer|admin|facilities|auditor [--title T]',
  options: {
    db: { type: 'string' },
    login: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    title: { type: 'string' },
  },
  run: (options, io) => {
    const role = requireOption(options, 'role');
    if (!isRole(role)) throw new CliError(`역할은 ${ROLES.join(', ')} 중 하나여야 합니다: ${role}`);
    const login = requireOption(options, 'login');
    const name = requireOption(options, 'name');
    const temporaryPassword = requireEnv(io, 'RD_NEW_PASSWORD');
    return withApp(openExisting(requireOption(options, 'db'), io), async (app) => {
      const session = await signInFromEnv(app, io);
      const account = await io.call(app, session, 'users.create', {
        login,
        name,
        title: typeof options.title === 'string' ? options.title : '직원',
        role,
        temporaryPassword,
        officerPassword: requireEnv(io, 'RD_PASSWORD'),
      });
      await io.call(app, session, 'auth.signOut', {});
      printJson(io, { ok: true, id: account.id, login: account.login, role: account.role, keyId: account.keyId, mustChangePassword: true });
      return EXIT.done;
    });
  },
};
