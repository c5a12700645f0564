import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupView } from '../../shared/backups/contract.ts';
import { ApiCallError, call } from '../api/client.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PasswordConfirmModal } from '../components/PasswordConfirmModal.tsx';

/**
 * Restoring a kept backup: the officer's password, then — when the main process says the restore
 * would bring back records destroyed since — that warning and a second, explicit yes.
 */
export function RestoreDialogs({ backup, onClose }: { backup: BackupView; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [pending, setPending] = useState<{ password: string; message: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // The password dialog closes itself after its step; when that step led to the warning, the warning stays.
  const asking = useRef(false);

  const restore = async (password: string, acceptDestroyed: boolean) => {
    const result = await call('backups.restore', { backupId: backup.id, password, acceptDestroyed });
    notifications.show({
      color: 'teal',
      autoClose: false,
      message: [
        t('backups.restore.done', { id: result.backupId, path: result.replacedPath ?? '' }),
        result.broughtBack.length > 0 ? t('backups.restore.redo', { serials: result.broughtBack.join(', ') }) : '',
      ].join(' '),
    });
    // Everything on screen came from the replaced file.
    await client.invalidateQueries();
    onClose();
  };

  return (
    <>
      <PasswordConfirmModal
        opened={pending === null}
        title={t('backups.restore.title')}
        lead={t('backups.restore.lead', { file: backup.fileName })}
        confirmLabel={t('backups.restore.confirm')}
        color="red"
        onClose={() => {
          if (!asking.current) onClose();
        }}
        onConfirm={async (password) => {
          try {
            await restore(password, false);
          } catch (cause) {
            const serials = cause instanceof ApiCallError ? cause.body.details?.destroyedSince : undefined;
            if (!Array.isArray(serials)) throw cause;
            asking.current = true;
            setPending({ password, message: cause instanceof Error ? cause.message : '' });
          }
        }}
      />
      <Modal opened={pending !== null} onClose={onClose} title={t('backups.restore.destroyedTitle')} centered>
        <Stack>
          <Alert color="red">
            <Text size="sm">{pending?.message}</Text>
          </Alert>
          {error ? <ErrorAlert error={error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('backups.restore.cancel')}
            </Button>
            <Button
              color="red"
              loading={busy}
              onClick={() => {
                if (!pending) return;
                setBusy(true);
                setError(null);
                restore(pending.password, true)
                  .catch(setError)
                  .finally(() => setBusy(false));
              }}
            >
              {t('backups.restore.destroyedConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
