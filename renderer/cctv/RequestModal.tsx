import { MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { REQUEST_CATEGORIES, requestInput, type CameraView, type RequestCategory, type RequestView } from '../../shared/cctv/contract.ts';
import { DateField } from '../components/DateField.tsx';
import { FormModal } from '../components/FormModal.tsx';
import { validateWith } from '../components/forms.ts';

interface Values {
  category: RequestCategory;
  requesterName: string;
  requesterContact: string;
  relation: string;
  purpose: string;
  legalBasis: string;
  cameraIds: number[];
  rangeFrom: string;
  rangeUntil: string;
  receivedOn: string;
  correctionReason: string;
}

/** A request of a data subject, or a use or provision (e.g. to the police); a correction is a new row referring to the old. */
export function RequestModal({
  cameras,
  today,
  corrects,
  onClose,
}: {
  cameras: readonly CameraView[];
  today: string;
  corrects?: RequestView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initialValues: corrects
      ? {
          category: corrects.category,
          requesterName: corrects.requesterName ?? '',
          requesterContact: corrects.requesterContact ?? '',
          relation: corrects.relation ?? '',
          purpose: corrects.purpose,
          legalBasis: corrects.legalBasis,
          cameraIds: corrects.cameraIds,
          rangeFrom: corrects.rangeFrom,
          rangeUntil: corrects.rangeUntil,
          receivedOn: corrects.receivedOn,
          correctionReason: '',
        }
      : {
          category: 'viewing',
          requesterName: '',
          requesterContact: '',
          relation: '',
          purpose: '',
          legalBasis: '',
          cameraIds: [],
          rangeFrom: '',
          rangeUntil: '',
          receivedOn: today,
          correctionReason: '',
        },
    validate: (values) => validateWith(requestInput)(toInput(values, corrects)),
  });
  return (
    <FormModal
      title={corrects ? t('cctv.requests.correctTitle', { id: corrects.id }) : t('cctv.requests.add')}
      form={form}
      method="cctv.requests.save"
      invalidates={['cctv.', 'home.']}
      toInput={(values) => toInput(values, corrects)}
      saved={t('cctv.requests.saved')}
      onClose={onClose}
    >
      <SimpleGrid cols={2}>
        <Select
          label={t('cctv.requests.category')}
          withAsterisk
          allowDeselect={false}
          data={REQUEST_CATEGORIES.map((c) => ({ value: c, label: t(`cctv.requests.categories.${c}`) }))}
          {...form.getInputProps('category')}
          key={form.key('category')}
        />
        <DateField label={t('cctv.requests.receivedOn')} withAsterisk {...form.getInputProps('receivedOn')} key={form.key('receivedOn')} />
        <TextInput
          label={t('cctv.requests.requesterName')}
          withAsterisk
          {...form.getInputProps('requesterName')}
          key={form.key('requesterName')}
        />
        <TextInput
          label={t('cctv.requests.requesterContact')}
          {...form.getInputProps('requesterContact')}
          key={form.key('requesterContact')}
        />
        <TextInput label={t('cctv.requests.relation')} {...form.getInputProps('relation')} key={form.key('relation')} />
        <TextInput label={t('cctv.requests.purpose')} withAsterisk {...form.getInputProps('purpose')} key={form.key('purpose')} />
      </SimpleGrid>
      <TextInput
        label={t('cctv.requests.legalBasis')}
        placeholder={t('cctv.requests.legalBasisPlaceholder')}
        withAsterisk={form.getValues().category === 'provision' || form.getValues().category === 'use'}
        {...form.getInputProps('legalBasis')}
        key={form.key('legalBasis')}
      />
      <MultiSelect
        label={t('cctv.requests.cameras')}
        withAsterisk
        searchable
        data={cameras.map((c) => ({ value: String(c.id), label: `${c.recorderName} ${c.number} ${c.location}` }))}
        value={form.getValues().cameraIds.map(String)}
        onChange={(values) => form.setFieldValue('cameraIds', values.map(Number))}
        error={form.errors['cameraIds']}
        key={form.key('cameraIds')}
      />
      <SimpleGrid cols={2}>
        <TextInput
          label={t('cctv.requests.rangeFrom')}
          placeholder="YYYY-MM-DD HH:mm"
          withAsterisk
          {...form.getInputProps('rangeFrom')}
          key={form.key('rangeFrom')}
        />
        <TextInput
          label={t('cctv.requests.rangeUntil')}
          placeholder="YYYY-MM-DD HH:mm"
          withAsterisk
          {...form.getInputProps('rangeUntil')}
          key={form.key('rangeUntil')}
        />
      </SimpleGrid>
      {corrects ? (
        <TextInput
          label={t('cctv.requests.correctionReason')}
          withAsterisk
          {...form.getInputProps('correctionReason')}
          key={form.key('correctionReason')}
        />
      ) : null}
    </FormModal>
  );
}

function toInput(values: Values, corrects?: RequestView) {
  return { ...values, receivedOn: values.receivedOn ?? '', ...(corrects ? { correctsId: corrects.id } : { correctionReason: '' }) };
}
