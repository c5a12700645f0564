import { Alert, Badge, Group, Paper, Stack, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconChevronRight, IconClockHour4, IconHourglass, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDateWithWeekday } from '../../shared/dates/calendar.ts';
import type { TodayItem, TodaySeverity } from '../../shared/home/today.ts';
import { useApiQuery } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { useLocale } from '../i18n.ts';
import { useSession } from '../session/SessionContext.tsx';

export const SEVERITY_COLORS: Record<TodaySeverity, string> = { overdue: 'red', soon: 'orange', waiting: 'blue', info: 'gray' };
const SEVERITY_ICONS = { overdue: IconAlertTriangle, soon: IconClockHour4, waiting: IconHourglass, info: IconInfoCircle } as const;

/** 오늘 할 일 from every domain (home.today), as the menu counts them too: refreshed at each visit. */
export function useToday() {
  return useApiQuery('home.today', {}, { refetchInterval: 60_000 });
}

function TodayCard({ item }: { item: TodayItem }) {
  const { t } = useTranslation();
  const Icon = SEVERITY_ICONS[item.severity];
  // The key comes from the contributing domain's catalogue: checked where it is written (MessageKey, in electron/).
  const say = t as unknown as (key: string, params: Readonly<Record<string, string | number>>) => string;
  const text = say(item.message, { ...item.params, count: item.count.toLocaleString('ko-KR') });
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
          <Group gap={4} wrap="nowrap" c="teal">
            <Text size="sm">{t('home.open')}</Text>
            <IconChevronRight size={16} />
          </Group>
        </Group>
      </UnstyledButton>
    </Paper>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const session = useSession();
  const today = useToday();
  return (
    <Stack maw={920}>
      <PageHeader
        title={t('home.title')}
        description={t('home.greeting', { name: session.user?.name ?? '', date: formatDateWithWeekday(session.today, locale) })}
      />
      {today.isError ? <ErrorAlert error={today.error} /> : null}
      {today.isSuccess && today.data.length === 0 ? <Alert color="teal">{t('home.nothing')}</Alert> : null}
      <Stack gap="sm" role="list" aria-label={t('home.title')}>
        {(today.data ?? []).map((item) => (
          <TodayCard key={item.id} item={item} />
        ))}
      </Stack>
    </Stack>
  );
}
