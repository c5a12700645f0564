import type { AppStatus } from '../../shared/app/contract.ts';
import type { appApi } from '../../shared/app/contract.ts';
import { APP_VERSION } from '../../shared/version.ts';
import type { AppContext } from '../context.ts';
import type { HandlersOf } from '../handler.ts';

export function appStatus(app: AppContext): AppStatus {
  const state = app.state();
  if (!state.ok) return { ready: false, appVersion: APP_VERSION, databasePath: app.databasePath, problem: state.problem };
  return { ready: true, appVersion: APP_VERSION };
}

export const appHandlers: HandlersOf<typeof appApi> = {
  'app.status': ({ app }) => appStatus(app),
  'app.cancelTask': ({ session }, input) => {
    const running = session.tasks?.get(input.task);
    running?.abort();
    return { cancelled: running !== undefined };
  },
  'app.retryOpen': async ({ app }) => {
    // Only the recovery screen needs this; an open database is never closed under other windows.
    if (!app.state().ok) await app.reopen();
    return appStatus(app);
  },
};
