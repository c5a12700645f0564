import { PasswordInput, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { cctvApi, type RecorderView } from '../../shared/cctv/contract.ts';
import { FormModal } from '../components/FormModal.tsx';
import { validateWith } from '../components/forms.ts';

/** The recorder's ONVIF address and account; the password goes to the main process once and is never shown again. */
export function OnvifModal({ recorder, onClose }: { recorder: RecorderView; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: {
      recorderId: recorder.id,
      url: recorder.onvif?.url ?? 'http://192.168.0.10/onvif/device_service',
      user: recorder.onvif?.user ?? '',
      password: '',
    },
    validate: validateWith(cctvApi['cctv.onvif.configure'].input),
  });
  return (
    <FormModal
      title={t('cctv.onvif.configureTitle', { name: recorder.name })}
      form={form}
      method="cctv.onvif.configure"
      invalidates={['cctv.']}
      toInput={(values) => values}
      saved={t('cctv.onvif.saved')}
      onClose={onClose}
    >
      <Text size="sm">{t('cctv.onvif.lead')}</Text>
      <TextInput label={t('cctv.onvif.url')} withAsterisk {...form.getInputProps('url')} key={form.key('url')} />
      <TextInput label={t('cctv.onvif.user')} withAsterisk autoComplete="off" {...form.getInputProps('user')} key={form.key('user')} />
      <PasswordInput
        label={t('cctv.onvif.password')}
        withAsterisk
        autoComplete="new-password"
        {...form.getInputProps('password')}
        key={form.key('password')}
      />
    </FormModal>
  );
}
