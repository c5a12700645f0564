import { Alert, Button, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconVideo, IconWifi } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CameraView, RecorderView } from '../../shared/cctv/contract.ts';
import { formatDateWithWeekday } from '../../shared/dates/calendar.ts';
import { useApiMutation, useApiQuery } from '../api/hooks.ts';
import { DataTable } from '../components/DataTable.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { RowMenu } from '../components/RowMenu.tsx';
import { useLocale } from '../i18n.ts';
import { useCan } from '../session/useCan.ts';
import { CameraModal } from './CameraModal.tsx';
import { OnvifModal } from './OnvifModal.tsx';
import { ReadBadge } from './ReadBadge.tsx';
import { RecorderModal } from './RecorderModal.tsx';

type Dialog =
  | { kind: 'recorder'; recorder: RecorderView | null }
  | { kind: 'onvif'; recorder: RecorderView }
  | { kind: 'camera'; camera: CameraView | null }
  | null;

export function RecordersTab() {
  const { t } = useTranslation();
  const locale = useLocale();
  const canEdit = useCan('cctv.recorders.save');
  const canRead = useCan('cctv.onvif.read');
  const recorders = useApiQuery('cctv.recorders.list', {});
  const cameras = useApiQuery('cctv.cameras.list', {});
  const retire = useApiMutation('cctv.recorders.retire', ['cctv.']);
  const retireCamera = useApiMutation('cctv.cameras.retire', ['cctv.']);
  const read = useApiMutation('cctv.onvif.read', ['cctv.']);
  const [dialog, setDialog] = useState<Dialog>(null);

  const columns = useMemo(() => {
    const column = createColumnHelper<RecorderView>();
    return [
      column.accessor('name', { header: t('cctv.name') }),
      column.accessor('location', { header: t('cctv.location') }),
      column.accessor((row) => `${row.cameras}/${row.cameraCount}`, {
        id: 'cameras',
        header: t('cctv.cameraCount'),
      }),
      column.accessor((row) => `${t(`cctv.${row.recordingMode}`)} · ${row.recordingHours}`, {
        id: 'mode',
        header: t('cctv.recordingMode'),
      }),
      column.accessor('storagePlace', { header: t('cctv.storagePlace') }),
      column.accessor('retentionLabel', {
        header: t('cctv.retention'),
        cell: (info) => (
          <Tooltip
            label={`${t('cctv.deleteThrough', { date: formatDateWithWeekday(info.row.original.window.deleteThrough, locale) })} ${t('cctv.basis')}: ${info.row.original.retentionBasis}`}
            multiline
            w={320}
          >
            <span>{info.getValue()}</span>
          </Tooltip>
        ),
      }),
      column.accessor((row) => [row.manager?.name, ...row.accessUsers.map((u) => u.name)].filter(Boolean).join(', '), {
        id: 'people',
        header: `${t('cctv.manager')}·${t('cctv.accessUsers')}`,
      }),
      column.accessor((row) => row.processorName ?? t('cctv.entrustedNone'), { id: 'entrusted', header: t('cctv.entrusted') }),
      column.accessor((row) => row.lastRead?.outcome ?? '', {
        id: 'onvif',
        header: 'ONVIF',
        cell: (info) => {
          const row = info.row.original;
          if (!row.onvif)
            return (
              <Text size="xs" c="dimmed">
                {t('cctv.onvif.notSet')}
              </Text>
            );
          return (
            <Stack gap={4} align="flex-start">
              {row.lastRead ? <ReadBadge read={row.lastRead} /> : null}
              {canRead ? (
                <Button
                  size="compact-xs"
                  variant="light"
                  leftSection={<IconWifi size={14} />}
                  loading={read.isPending && read.variables.recorderId === row.id}
                  onClick={() =>
                    read.mutate(
                      { recorderId: row.id },
                      { onError: (error) => notifications.show({ color: 'red', message: error.message }) },
                    )
                  }
                >
                  {t('cctv.onvif.read')}
                </Button>
              ) : null}
            </Stack>
          );
        },
      }),
      column.display({
        id: 'actions',
        header: t('common.actions'),
        cell: (info) => (
          <RowMenu
            name={info.row.original.name}
            actions={[
              canEdit && { label: t('common.edit'), onClick: () => setDialog({ kind: 'recorder', recorder: info.row.original }) },
              canEdit && { label: t('cctv.onvif.configure'), onClick: () => setDialog({ kind: 'onvif', recorder: info.row.original }) },
              canEdit && {
                label: t('cctv.retire'),
                color: 'red',
                onClick: () =>
                  retire.mutate(
                    { id: info.row.original.id },
                    {
                      onSuccess: () => notifications.show({ color: 'teal', message: t('cctv.retired', { name: info.row.original.name }) }),
                    },
                  ),
              },
            ]}
          />
        ),
      }),
    ];
  }, [t, locale, canEdit, canRead, read, retire]);

  const cameraColumns = useMemo(() => {
    const column = createColumnHelper<CameraView>();
    return [
      column.accessor('number', { header: t('cctv.cameras.number') }),
      column.accessor('recorderName', { header: t('cctv.cameras.recorder') }),
      column.accessor('location', { header: t('cctv.cameras.location') }),
      column.accessor('shootingRange', { header: t('cctv.cameras.shootingRange') }),
      column.accessor((row) => (row.operatingRoom ? t('cctv.cameras.operatingRoomShort') : ''), {
        id: 'or',
        header: t('cctv.cameras.operatingRoomShort'),
      }),
      column.display({
        id: 'actions',
        header: t('common.actions'),
        cell: (info) => (
          <RowMenu
            name={info.row.original.number}
            actions={[
              canEdit && { label: t('common.edit'), onClick: () => setDialog({ kind: 'camera', camera: info.row.original }) },
              canEdit && {
                label: t('cctv.cameras.retire'),
                color: 'red',
                onClick: () =>
                  retireCamera.mutate(
                    { id: info.row.original.id },
                    {
                      onSuccess: () =>
                        notifications.show({ color: 'teal', message: t('cctv.cameras.retired', { name: info.row.original.number }) }),
                    },
                  ),
              },
            ]}
          />
        ),
      }),
    ];
  }, [t, canEdit, retireCamera]);

  const list = recorders.data ?? [];
  const cams = cameras.data ?? [];
  return (
    <Stack>
      <Group justify="flex-end">
        {canEdit ? (
          <Button leftSection={<IconPlus size={18} />} onClick={() => setDialog({ kind: 'recorder', recorder: null })}>
            {t('cctv.add')}
          </Button>
        ) : null}
      </Group>
      {recorders.isError ? <ErrorAlert error={recorders.error} /> : null}
      {read.isError ? <ErrorAlert error={read.error} /> : null}
      {recorders.isSuccess && list.length === 0 ? (
        <Alert color="gray" icon={<IconVideo size={18} />}>
          {t('cctv.empty')}
        </Alert>
      ) : null}
      <DataTable
        label={t('cctv.title')}
        data={list}
        columns={columns}
        getRowId={(row) => String(row.id)}
        footer={
          <Text size="xs" c="dimmed" mt={6}>
            {t('common.rows', { count: list.length })} ·{' '}
            {t('cctv.totalCameras', { count: list.reduce((sum, r) => sum + r.cameraCount, 0) })}
          </Text>
        }
      />
      <Group justify="space-between" mt="md">
        <Title order={4}>{t('cctv.cameras.title')}</Title>
        {canEdit && list.length > 0 ? (
          <Button variant="light" leftSection={<IconPlus size={18} />} onClick={() => setDialog({ kind: 'camera', camera: null })}>
            {t('cctv.cameras.add')}
          </Button>
        ) : null}
      </Group>
      <DataTable
        label={t('cctv.cameras.title')}
        data={cams}
        columns={cameraColumns}
        getRowId={(row) => String(row.id)}
        footer={
          <Text size="xs" c="dimmed" mt={6}>
            {t('cctv.cameras.count', { count: cams.length, or: cams.filter((c) => c.operatingRoom).length })}
          </Text>
        }
      />
      {dialog?.kind === 'recorder' ? <RecorderModal recorder={dialog.recorder} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'onvif' ? <OnvifModal recorder={dialog.recorder} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'camera' ? <CameraModal camera={dialog.camera} recorders={list} onClose={() => setDialog(null)} /> : null}
    </Stack>
  );
}
