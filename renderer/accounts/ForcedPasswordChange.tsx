import { Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../api/hooks.ts';
import { useSetSession } from '../session/SessionContext.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';

/** After a reset or account creation: the temporary password must go before any work. */
export function ForcedPasswordChange() {
  const { t } = useTranslation();
  const setSession = useSetSession();
  const signOut = useApiMutation('auth.signOut');
  return (
    <Center h="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={480}>
        <Stack>
          <Title order={3}>{t('accounts.auth.mustChangeTitle')}</Title>
          <Text size="sm">{t('accounts.auth.mustChangeLead')}</Text>
          <ChangePasswordForm />
          <Button variant="subtle" onClick={() => signOut.mutate({}, { onSuccess: setSession })}>
            {t('accounts.auth.signOut')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
