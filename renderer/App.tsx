import { Center, Loader } from '@mantine/core';
import { Redirect, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { useApiQuery } from './api/hooks.ts';
import { AppLayout } from './components/AppLayout.tsx';
import { ErrorAlert } from './components/ErrorAlert.tsx';
import { DatabaseProblemPage } from './pages/app/DatabaseProblemPage.tsx';
import { SECTIONS } from './sections.tsx';

export function App() {
  const status = useApiQuery('app.status', {});
  if (status.isPending) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (status.isError) return <ErrorAlert error={status.error} />;
  if (!status.data.ready) return <DatabaseProblemPage status={status.data} />;

  const first = SECTIONS[0];
  return (
    // wouter takes the location hook itself as a prop; it is called by the router, not here.
    // oxlint-disable-next-line react/hooks
    <Router hook={useHashLocation}>
      <AppLayout sections={SECTIONS} demo={status.data.demo}>
        <Switch>
          {SECTIONS.map((section) => (
            <Route key={section.path} path={section.path} component={section.page} />
          ))}
          {first ? <Redirect to={first.path} /> : null}
        </Switch>
      </AppLayout>
    </Router>
  );
}
