import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../api/client.ts';
import { ErrorAlert } from './ErrorAlert.tsx';

/**
 * Asks for the signed-in person's password at the moment of signing (DESIGN.md: signing needs the
 * password again). `onConfirm` gets it and runs the call; a wrong password is shown under the field.
 */
export function PasswordConfirmModal({
  opened,
  title,
  lead,
  label,
  confirmLabel,
  color,
  passwordField = 'password',
  children,
  onClose,
  onConfirm,
}: {
  /** The payload field the password goes to; the main process names it in a wrong-password error. */
  passwordField?: string;
  opened: boolean;
  title: string;
  lead: string;
  label?: string;
  confirmLabel: string;
  color?: string;
  children?: ReactNode;
  onClose: () => void;
  onConfirm: (password: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setPassword('');
    setError(null);
    onClose();
  };

  const submit = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await onConfirm(password);
      setPassword('');
      onClose();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  const fieldError = error instanceof ApiCallError ? error.body.fields?.[passwordField] : undefined;

  return (
    <Modal opened={opened} onClose={close} title={title} centered size="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm">{lead}</Text>
          {children}
          <PasswordInput
            label={label ?? t('accounts.auth.password')}
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={fieldError}
            data-autofocus
            autoComplete="current-password"
          />
          {/* Errors of the caller's own fields are shown under those fields, not once more here. */}
          {error && !fieldError && !(error instanceof ApiCallError && error.body.fields) ? <ErrorAlert error={error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={color} loading={busy} disabled={password.length === 0}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
