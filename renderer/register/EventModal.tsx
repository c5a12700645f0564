import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { registerApi, type FileView } from '../../shared/register/contract.ts';
import { FormModal } from '../components/FormModal.tsx';
import { DateField } from '../components/DateField.tsx';
import { validateWith } from '../components/forms.ts';
import { useSession } from '../session/SessionContext.tsx';

export function EventModal({ file, onClose }: { file: FileView; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const form = useForm({
    initialValues: { id: file.id, eventDate: file.eventDate ?? session.today },
    validate: validateWith(registerApi['register.recordEvent'].input),
  });
  return (
    <FormModal
      title={t('register.recordEventTitle', { name: file.name, start: file.policy.startLabel })}
      size="md"
      form={form}
      method="register.recordEvent"
      invalidates={['register.']}
      toInput={(values) => values}
      saved={t('register.eventRecorded')}
      onClose={onClose}
    >
      <DateField label={file.policy.startLabel} withAsterisk {...form.getInputProps('eventDate')} key={form.key('eventDate')} />
    </FormModal>
  );
}
