import { Checkbox, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { cameraInput, type CameraView, type RecorderView } from '../../shared/cctv/contract.ts';
import { FormModal } from '../components/FormModal.tsx';
import { validateWith } from '../components/forms.ts';

interface Values {
  recorderId: number;
  number: string;
  location: string;
  shootingRange: string;
  operatingRoom: boolean;
}

export function CameraModal({
  camera,
  recorders,
  onClose,
}: {
  camera: CameraView | null;
  recorders: readonly RecorderView[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initialValues: camera
      ? {
          recorderId: camera.recorderId,
          number: camera.number,
          location: camera.location,
          shootingRange: camera.shootingRange,
          operatingRoom: camera.operatingRoom,
        }
      : { recorderId: recorders[0]?.id ?? 0, number: '', location: '', shootingRange: '', operatingRoom: false },
    validate: validateWith(cameraInput),
  });
  return (
    <FormModal
      title={camera ? camera.number : t('cctv.cameras.add')}
      form={form}
      method="cctv.cameras.save"
      invalidates={['cctv.']}
      toInput={(values) => (camera ? { ...values, id: camera.id } : values)}
      saved={t('cctv.cameras.saved')}
      onClose={onClose}
    >
      <SimpleGrid cols={2}>
        <Select
          label={t('cctv.cameras.recorder')}
          withAsterisk
          allowDeselect={false}
          data={recorders.map((r) => ({ value: String(r.id), label: `${r.name} (${r.retentionLabel})` }))}
          value={String(form.getValues().recorderId)}
          onChange={(value) => form.setFieldValue('recorderId', Number(value))}
          error={form.errors['recorderId']}
          key={form.key('recorderId')}
        />
        <TextInput
          label={t('cctv.cameras.number')}
          placeholder={t('cctv.cameras.numberPlaceholder')}
          withAsterisk
          {...form.getInputProps('number')}
          key={form.key('number')}
        />
      </SimpleGrid>
      <TextInput label={t('cctv.cameras.location')} withAsterisk {...form.getInputProps('location')} key={form.key('location')} />
      <TextInput
        label={t('cctv.cameras.shootingRange')}
        withAsterisk
        {...form.getInputProps('shootingRange')}
        key={form.key('shootingRange')}
      />
      <Checkbox
        label={t('cctv.cameras.operatingRoom')}
        {...form.getInputProps('operatingRoom', { type: 'checkbox' })}
        key={form.key('operatingRoom')}
      />
    </FormModal>
  );
}
