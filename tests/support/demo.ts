import type { Role } from '../../shared/contract/method.ts';
import { DEMO_ACCOUNTS } from '../../electron/accounts/fixtures.ts';
import { seedDemo } from '../../electron/demo/builder.ts';
import type { Session } from '../../electron/session.ts';
import { openCopy, signedInAs } from './tamper.ts';
import { databaseOf, testApp, type TestApp } from './tempdb.ts';

/** The demo clinic, built once per test file through the same steps as `npm run cli -- demo` (closed after). */
export async function demoClinic(): Promise<TestApp> {
  const base = testApp('2026-01-05T09:00:00+09:00');
  await seedDemo(base.app, base.clock);
  await base.app.close();
  return base;
}

/** A copy of the demo clinic at `at`, and the demo people's windows, signed in. */
export function demoCopy(base: TestApp, at: string): { copy: TestApp; as: (login: string) => Session } {
  const copy = openCopy(base.dbPath, at);
  const ids = new Map(
    (databaseOf(copy.app).sqlite.prepare('SELECT login, id FROM users').all() as Array<{ login: string; id: number }>).map((u) => [
      u.login,
      u.id,
    ]),
  );
  const as = (login: string) => {
    const account = DEMO_ACCOUNTS.find((a) => a.login === login);
    if (!account) throw new Error(`no demo account ${login}`);
    return signedInAs(ids.get(login) ?? 0, account.role as Role, copy.clock.now());
  };
  return { copy, as };
}
