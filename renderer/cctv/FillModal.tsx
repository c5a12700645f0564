import { Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { fillInput, type LogMonth } from '../../shared/cctv/contract.ts';
import { CONFIRMATION_METHODS, type ConfirmationMethod } from '../../shared/cctv/rules.ts';
import { daysOfMonth } from '../../shared/cctv/footage.ts';
import { DateField } from '../components/DateField.tsx';
import { FormModal } from '../components/FormModal.tsx';
import { validateWith } from '../components/forms.ts';

interface Values {
  recorderId: number;
  from: string;
  until: string;
  confirmedOn: string;
  method: ConfirmationMethod;
  oldestHeld: string;
  note: string;
}

/** Confirms a range of recording days as gone, by hand (자동 덮어쓰기 확인 · 수동 삭제 · 장비 조회). */
export function FillModal({
  recorder,
  month,
  today,
  onClose,
}: {
  recorder: LogMonth['recorder'];
  month: string;
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const days = daysOfMonth(month);
  const last = days.at(-1) ?? today;
  const form = useForm<Values>({
    initialValues: {
      recorderId: recorder.id,
      from: days[0] ?? today,
      until: last < today ? last : today,
      confirmedOn: today,
      method: 'overwrite',
      oldestHeld: '',
      note: '',
    },
    validate: (values) => validateWith(fillInput)(toInput(values)),
  });
  return (
    <FormModal
      title={t('cctv.log.fillTitle', { name: recorder.name })}
      form={form}
      method="cctv.log.fill"
      invalidates={['cctv.', 'home.']}
      toInput={toInput}
      saved={(result) => t('cctv.log.filled', result)}
      onClose={onClose}
    >
      <Text size="sm">{t('cctv.log.fillLead')}</Text>
      <SimpleGrid cols={2}>
        <DateField label={t('cctv.log.from')} withAsterisk {...form.getInputProps('from')} key={form.key('from')} />
        <DateField label={t('cctv.log.until')} withAsterisk {...form.getInputProps('until')} key={form.key('until')} />
        <DateField label={t('cctv.log.confirmedOn')} withAsterisk {...form.getInputProps('confirmedOn')} key={form.key('confirmedOn')} />
        <Select
          label={t('cctv.log.method')}
          withAsterisk
          allowDeselect={false}
          data={CONFIRMATION_METHODS.map((m) => ({ value: m, label: t(`cctv.log.methods.${m}`) }))}
          {...form.getInputProps('method')}
          key={form.key('method')}
        />
        <DateField label={t('cctv.log.oldestHeld')} {...form.getInputProps('oldestHeld')} key={form.key('oldestHeld')} />
        <TextInput label={t('cctv.log.note')} {...form.getInputProps('note')} key={form.key('note')} />
      </SimpleGrid>
    </FormModal>
  );
}

function toInput(values: Values) {
  const { oldestHeld, ...rest } = values;
  return {
    ...rest,
    from: rest.from ?? '',
    until: rest.until ?? '',
    confirmedOn: rest.confirmedOn ?? '',
    ...(oldestHeld ? { oldestHeld } : {}),
  };
}
