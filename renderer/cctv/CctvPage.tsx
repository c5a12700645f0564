import { Alert, Button, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconVideo } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type RecorderView } from '../../shared/cctv/contract.ts';
import { formatDateWithWeekday } from '../../shared/dates/calendar.ts';
import { useApiQuery } from '../api/hooks.ts';
import { DataTable } from '../components/DataTable.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { useCan } from '../session/useCan.ts';
import { editRetireColumn } from '../components/EditRetireMenu.tsx';
import { RecorderModal } from './RecorderModal.tsx';
import { useLocale } from '../i18n.ts';

export function CctvPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const canEdit = useCan('cctv.recorders.save');
  const recorders = useApiQuery('cctv.recorders.list', {});
  const [editing, setEditing] = useState<RecorderView | 'new' | null>(null);

  const columns = useMemo(() => {
    const column = createColumnHelper<RecorderView>();
    return [
      column.accessor('name', { header: t('cctv.name') }),
      column.accessor('location', { header: t('cctv.location') }),
      column.accessor('cameraCount', { header: t('cctv.cameraCount') }),
      column.accessor((row) => `${t(`cctv.${row.recordingMode}`)} · ${row.recordingHours}`, {
        id: 'mode',
        header: t('cctv.recordingMode'),
      }),
      column.accessor('storagePlace', { header: t('cctv.storagePlace') }),
      column.accessor('retentionLabel', {
        header: t('cctv.retention'),
        cell: (info) => (
          <Tooltip label={`${t('cctv.basis')}: ${info.row.original.retentionBasis}`} multiline w={320}>
            <span>{info.getValue()}</span>
          </Tooltip>
        ),
      }),
      column.accessor((row) => row.window.deleteThrough, {
        id: 'deleteThrough',
        header: t('cctv.deleteThrough', { date: '' }).replace(/\s+$/, ''),
        cell: (info) => <Text size="sm">{t('cctv.deleteThrough', { date: formatDateWithWeekday(info.getValue(), locale) })}</Text>,
      }),
      editRetireColumn(column, t('common.actions'), {
        allowed: canEdit,
        onEdit: setEditing,
        retire: {
          method: 'cctv.recorders.retire',
          label: t('cctv.retire'),
          invalidates: ['cctv.'],
          done: (name) => t('cctv.retired', { name }),
        },
      }),
    ];
  }, [t, locale, canEdit]);

  const list = recorders.data ?? [];
  const cameras = list.reduce((sum, r) => sum + r.cameraCount, 0);

  return (
    <Stack>
      <PageHeader
        title={t('cctv.title')}
        description={t('cctv.description')}
        actions={
          canEdit ? (
            <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing('new')}>
              {t('cctv.add')}
            </Button>
          ) : null
        }
      />
      {recorders.isError ? <ErrorAlert error={recorders.error} /> : null}
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
            {t('common.rows', { count: list.length })} · {t('cctv.totalCameras', { count: cameras })}
          </Text>
        }
      />
      {editing ? <RecorderModal recorder={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </Stack>
  );
}
