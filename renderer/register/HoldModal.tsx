import { Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { registerApi, type FileView } from '../../shared/register/contract.ts';
import { FormModal } from '../components/FormModal.tsx';
import { DateField } from '../components/DateField.tsx';
import { validateWith } from '../components/forms.ts';

export function HoldModal({ file, onClose }: { file: FileView; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm<{ id: number; reason: string; until: string | null }>({
    initialValues: { id: file.id, reason: '', until: null },
    validate: validateWith(registerApi['register.hold'].input),
  });
  return (
    <FormModal
      title={t('register.holdTitle', { name: file.name })}
      form={form}
      method="register.hold"
      invalidates={['register.']}
      toInput={(values) => values}
      saved={t('register.held')}
      submitLabel={t('register.hold')}
      onClose={onClose}
    >
      <Text size="sm">{t('register.holdLead')}</Text>
      <TextInput label={t('register.holdReason')} withAsterisk {...form.getInputProps('reason')} key={form.key('reason')} />
      <DateField label={t('register.holdUntil')} {...form.getInputProps('until')} key={form.key('until')} />
    </FormModal>
  );
}
