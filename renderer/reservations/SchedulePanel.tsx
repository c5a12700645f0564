import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, formatDateWithWeekday } from '../../shared/dates/calendar.ts';
import type { MethodInput } from '../../shared/domains.ts';
import { useApiQuery } from '../api/hooks.ts';
import { DateField } from '../components/DateField.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useLocale } from '../i18n.ts';
import { useSession } from '../session/SessionContext.tsx';
import { useCan } from '../session/useCan.ts';
import { DisposeModal } from './DisposeModal.tsx';

type Scope = MethodInput<'reservations.requestDisposal'>['scope'];

/** What falls due per day, from a year back (what is still held is overdue) to eight weeks ahead. */
export function SchedulePanel() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { today } = useSession();
  const canDispose = useCan('reservations.requestDisposal');
  const schedule = useApiQuery('reservations.schedule', { from: addDays(today, -365), until: addDays(today, 56) });
  const settings = useApiQuery('reservations.settings', {});
  const [dispose, setDispose] = useState<{ scope: Scope; count: number } | null>(null);
  const [range, setRange] = useState<{ from: string | null; to: string | null }>({ from: null, to: null });
  if (schedule.isError) return <ErrorAlert error={schedule.error} />;
  const data = schedule.data;
  return (
    <Stack>
      <Paper withBorder p="md">
        <Group justify="space-between">
          <Stack gap={2}>
            <Text fw={600}>
              {data
                ? t('reservations.schedule.summary', {
                    held: data.held.toLocaleString('ko-KR'),
                    due: data.due.toLocaleString('ko-KR'),
                    overdue: data.overdue.toLocaleString('ko-KR'),
                  })
                : ''}
            </Text>
            <Text size="sm" c="dimmed">
              {settings.data
                ? t('reservations.schedule.rule', {
                    rule: settings.data.policy?.name
                      ? `${settings.data.policy.name} (${settings.data.ruleText})`
                      : t('reservations.settings.defaultRule'),
                    grace: settings.data.graceDays,
                  })
                : ''}
            </Text>
            <Text size="xs" c="dimmed">
              {t('reservations.schedule.lead')}
            </Text>
          </Stack>
          {canDispose && data && data.due > 0 ? (
            <Button color="red" onClick={() => setDispose({ scope: { kind: 'dueBy', on: today }, count: data.due })}>
              {t('reservations.schedule.disposeDay', { date: today, count: data.due.toLocaleString('ko-KR') })}
            </Button>
          ) : null}
        </Group>
      </Paper>
      {data && data.days.length === 0 ? <Text c="dimmed">{t('reservations.schedule.nothing')}</Text> : null}
      <Table aria-label={t('reservations.tabs.schedule')} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('reservations.columns.dueOn')}</Table.Th>
            <Table.Th>{t('reservations.columns.count')}</Table.Th>
            <Table.Th>{t('reservations.columns.state')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(data?.days ?? []).map((day) => (
            <Table.Tr key={day.date} aria-label={day.date}>
              <Table.Td>
                <Text c={day.overdue ? 'red' : undefined} fw={day.date <= today ? 600 : undefined}>
                  {formatDateWithWeekday(day.date, locale)}
                </Text>
              </Table.Td>
              <Table.Td>{day.count.toLocaleString('ko-KR')}</Table.Td>
              <Table.Td>
                {day.overdue ? (
                  <Badge color="red" variant="light">
                    {t('reservations.schedule.overdueBadge')}
                  </Badge>
                ) : day.date <= today ? (
                  <Badge color="orange" variant="light">
                    {t('reservations.states.due')}
                  </Badge>
                ) : (
                  <Badge color="gray" variant="light">
                    {t('reservations.states.held')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {canDispose && day.date <= today ? (
                  <Button
                    size="xs"
                    variant="light"
                    color="red"
                    onClick={() => setDispose({ scope: { kind: 'day', on: day.date }, count: day.count })}
                  >
                    {t('reservations.schedule.day')}
                  </Button>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {canDispose ? (
        <Paper withBorder p="md">
          <Group align="flex-end">
            <DateField label={t('reservations.schedule.from')} value={range.from} onChange={(from) => setRange((r) => ({ ...r, from }))} />
            <DateField label={t('reservations.schedule.to')} value={range.to} onChange={(to) => setRange((r) => ({ ...r, to }))} />
            <Button
              variant="light"
              color="red"
              disabled={!range.from || !range.to}
              onClick={() => range.from && range.to && setDispose({ scope: { kind: 'range', from: range.from, to: range.to }, count: 0 })}
            >
              {t('reservations.schedule.disposeRange')}
            </Button>
          </Group>
        </Paper>
      ) : null}
      {dispose ? (
        <DisposeModal scope={dispose.scope} count={dispose.count} reason="purpose_achieved" onClose={() => setDispose(null)} />
      ) : null}
    </Stack>
  );
}
