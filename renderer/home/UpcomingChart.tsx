import { BarChart } from '@mantine/charts';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { DashboardView } from '../../shared/daily/contract.ts';
import { formatDateWithWeekday } from '../../shared/dates/calendar.ts';
import { useSections } from '../components/SectionsContext.tsx';
import { useLocale } from '../i18n.ts';

const COLORS = ['teal.6', 'orange.6', 'blue.6', 'grape.6', 'red.6', 'cyan.6', 'lime.7', 'indigo.6'];

/**
 * What falls due in the next eight weeks, one stacked bar per week and a colour per section (only
 * the sections this person may open); under it, each section's total, one click from its screen.
 */
export function UpcomingChart({ upcoming }: { upcoming: DashboardView['upcoming'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const sections = useSections();
  const shown = upcoming.sections.flatMap((path) => {
    const section = sections.find((s) => s.path === path);
    return section ? [{ path, label: t(section.label), key: `s${sections.indexOf(section)}` }] : [];
  });
  const data = upcoming.weeks.map((week) => ({
    week: formatDateWithWeekday(week.start, locale).slice(5),
    ...Object.fromEntries(shown.map((s) => [s.key, week.counts[s.path] ?? 0])),
  }));
  const totals = shown.map((s) => ({ ...s, total: upcoming.weeks.reduce((sum, w) => sum + (w.counts[s.path] ?? 0), 0) }));
  return (
    <Paper withBorder p="md" component="section" aria-label={t('daily.dashboard.chart')}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={4}>{t('daily.dashboard.chart')}</Title>
          <Text size="xs" c="dimmed">
            {t('daily.dashboard.chartHint')}
          </Text>
        </Stack>
        {shown.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('daily.dashboard.chartEmpty')}
          </Text>
        ) : (
          <>
            <BarChart
              h={240}
              data={data}
              dataKey="week"
              type="stacked"
              withLegend
              legendProps={{ verticalAlign: 'bottom' }}
              tickLine="y"
              yAxisProps={{ allowDecimals: false }}
              series={shown.map((s, i) => ({ name: s.key, label: s.label, color: COLORS[i % COLORS.length] ?? 'gray.6' }))}
            />
            <Group gap="xs" role="list" aria-label={t('daily.dashboard.chart')}>
              {totals.map((s) => (
                <Button
                  key={s.path}
                  role="listitem"
                  component={Link}
                  href={s.path}
                  variant="light"
                  size="xs"
                  rightSection={<IconChevronRight size={14} />}
                >
                  {s.label} {s.total.toLocaleString('ko-KR')}
                </Button>
              ))}
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
