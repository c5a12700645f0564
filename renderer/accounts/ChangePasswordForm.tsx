import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { changePasswordForm } from '../../shared/accounts/forms.ts';
import { useApiMutation } from '../api/hooks.ts';
import { NewPasswordFields } from './NewPasswordFields.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { showServerFieldErrors, validateWith } from '../components/forms.ts';
import { useSetSession } from '../session/SessionContext.tsx';

export function ChangePasswordForm({ onDone, onCancel }: { onDone?: () => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const setSession = useSetSession();
  const change = useApiMutation('auth.changePassword');
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: validateWith(changePasswordForm),
    validateInputOnBlur: ['newPassword', 'confirm'],
  });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(({ currentPassword, newPassword: chosen }) =>
        change.mutate(
          { currentPassword, newPassword: chosen },
          {
            onSuccess: (session) => {
              notifications.show({ color: 'teal', message: t('accounts.auth.passwordChanged') });
              setSession(session);
              form.reset();
              onDone?.();
            },
            onError: (error) => showServerFieldErrors(error, form.setErrors),
          },
        ),
      )}
    >
      <Stack>
        <PasswordInput
          label={t('accounts.auth.currentPassword')}
          autoComplete="current-password"
          {...form.getInputProps('currentPassword')}
          key={form.key('currentPassword')}
        />
        <NewPasswordFields
          form={form}
          field="newPassword"
          label={t('accounts.auth.newPassword')}
          description={t('accounts.auth.passwordRule')}
        />
        {change.isError && !change.error.body.fields ? <ErrorAlert error={change.error} /> : null}
        <Group justify="flex-end">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
          <Button type="submit" loading={change.isPending}>
            {t('accounts.auth.changePassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
