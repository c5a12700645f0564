import { Checkbox, MultiSelect, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { holdInput, type CameraView } from '../../shared/cctv/contract.ts';
import { DateField } from '../components/DateField.tsx';
import { FormModal } from '../components/FormModal.tsx';
import { validateWith } from '../components/forms.ts';

interface Values {
  cameraIds: number[];
  from: string;
  until: string;
  reason: string;
  requester: string;
  reviewOn: string;
  merge: boolean;
}

export function HoldModal({ cameras, onClose }: { cameras: readonly CameraView[]; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initialValues: { cameraIds: [], from: '', until: '', reason: '', requester: '', reviewOn: '', merge: false },
    validate: validateWith(holdInput),
  });
  return (
    <FormModal
      title={t('cctv.holds.title')}
      form={form}
      method="cctv.holds.save"
      invalidates={['cctv.', 'home.']}
      toInput={(values) => ({ ...values, from: values.from ?? '', until: values.until ?? '', reviewOn: values.reviewOn ?? '' })}
      saved={t('cctv.holds.saved')}
      onClose={onClose}
    >
      <Text size="sm">{t('cctv.holds.lead')}</Text>
      <MultiSelect
        label={t('cctv.holds.cameras')}
        withAsterisk
        searchable
        data={cameras.map((c) => ({ value: String(c.id), label: `${c.recorderName} ${c.number} ${c.location}` }))}
        value={form.getValues().cameraIds.map(String)}
        onChange={(values) => form.setFieldValue('cameraIds', values.map(Number))}
        error={form.errors['cameraIds']}
        key={form.key('cameraIds')}
      />
      <SimpleGrid cols={3}>
        <DateField label={t('cctv.holds.from')} withAsterisk {...form.getInputProps('from')} key={form.key('from')} />
        <DateField label={t('cctv.holds.until')} withAsterisk {...form.getInputProps('until')} key={form.key('until')} />
        <DateField label={t('cctv.holds.reviewOn')} withAsterisk {...form.getInputProps('reviewOn')} key={form.key('reviewOn')} />
      </SimpleGrid>
      <TextInput label={t('cctv.holds.reason')} withAsterisk {...form.getInputProps('reason')} key={form.key('reason')} />
      <TextInput label={t('cctv.holds.requester')} withAsterisk {...form.getInputProps('requester')} key={form.key('requester')} />
      <Checkbox label={t('cctv.holds.merge')} {...form.getInputProps('merge', { type: 'checkbox' })} key={form.key('merge')} />
    </FormModal>
  );
}
