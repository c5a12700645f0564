import type { AppStatus } from '../../shared/app/contract.ts';
import type { appApi } from '../../shared/app/contract.ts';
import { APP_VERSION } from '../../shared/version.ts';
import type { AppContext } from '../context.ts';
import type { HandlersOf } from '../handler.ts';
import type { Session } from '../session.ts';

export function appStatus(app: AppContext, session: Session): AppStatus {
  const state = app.state();
  if (!state.ok) {
    return { ready: false, appVersion: APP_VERSION, databasePath: app.databasePath, problem: state.problem };
  }
  if (!session.user || session.locked) return { ready: true, appVersion: APP_VERSION, file: null };
  const demo = state.database.sqlite.prepare("SELECT value FROM meta WHERE key = 'demo'").pluck().get() === 'true';
  return {
    ready: true,
    appVersion: APP_VERSION,
    file: { schemaVersion: state.database.schemaVersion, databasePath: app.databasePath, demo },
  };
}

export const appHandlers: HandlersOf<typeof appApi> = {
  'app.status': ({ app, session }) => appStatus(app, session),
  'app.cancelTask': ({ session }, input) => {
    const running = session.tasks?.get(input.task);
    running?.abort();
    return { cancelled: running !== undefined };
  },
  'app.retryOpen': async ({ app, session }) => {
    // Only the recovery screen needs this; an open database is never closed under other windows.
    if (!app.state().ok) await app.reopen();
    return appStatus(app, session);
  },
};
