import { Button, Group, Modal, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/domains.ts';
import { useApiMutation } from '../api/hooks.ts';
import { confirmDiscard } from './discard.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { showServerFieldErrors } from './forms.ts';

/**
 * A dialog with one form that saves through one method: validated on the client with the
 * contract's schema, errors of the main process put under their fields, a Korean notice when
 * saved, and no silent loss of what was typed (closing with unsaved input asks first).
 */
export function FormModal<V, M extends MethodName>({
  title,
  size = 'lg',
  form,
  method,
  invalidates,
  toInput,
  saved,
  submitLabel,
  onClose,
  onSaved,
  children,
}: {
  title: ReactNode;
  size?: string;
  form: UseFormReturnType<V>;
  method: M;
  invalidates: readonly string[];
  /** The payload for the method; `null` when the form itself found something to fix. */
  toInput: (values: V) => MethodInput<M> | null;
  /** The notice once saved (it may name what was saved). */
  saved: string | ((result: MethodOutput<M>) => string);
  submitLabel?: string;
  onClose: () => void;
  onSaved?: (result: MethodOutput<M>) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const mutation = useApiMutation(method, invalidates);
  const submit = form.onSubmit((values) => {
    const input = toInput(values);
    if (input === null) return;
    mutation.mutate(input, {
      onSuccess: (result) => {
        notifications.show({ color: 'teal', message: typeof saved === 'string' ? saved : saved(result) });
        onSaved?.(result);
        onClose();
      },
      onError: (error) => showServerFieldErrors(error, form.setErrors),
    });
  });

  return (
    <Modal opened onClose={() => confirmDiscard(form.isDirty()) && onClose()} title={title} size={size} centered>
      <form noValidate onSubmit={submit}>
        <Stack>
          {children}
          {mutation.isError && !mutation.error.body.fields ? <ErrorAlert error={mutation.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {submitLabel ?? t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
