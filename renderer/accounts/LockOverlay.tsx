import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useSession, useSetSession } from '../session/SessionContext.tsx';

/**
 * Covers the window when the main process has locked the session. The pages underneath stay
 * mounted, so nothing typed before the lock is lost; unlocking refreshes their data.
 */
export function LockOverlay() {
  const { t } = useTranslation();
  const session = useSession();
  const setSession = useSetSession();
  const client = useQueryClient();
  const unlock = useApiMutation('auth.unlock');
  const signOut = useApiMutation('auth.signOut');
  const [password, setPassword] = useState('');

  return (
    <Modal
      opened
      onClose={() => {}}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      centered
      overlayProps={{ backgroundOpacity: 0.85, blur: 6 }}
      title={
        <Group gap="xs">
          <IconLock size={18} />
          <Text fw={700}>{t('accounts.auth.lockedTitle')}</Text>
        </Group>
      }
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          unlock.mutate(
            { password },
            {
              onSuccess: async (next) => {
                setPassword('');
                setSession(next);
                await client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'session.get' });
              },
              onError: () => setPassword(''),
            },
          );
        }}
      >
        <Stack>
          <Text size="sm">{t('accounts.auth.lockedLead', { minutes: session.idleLockMinutes })}</Text>
          <Text fw={600}>
            {session.user?.name} ({session.user?.login})
          </Text>
          <PasswordInput
            label={t('accounts.auth.password')}
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            autoComplete="current-password"
            data-autofocus
          />
          {unlock.isError ? <ErrorAlert error={unlock.error} /> : null}
          <Group justify="space-between">
            <Button variant="subtle" onClick={() => signOut.mutate({}, { onSuccess: setSession })}>
              {t('accounts.auth.otherAccount')}
            </Button>
            <Button type="submit" loading={unlock.isPending} disabled={password.length === 0}>
              {t('accounts.auth.unlock')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
