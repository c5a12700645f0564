import { Center, Loader } from '@mantine/core';
import { Redirect, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { SessionView } from '../shared/accounts/contract.ts';
import { useApiQuery } from './api/hooks.ts';
import { AppLayout } from './components/AppLayout.tsx';
import { ErrorAlert } from './components/ErrorAlert.tsx';
import { DatabaseProblemPage } from './app/DatabaseProblemPage.tsx';
import { ForcedPasswordChange } from './accounts/ForcedPasswordChange.tsx';
import { LockOverlay } from './accounts/LockOverlay.tsx';
import { SetupWizard } from './accounts/SetupWizard.tsx';
import { SignInPage } from './accounts/SignInPage.tsx';
import { PRINT_ROUTES, sectionsFor } from './domains.tsx';
import { SessionProvider, useActivityHeartbeat } from './session/SessionContext.tsx';

function Loading() {
  return (
    <Center h="100vh">
      <Loader />
    </Center>
  );
}

export function App() {
  const status = useApiQuery('app.status', {});
  if (status.isPending) return <Loading />;
  if (status.isError) return <ErrorAlert error={status.error} />;
  if (!status.data.ready) return <DatabaseProblemPage status={status.data} />;
  return <SessionGate />;
}

/** Polled so the lock screen appears when the main process locks an idle session. */
const SESSION_POLL_MS = 30_000;

function SessionGate() {
  const session = useApiQuery('session.get', {}, { refetchInterval: SESSION_POLL_MS });
  const signedIn = Boolean(session.data?.user) && !session.data?.locked;
  useActivityHeartbeat(signedIn);
  if (session.isPending) return <Loading />;
  if (session.isError) return <ErrorAlert error={session.error} />;
  const view = session.data;
  return <SessionProvider session={view}>{screenFor(view)}</SessionProvider>;
}

function screenFor(view: SessionView) {
  if (view.needsSetup) return <SetupWizard />;
  if (!view.user) return <SignInPage clinicName={view.clinicName} />;
  if (view.user.mustChangePassword) return <ForcedPasswordChange />;
  const sections = sectionsFor(view.user.role);
  const first = sections[0];
  return (
    <>
      {/* wouter takes the location hook itself as a prop; it is called by the router, not here. */}
      {/* oxlint-disable-next-line react/hooks */}
      <Router hook={useHashLocation}>
        <Switch>
          {/* Printouts are whole A4 pages, without the app's frame. */}
          {PRINT_ROUTES.map((route) => (
            <Route key={route.path} path={route.path}>
              {(params: Record<string, string | undefined>) => route.render(params)}
            </Route>
          ))}
          <Route>
            <AppLayout sections={sections} demo={view.demo}>
              <Switch>
                {sections.map((section) => (
                  <Route key={section.path} path={section.path} component={section.page} />
                ))}
                {first ? <Redirect to={first.path} /> : null}
              </Switch>
            </AppLayout>
          </Route>
        </Switch>
      </Router>
      {view.locked ? <LockOverlay /> : null}
    </>
  );
}
