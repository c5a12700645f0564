import { Alert, Badge, Button, Grid, Group, Paper, Stack, Text, ThemeIcon, Title, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconChevronRight, IconClockHour4, IconHourglass, IconInfoCircle, IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDateWithWeekday } from '../../shared/dates/calendar.ts';
import type { TodayItem } from '../../shared/home/today.ts';
import { useApiMutation, useApiQuery } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { useLocale } from '../i18n.ts';
import { useSession } from '../session/SessionContext.tsx';
import { useCan } from '../session/useCan.ts';
import { NotificationsPanel } from './NotificationsPanel.tsx';
import { SEVERITY_COLORS } from './severity.ts';
import { StatusPanel } from './StatusPanel.tsx';
import { UpcomingChart } from './UpcomingChart.tsx';
import { sayKey } from './say.ts';

export { SEVERITY_COLORS } from './severity.ts';

const SEVERITY_ICONS = { overdue: IconAlertTriangle, soon: IconClockHour4, waiting: IconHourglass, info: IconInfoCircle } as const;

/** 오늘 할 일 from every domain (home.today), as the menu counts them too: refreshed at each visit. */
export function useToday() {
  return useApiQuery('home.today', {}, { refetchInterval: 60_000 });
}

function TodayCard({ item }: { item: TodayItem }) {
  const { t } = useTranslation();
  const Icon = SEVERITY_ICONS[item.severity];
  const text = sayKey(t, item.message, { ...item.params, count: item.count.toLocaleString('ko-KR') });
  return (
    <Paper withBorder p={0} role="listitem">
      <UnstyledButton component={Link} href={item.to} p="md" w="100%" aria-label={text}>
        <Group wrap="nowrap" justify="space-between">
          <Group wrap="nowrap" gap="md">
            <ThemeIcon color={SEVERITY_COLORS[item.severity]} variant="light" size="lg">
              <Icon size={20} />
            </ThemeIcon>
            <Stack gap={2}>
              <Badge color={SEVERITY_COLORS[item.severity]} variant="light" size="sm" w="fit-content">
                {t(`home.severities.${item.severity}`)}
              </Badge>
              <Text size="sm" fw={600}>
                {text}
              </Text>
            </Stack>
          </Group>
          <Group gap={4} wrap="nowrap" c="teal" style={{ flexShrink: 0 }}>
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
              {t('home.open')}
            </Text>
            <IconChevronRight size={16} />
          </Group>
        </Group>
      </UnstyledButton>
    </Paper>
  );
}

function RunNowButton() {
  const { t } = useTranslation();
  const runNow = useApiMutation('daily.run', ['daily.', 'notifications.', 'home.', 'backups.']);
  return (
    <Button
      variant="default"
      leftSection={<IconPlayerPlay size={16} />}
      loading={runNow.isPending}
      onClick={() =>
        runNow.mutate(
          {},
          {
            onSuccess: (outcome) =>
              notifications.show({
                color: outcome.busy ? 'orange' : 'teal',
                message: outcome.busy
                  ? t('daily.dashboard.busy')
                  : outcome.ran.length > 0
                    ? t('daily.dashboard.ran', { count: outcome.ran.length })
                    : t('daily.dashboard.ranNothing'),
              }),
            onError: (error) => notifications.show({ color: 'red', message: error.message }),
          },
        )
      }
    >
      {t('daily.dashboard.runNow')}
    </Button>
  );
}

/**
 * The home dashboard: today's work by section, most urgent first (each one click from where it is
 * done), the daily run's notifications, the state of the run, the ledger, the backups and the
 * restore drill, and what falls due in the next eight weeks.
 */
export function HomePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const session = useSession();
  const today = useToday();
  const dashboard = useApiQuery('daily.dashboard', {});
  const canRun = useCan('daily.run');
  return (
    <Stack maw={1280}>
      <PageHeader
        title={t('home.title')}
        description={t('home.greeting', { name: session.user?.name ?? '', date: formatDateWithWeekday(session.today, locale) })}
        actions={canRun ? <RunNowButton /> : null}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="sm">
            <Title order={4}>{t('daily.dashboard.today')}</Title>
            {today.isError ? <ErrorAlert error={today.error} /> : null}
            {today.isSuccess && today.data.length === 0 ? <Alert color="teal">{t('home.nothing')}</Alert> : null}
            <Stack gap="sm" role="list" aria-label={t('home.title')}>
              {(today.data ?? []).map((item) => (
                <TodayCard key={item.id} item={item} />
              ))}
            </Stack>
            <NotificationsPanel />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          {dashboard.isError ? <ErrorAlert error={dashboard.error} /> : null}
          {dashboard.data ? <StatusPanel view={dashboard.data} /> : null}
        </Grid.Col>
      </Grid>
      {dashboard.data ? <UpcomingChart upcoming={dashboard.data.upcoming} /> : null}
    </Stack>
  );
}
