import { Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { accountsApi } from '../../shared/accounts/contract.ts';
import { useApiMutation } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { validateWith } from '../components/forms.ts';
import { useSetSession } from '../session/SessionContext.tsx';

export function SignInPage({ clinicName }: { clinicName: string | null }) {
  const { t } = useTranslation();
  const setSession = useSetSession();
  // Signed in, the app's status says more about the file (whether it is a demo): ask again.
  const signIn = useApiMutation('auth.signIn');
  const form = useForm({ initialValues: { login: '', password: '' }, validate: validateWith(accountsApi['auth.signIn'].input) });

  return (
    <Center h="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={420}>
        <form
          noValidate
          onSubmit={form.onSubmit((values) =>
            signIn.mutate(values, {
              onSuccess: setSession,
              onError: () => form.setFieldValue('password', ''),
            }),
          )}
        >
          <Stack>
            <Stack gap={2}>
              <Text size="sm" c="dimmed">
                {t('app.name')} · {t('app.subtitle')}
              </Text>
              <Title order={2}>{clinicName ?? t('app.name')}</Title>
            </Stack>
            <Text size="sm">{t('accounts.auth.signInLead')}</Text>
            <TextInput
              label={t('accounts.auth.login')}
              autoComplete="username"
              data-autofocus
              {...form.getInputProps('login')}
              key={form.key('login')}
            />
            <PasswordInput
              label={t('accounts.auth.password')}
              autoComplete="current-password"
              {...form.getInputProps('password')}
              key={form.key('password')}
            />
            {signIn.isError ? <ErrorAlert error={signIn.error} /> : null}
            <Button type="submit" loading={signIn.isPending} fullWidth>
              {t('accounts.auth.signIn')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
