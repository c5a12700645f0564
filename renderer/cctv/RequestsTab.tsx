import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconPlus, IconPrinter } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { RequestView } from '../../shared/cctv/contract.ts';
import { addDays, dateProblem } from '../../shared/dates/calendar.ts';
import { useApiMutation, useApiQuery } from '../api/hooks.ts';
import { DataTable } from '../components/DataTable.tsx';
import { DateField } from '../components/DateField.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { RowMenu } from '../components/RowMenu.tsx';
import { usePageState } from '../components/usePageState.ts';
import { useSession } from '../session/SessionContext.tsx';
import { useCan } from '../session/useCan.ts';
import { EventModal } from './EventModal.tsx';
import { RequestModal } from './RequestModal.tsx';

type Dialog = { kind: 'new' } | { kind: 'correct'; request: RequestView } | { kind: 'event'; request: RequestView } | null;

function saveBase64(fileName: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Countdown({ request }: { request: RequestView }) {
  const { t } = useTranslation();
  if (request.daysLeft === null) return <Text size="sm">{request.deadlineOn ?? '—'}</Text>;
  const days = request.daysLeft;
  const color = days < 0 ? 'red' : days <= 3 ? 'orange' : 'blue';
  const label =
    days < 0
      ? t('cctv.requests.overdue', { days: -days })
      : days === 0
        ? t('cctv.requests.dueToday')
        : t('cctv.requests.daysLeft', { days });
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm">{request.deadlineOn}</Text>
      <Badge color={color} variant={days <= 3 ? 'filled' : 'light'}>
        {label}
      </Badge>
    </Group>
  );
}

export function RequestsTab() {
  const { t } = useTranslation();
  const session = useSession();
  const [, navigate] = useLocation();
  const canSave = useCan('cctv.requests.save');
  const canRecord = useCan('cctv.requests.record');
  const requests = useApiQuery('cctv.requests.list', {});
  const cameras = useApiQuery('cctv.cameras.list', {});
  const exportXlsx = useApiMutation('cctv.register.xlsx');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [from, setFrom] = usePageState<string | null>('cctv.register.from', `${addDays(session.today, -90)}`);
  const [until, setUntil] = usePageState<string | null>('cctv.register.until', session.today);
  const periodOk = Boolean(from && until && !dateProblem(from) && !dateProblem(until) && from <= until);

  const columns = useMemo(() => {
    const column = createColumnHelper<RequestView>();
    return [
      column.accessor('id', { header: '#', cell: (info) => String(info.getValue()) }),
      column.accessor((row) => t(`cctv.requests.categories.${row.category}`), { id: 'category', header: t('cctv.requests.category') }),
      column.accessor((row) => row.requesterName ?? t('cctv.requests.hidden'), {
        id: 'requester',
        header: t('cctv.requests.requesterName'),
        cell: (info) => (
          <Stack gap={0}>
            <Text size="sm">{info.getValue()}</Text>
            {info.row.original.relation ? (
              <Text size="xs" c="dimmed">
                {info.row.original.relation}
              </Text>
            ) : null}
          </Stack>
        ),
      }),
      column.accessor('purpose', { header: t('cctv.requests.purpose') }),
      column.accessor((row) => `${row.cameraLabels.join(', ')} · ${row.rangeFrom} ~ ${row.rangeUntil}`, {
        id: 'footage',
        header: t('cctv.requests.cameras'),
      }),
      column.accessor('receivedOn', { header: t('cctv.requests.receivedOn') }),
      column.accessor((row) => row.deadlineOn ?? '', {
        id: 'deadline',
        header: t('cctv.requests.deadline'),
        cell: (info) => <Countdown request={info.row.original} />,
      }),
      column.accessor((row) => (row.corrected ? t('cctv.requests.corrected') : t(`cctv.requests.statuses.${row.status}`)), {
        id: 'status',
        header: t('cctv.requests.status'),
        cell: (info) => (
          <Stack gap={2}>
            <Badge variant="light" color={info.row.original.corrected ? 'gray' : info.row.original.status === 'done' ? 'teal' : 'blue'}>
              {info.getValue()}
            </Badge>
            {info.row.original.decision ? <Text size="xs">{t(`cctv.requests.decisions.${info.row.original.decision}`)}</Text> : null}
            {info.row.original.correctsId ? (
              <Text size="xs">{t('cctv.requests.corrects', { id: info.row.original.correctsId })}</Text>
            ) : null}
          </Stack>
        ),
      }),
      column.display({
        id: 'actions',
        header: t('common.actions'),
        cell: (info) => (
          <RowMenu
            name={`#${info.row.original.id}`}
            actions={[
              canRecord &&
                !info.row.original.corrected && {
                  label: t('cctv.requests.record'),
                  onClick: () => setDialog({ kind: 'event', request: info.row.original }),
                },
              canSave &&
                !info.row.original.corrected && {
                  label: t('cctv.requests.correct'),
                  onClick: () => setDialog({ kind: 'correct', request: info.row.original }),
                },
            ]}
          />
        ),
      }),
    ];
  }, [t, canRecord, canSave]);

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('cctv.requests.lead')}
      </Text>
      <Group align="flex-end" justify="space-between">
        <Group align="flex-end">
          <DateField label={t('cctv.requests.periodFrom')} value={from} onChange={setFrom} w={170} />
          <DateField label={t('cctv.requests.periodUntil')} value={until} onChange={setUntil} w={170} />
          <Button
            variant="default"
            leftSection={<IconPrinter size={18} />}
            disabled={!periodOk}
            onClick={() => navigate(`/print/cctv-register/${from}/${until}`)}
          >
            {t('cctv.requests.print')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconDownload size={18} />}
            disabled={!periodOk}
            loading={exportXlsx.isPending}
            onClick={() =>
              exportXlsx.mutate(
                { from: from ?? '', until: until ?? '' },
                {
                  onSuccess: ({ fileName, base64 }) => saveBase64(fileName, base64),
                  onError: (error) => notifications.show({ color: 'red', message: error.message }),
                },
              )
            }
          >
            {t('cctv.requests.export')}
          </Button>
        </Group>
        {canSave ? (
          <Button leftSection={<IconPlus size={18} />} onClick={() => setDialog({ kind: 'new' })}>
            {t('cctv.requests.add')}
          </Button>
        ) : null}
      </Group>
      {requests.isError ? <ErrorAlert error={requests.error} /> : null}
      <DataTable label={t('cctv.requests.title')} data={requests.data ?? []} columns={columns} getRowId={(row) => String(row.id)} />
      {dialog?.kind === 'new' ? <RequestModal cameras={cameras.data ?? []} today={session.today} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'correct' ? (
        <RequestModal cameras={cameras.data ?? []} today={session.today} corrects={dialog.request} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'event' ? <EventModal request={dialog.request} onClose={() => setDialog(null)} /> : null}
    </Stack>
  );
}
