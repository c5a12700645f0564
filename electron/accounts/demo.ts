import { DEMO_CLINIC } from '../clinic/fixtures.ts';
import type { DemoContext } from '../demo/context.ts';
import { newSession } from '../session.ts';
import { DEMO_ACCOUNTS } from './fixtures.ts';

/** The setup wizard's work on 2026-01-05, then every demo person's account, signed in with their own password. */
export async function accountsDemo(demo: DemoContext): Promise<void> {
  demo.clock.set('2026-01-05T09:00:00+09:00');
  const [officer, ...others] = DEMO_ACCOUNTS;
  if (!officer) throw new Error('no demo officer');
  const director = newSession('demo');
  await demo.call(director, 'setup.run', {
    clinic: DEMO_CLINIC,
    officer: { login: officer.login, name: officer.name, title: officer.title, password: officer.password },
  });
  demo.sessions.set(officer.login, director);
  for (const account of others) {
    const temporary = `${account.password}-temp`;
    const { password: _own, ...profile } = account;
    await demo.as(officer.login)('users.create', { ...profile, temporaryPassword: temporary, officerPassword: officer.password });
    const session = newSession('demo');
    await demo.call(session, 'auth.signIn', { login: account.login, password: temporary });
    await demo.call(session, 'auth.changePassword', { currentPassword: temporary, newPassword: account.password });
    demo.sessions.set(account.login, session);
  }
}
