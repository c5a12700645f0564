import { Alert, Button, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconVideo } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CCTV_PRESET_IDS, RECORDING_MODES, recorderInput, type RecorderInput, type RecorderView } from '../../../shared/api/cctv.ts';
import { formatDateWithWeekday } from '../../../shared/dates/calendar.ts';
import { findPreset } from '../../../shared/periods/presets.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { RowMenu } from '../../components/RowMenu.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { validateWith } from '../../components/forms.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useSession } from '../../session/SessionContext.tsx';
import { useLocale } from '../../i18n.ts';

const EMPTY: RecorderInput = {
  name: '',
  location: '',
  cameraCount: 1,
  recordingMode: 'continuous',
  recordingHours: '24시간',
  storagePlace: '',
  retentionPresetId: 'cctv-30d',
};

export function CctvPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const session = useSession();
  const canEdit = session.user?.role === 'officer' || session.user?.role === 'facilities';
  const recorders = useApiQuery('cctv.recorders.list', {});
  const retire = useApiMutation('cctv.recorders.retire', ['cctv.']);
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
      column.display({
        id: 'actions',
        header: t('common.actions'),
        cell: (info) => (
          <RowMenu
            name={info.row.original.name}
            actions={[
              canEdit && { label: t('common.edit'), onClick: () => setEditing(info.row.original) },
              canEdit && {
                label: t('cctv.retire'),
                color: 'red',
                onClick: () =>
                  retire.mutate(
                    { id: info.row.original.id },
                    { onSuccess: (r) => notifications.show({ color: 'teal', message: t('cctv.retired', { name: r.name }) }) },
                  ),
              },
            ]}
          />
        ),
      }),
    ];
  }, [t, locale, canEdit, retire]);

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
      {retire.isError ? <ErrorAlert error={retire.error} /> : null}
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

function RecorderModal({ recorder, onClose }: { recorder: RecorderView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm<RecorderInput>({
    initialValues: recorder
      ? {
          name: recorder.name,
          location: recorder.location,
          cameraCount: recorder.cameraCount,
          recordingMode: recorder.recordingMode,
          recordingHours: recorder.recordingHours,
          storagePlace: recorder.storagePlace,
          retentionPresetId: recorder.retentionPresetId,
        }
      : EMPTY,
    validate: validateWith(recorderInput),
  });
  const preset = findPreset(form.getValues().retentionPresetId);

  return (
    <FormModal
      title={recorder ? recorder.name : t('cctv.add')}
      form={form}
      method="cctv.recorders.save"
      invalidates={['cctv.']}
      toInput={(values) => (recorder ? { ...values, id: recorder.id } : values)}
      saved={t('cctv.saved')}
      onClose={onClose}
    >
      <SimpleGrid cols={2}>
        <TextInput label={t('cctv.name')} placeholder="NVR-1" withAsterisk {...form.getInputProps('name')} key={form.key('name')} />
        <NumberInput
          label={t('cctv.cameraCount')}
          withAsterisk
          min={1}
          max={256}
          {...form.getInputProps('cameraCount')}
          key={form.key('cameraCount')}
        />
      </SimpleGrid>
      <TextInput
        label={t('cctv.location')}
        placeholder="1층 로비, 출입구, 복도"
        withAsterisk
        {...form.getInputProps('location')}
        key={form.key('location')}
      />
      <SimpleGrid cols={2}>
        <Select
          label={t('cctv.recordingMode')}
          withAsterisk
          allowDeselect={false}
          data={RECORDING_MODES.map((mode) => ({ value: mode, label: t(`cctv.${mode}`) }))}
          {...form.getInputProps('recordingMode')}
          key={form.key('recordingMode')}
        />
        <TextInput
          label={t('cctv.recordingHours')}
          placeholder="24시간"
          withAsterisk
          {...form.getInputProps('recordingHours')}
          key={form.key('recordingHours')}
        />
      </SimpleGrid>
      <TextInput
        label={t('cctv.storagePlace')}
        placeholder="행정실 녹화기"
        withAsterisk
        {...form.getInputProps('storagePlace')}
        key={form.key('storagePlace')}
      />
      <Select
        label={t('cctv.retention')}
        withAsterisk
        allowDeselect={false}
        data={CCTV_PRESET_IDS.map((id) => ({ value: id, label: findPreset(id)?.label ?? id }))}
        description={preset ? `${t('cctv.basis')}: ${preset.basis}` : undefined}
        {...form.getInputProps('retentionPresetId')}
        key={form.key('retentionPresetId')}
      />
    </FormModal>
  );
}
