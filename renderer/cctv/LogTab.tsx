import { Alert, Badge, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayStatus } from '../../shared/cctv/rules.ts';
import { addDays, formatDateWithWeekday, formatInstant } from '../../shared/dates/calendar.ts';
import { call } from '../api/client.ts';
import { useApiQuery } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PasswordConfirmModal } from '../components/PasswordConfirmModal.tsx';
import { usePageState } from '../components/usePageState.ts';
import { useLocale } from '../i18n.ts';
import { useSession } from '../session/SessionContext.tsx';
import { useCan } from '../session/useCan.ts';
import { useQueryClient } from '@tanstack/react-query';
import { FillModal } from './FillModal.tsx';

const COLOR: Record<DayStatus, string> = { confirmed: 'teal', late: 'red', missing: 'red', due: 'orange', kept: 'gray', held: 'violet' };

/** The twelve months before this one and this one, newest first. */
function recentMonths(today: string): string[] {
  const months: string[] = [];
  let day = `${today.slice(0, 7)}-01`;
  for (let i = 0; i < 13; i += 1) {
    months.push(day.slice(0, 7));
    day = `${addDays(day, -1).slice(0, 7)}-01`;
  }
  return months;
}

export function LogTab() {
  const { t } = useTranslation();
  const locale = useLocale();
  const session = useSession();
  const client = useQueryClient();
  const canFill = useCan('cctv.log.fill');
  const canClose = useCan('cctv.log.close');
  const recorders = useApiQuery('cctv.recorders.list', {});
  const months = recentMonths(session.today);
  const [picked, setRecorder] = usePageState<number | null>('cctv.log.recorder', null);
  const [month, setMonth] = usePageState('cctv.log.month', months[1] ?? months[0] ?? '');
  const recorderId = picked ?? recorders.data?.[0]?.id ?? null;
  const log = useApiQuery('cctv.log.month', { recorderId: recorderId ?? 0, month }, { enabled: recorderId !== null });
  const [filling, setFilling] = useState(false);
  const [closing, setClosing] = useState(false);

  if (recorders.isSuccess && recorders.data.length === 0) return <Alert color="gray">{t('cctv.log.noRecorder')}</Alert>;
  const days = log.data?.days ?? [];
  const count = (status: DayStatus) => days.filter((d) => d.status === status).length;
  const date = (value: string) => formatDateWithWeekday(value, locale);

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('cctv.log.lead')}
      </Text>
      <Group align="flex-end">
        <Select
          label={t('cctv.log.recorder')}
          allowDeselect={false}
          data={(recorders.data ?? []).map((r) => ({ value: String(r.id), label: `${r.name} (${r.retentionLabel})` }))}
          value={recorderId === null ? null : String(recorderId)}
          onChange={(value) => setRecorder(value ? Number(value) : null)}
          w={280}
        />
        <Select
          label={t('cctv.log.month')}
          allowDeselect={false}
          data={months}
          value={month}
          onChange={(value) => setMonth(value ?? month)}
          w={140}
        />
        {canFill && log.data && !log.data.closed ? (
          <Button leftSection={<IconCheck size={18} />} onClick={() => setFilling(true)}>
            {t('cctv.log.fill')}
          </Button>
        ) : null}
        {canClose && log.data?.closable ? (
          <Button variant="light" color="grape" leftSection={<IconSignature size={18} />} onClick={() => setClosing(true)}>
            {t('cctv.log.close')}
          </Button>
        ) : null}
      </Group>
      {log.isError ? <ErrorAlert error={log.error} /> : null}
      {log.data?.recorder.operatingRoom ? <Alert color="blue">{t('cctv.log.operatingRoom')}</Alert> : null}
      {log.data?.closed ? (
        <Alert color="grape" icon={<IconSignature size={18} />}>
          {t('cctv.log.closed', {
            seq: log.data.closed.seq,
            by: log.data.closed.closedBy,
            at: formatInstant(log.data.closed.closedAt, locale),
          })}
        </Alert>
      ) : null}
      <Text size="sm">
        {t('cctv.log.summary', { confirmed: count('confirmed'), late: count('late'), missing: count('missing'), held: count('held') })}
      </Text>
      <Table striped withTableBorder aria-label={`${t('cctv.tabs.log')} ${log.data?.recorder.name ?? ''} ${month}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cctv.log.recordedOn')}</Table.Th>
            <Table.Th>{t('cctv.log.retentionEnds')}</Table.Th>
            <Table.Th>{t('cctv.log.goneBy')}</Table.Th>
            <Table.Th>{t('cctv.log.status')}</Table.Th>
            <Table.Th>{t('cctv.log.confirmedOn')}</Table.Th>
            <Table.Th>{t('cctv.log.method')}</Table.Th>
            <Table.Th>{t('cctv.log.confirmedBy')}</Table.Th>
            <Table.Th>{t('cctv.log.oldestHeld')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {days
            .filter((d) => d.recordedOn < session.today)
            .map((d) => {
              const red = d.status === 'missing' || d.status === 'late';
              return (
                <Table.Tr key={d.recordedOn} data-status={d.status} style={red ? { background: 'var(--mantine-color-red-0)' } : undefined}>
                  <Table.Td>{date(d.recordedOn)}</Table.Td>
                  <Table.Td>
                    {date(d.retentionEnds)}
                    {d.minimumEnds && d.minimumEnds !== d.retentionEnds ? (
                      <Text size="xs" c="dimmed">
                        {t('cctv.log.deletableFrom')} {date(d.deletableFrom)}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td c={red ? 'red' : undefined}>{date(d.goneBy)}</Table.Td>
                  <Table.Td>
                    <Badge color={COLOR[d.status]} variant={red ? 'filled' : 'light'}>
                      {t(`cctv.log.statuses.${d.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td c={d.status === 'late' ? 'red' : undefined}>{d.confirmation ? date(d.confirmation.confirmedOn) : ''}</Table.Td>
                  <Table.Td>{d.confirmation ? t(`cctv.log.methods.${d.confirmation.method}`) : ''}</Table.Td>
                  <Table.Td>{d.confirmedBy ?? ''}</Table.Td>
                  <Table.Td>{d.oldestHeld ? date(d.oldestHeld) : ''}</Table.Td>
                </Table.Tr>
              );
            })}
        </Table.Tbody>
      </Table>
      {filling && log.data ? (
        <FillModal recorder={log.data.recorder} month={month} today={session.today} onClose={() => setFilling(false)} />
      ) : null}
      {log.data ? (
        <PasswordConfirmModal
          opened={closing}
          title={t('cctv.log.closeTitle', { name: log.data.recorder.name, month })}
          lead={t('cctv.log.closeLead')}
          confirmLabel={t('cctv.log.close')}
          onClose={() => setClosing(false)}
          onConfirm={async (password) => {
            const result = await call('cctv.log.close', { recorderId: log.data.recorder.id, month, password });
            await client.invalidateQueries({ predicate: (q) => typeof q.queryKey[0] === 'string' && q.queryKey[0].startsWith('cctv.') });
            notifications.show({ color: 'teal', message: t('cctv.log.closedDone', { month, seq: result.seq }) });
            setClosing(false);
          }}
        />
      ) : null}
    </Stack>
  );
}
