import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/charts/styles.css';
import 'dayjs/locale/ko';
import './styles.css';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { ApiCallError } from './api/client.ts';
import { initI18n } from './i18n.ts';
import { appTheme } from './theme.ts';

// A call refused because the session locked or ended makes the session be asked again, which
// brings up the lock screen or the sign-in page.
function onCallError(error: unknown): void {
  if (error instanceof ApiCallError && (error.code === 'LOCKED' || error.code === 'UNAUTHENTICATED')) {
    void queryClient.invalidateQueries({ queryKey: ['session.get'] });
  }
}

// Everything comes from the local database: no retries (a failure is a real answer). A page
// reads fresh data whenever it is opened (another window or person may have changed it), and
// after each change by invalidation; not on window focus.
const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onCallError }),
  // Whatever a change did, 오늘 할 일 and the menu's counts are asked again.
  mutationCache: new MutationCache({ onError: onCallError, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['home.today'] }) }),
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 0 },
    mutations: { retry: false },
  },
});

await initI18n();

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

/** The kit's own words (a password field's "show" button) follow the UI's language. */
function ThemedApp() {
  const { t } = useTranslation();
  const theme = useMemo(() => appTheme({ showPassword: t('common.showPassword') }), [t]);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <DatesProvider settings={{ locale: 'ko', firstDayOfWeek: 0 }}>
        {/* Bottom right: at the top they covered the user menu and the page's own buttons. */}
        <Notifications position="bottom-right" limit={3} />
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}

createRoot(root).render(
  <StrictMode>
    <ThemedApp />
  </StrictMode>,
);
