import { MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CCTV_PRESET_IDS, RECORDING_MODES, recorderInput, type RecorderInput, type RecorderView } from '../../shared/cctv/contract.ts';
import { findPreset } from '../../shared/periods/presets.ts';
import { FormModal } from '../components/FormModal.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { validateWith } from '../components/forms.ts';
import { useApiQuery } from '../api/hooks.ts';

const emptyRecorder = (hours: string): RecorderInput => ({
  name: '',
  location: '',
  cameraCount: 1,
  recordingMode: 'continuous',
  recordingHours: hours,
  storagePlace: '',
  retentionPresetId: 'cctv-30d',
  managerUserId: null,
  accessUserIds: [],
  processorId: null,
});

export function RecorderModal({ recorder, onClose }: { recorder: RecorderView | null; onClose: () => void }) {
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
          managerUserId: recorder.managerUserId,
          accessUserIds: recorder.accessUserIds,
          processorId: recorder.processorId,
        }
      : emptyRecorder(t('cctv.hoursDefault')),
    validate: validateWith(recorderInput),
  });
  const preset = findPreset(form.getValues().retentionPresetId);
  const staff = useApiQuery('cctv.staff.list', {});
  const processors = useApiQuery('cctv.processors.list', {});
  const people = (staff.data ?? []).map((s) => ({ value: String(s.id), label: `${s.name} (${s.title})` }));

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
        <TextInput
          label={t('cctv.name')}
          placeholder={t('cctv.namePlaceholder')}
          withAsterisk
          {...form.getInputProps('name')}
          key={form.key('name')}
        />
        <NumberField
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
        placeholder={t('cctv.locationPlaceholder')}
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
          placeholder={t('cctv.hoursPlaceholder')}
          withAsterisk
          {...form.getInputProps('recordingHours')}
          key={form.key('recordingHours')}
        />
      </SimpleGrid>
      <TextInput
        label={t('cctv.storagePlace')}
        placeholder={t('cctv.storagePlaceholder')}
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
      <SimpleGrid cols={2}>
        <Select
          label={t('cctv.manager')}
          clearable
          data={people}
          value={form.getValues().managerUserId ? String(form.getValues().managerUserId) : null}
          onChange={(value) => form.setFieldValue('managerUserId', value ? Number(value) : null)}
          error={form.errors['managerUserId']}
          key={form.key('managerUserId')}
        />
        <MultiSelect
          label={t('cctv.accessUsers')}
          data={people}
          value={(form.getValues().accessUserIds ?? []).map(String)}
          onChange={(values) => form.setFieldValue('accessUserIds', values.map(Number))}
          error={form.errors['accessUserIds']}
          key={form.key('accessUserIds')}
        />
      </SimpleGrid>
      <Select
        label={t('cctv.entrusted')}
        clearable
        placeholder={t('cctv.entrustedNone')}
        data={(processors.data ?? []).map((p) => ({ value: String(p.id), label: `${p.name} — ${p.work}` }))}
        value={form.getValues().processorId ? String(form.getValues().processorId) : null}
        onChange={(value) => form.setFieldValue('processorId', value ? Number(value) : null)}
        error={form.errors['processorId']}
        key={form.key('processorId')}
      />
    </FormModal>
  );
}
