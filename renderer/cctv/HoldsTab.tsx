import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HoldView } from '../../shared/cctv/contract.ts';
import { useApiMutation, useApiQuery } from '../api/hooks.ts';
import { DataTable } from '../components/DataTable.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { RowMenu } from '../components/RowMenu.tsx';
import { useCan } from '../session/useCan.ts';
import { HoldModal } from './HoldModal.tsx';

export function HoldsTab() {
  const { t } = useTranslation();
  const canHold = useCan('cctv.holds.save');
  const canRelease = useCan('cctv.holds.release');
  const holds = useApiQuery('cctv.holds.list', {});
  const cameras = useApiQuery('cctv.cameras.list', {});
  const release = useApiMutation('cctv.holds.release', ['cctv.', 'home.']);
  const [adding, setAdding] = useState(false);

  const columns = useMemo(() => {
    const column = createColumnHelper<HoldView>();
    return [
      column.accessor((row) => `${row.from} ~ ${row.until}`, { id: 'range', header: `${t('cctv.holds.from')} ~ ${t('cctv.holds.until')}` }),
      column.accessor((row) => row.cameraLabels.join(', '), { id: 'cameras', header: t('cctv.holds.cameras') }),
      column.accessor('reason', { header: t('cctv.holds.reason') }),
      column.accessor((row) => row.requester ?? t('cctv.requests.hidden'), { id: 'requester', header: t('cctv.holds.requester') }),
      column.accessor('reviewOn', { header: t('cctv.holds.reviewOn') }),
      column.accessor((row) => row.releasedOn ?? '', {
        id: 'status',
        header: t('cctv.log.status'),
        cell: (info) =>
          info.row.original.releasedOn ? (
            <Text size="sm">
              {t('cctv.holds.releasedOn')} {info.row.original.releasedOn}
              {info.row.original.releaseNote ? ` · ${info.row.original.releaseNote}` : ''}
            </Text>
          ) : (
            <Badge color="violet" variant="light">
              {t('cctv.holds.active')}
            </Badge>
          ),
      }),
      column.display({
        id: 'actions',
        header: t('common.actions'),
        cell: (info) => (
          <RowMenu
            name={`${info.row.original.from} ~ ${info.row.original.until}`}
            actions={[
              canRelease &&
                info.row.original.releasedOn === null && {
                  label: t('cctv.holds.release'),
                  onClick: () =>
                    release.mutate(
                      { id: info.row.original.id, note: '' },
                      {
                        onSuccess: () => notifications.show({ color: 'teal', message: t('cctv.holds.released') }),
                        onError: (error) => notifications.show({ color: 'red', message: error.message }),
                      },
                    ),
                },
            ]}
          />
        ),
      }),
    ];
  }, [t, canRelease, release]);

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={820}>
          {t('cctv.holds.lead')}
        </Text>
        {canHold ? (
          <Button leftSection={<IconLock size={18} />} onClick={() => setAdding(true)}>
            {t('cctv.holds.add')}
          </Button>
        ) : null}
      </Group>
      {holds.isError ? <ErrorAlert error={holds.error} /> : null}
      <DataTable label={t('cctv.holds.title')} data={holds.data ?? []} columns={columns} getRowId={(row) => String(row.id)} />
      {adding ? <HoldModal cameras={cameras.data ?? []} onClose={() => setAdding(false)} /> : null}
    </Stack>
  );
}
