import { Button, Group, Modal, Paper, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisposalView } from '../../shared/disposal/contract.ts';
import { call } from '../api/client.ts';
import { useApiMutation } from '../api/hooks.ts';
import { DateField } from '../components/DateField.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PasswordConfirmModal } from '../components/PasswordConfirmModal.tsx';
import { useSession } from '../session/SessionContext.tsx';
import { useQueryClient } from '@tanstack/react-query';

export type Signing = { kind: 'perform' | 'approve' | 'cancel'; request: DisposalView } | null;

export function SigningDialogs({ signing, onClose }: { signing: Signing; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const client = useQueryClient();
  const [performedOn, setPerformedOn] = useState<string | null>(session.today);
  const [cancelReason, setCancelReason] = useState('');
  const cancel = useApiMutation('disposal.cancel', ['disposal.', 'register.']);
  const refresh = () =>
    client.invalidateQueries({ predicate: (q) => ['disposal.', 'register.', 'ledger.'].some((p) => String(q.queryKey[0]).startsWith(p)) });
  const request = signing?.request;
  const summary = request ? (
    <Paper withBorder p="xs" bg="gray.0">
      {request.items.map((item) => (
        <Text key={item.fileId} size="sm">
          {item.name}: {t('common.records', { count: item.countDestroyed })}
        </Text>
      ))}
      <Text size="sm">
        {t(`disposal.methods.${request.method}`)} · {t(`disposal.reasons.${request.reason}`)} · {request.place}
      </Text>
    </Paper>
  ) : null;

  return (
    <>
      <PasswordConfirmModal
        opened={signing?.kind === 'perform'}
        title={t('disposal.performTitle', { id: request?.id ?? '' })}
        lead={t('disposal.performLead')}
        confirmLabel={t('disposal.perform')}
        onClose={onClose}
        onConfirm={async (password) => {
          if (!request) return;
          await call('disposal.perform', { requestId: request.id, performedOn: performedOn ?? '', password });
          await refresh();
          notifications.show({ color: 'teal', message: t('disposal.performed') });
        }}
      >
        {summary}
        <DateField label={t('disposal.performedOn')} value={performedOn} onChange={setPerformedOn} withAsterisk />
      </PasswordConfirmModal>
      <PasswordConfirmModal
        opened={signing?.kind === 'approve'}
        title={t('disposal.approveTitle', { id: request?.id ?? '' })}
        lead={t('disposal.approveLead')}
        confirmLabel={t('disposal.approve')}
        onClose={onClose}
        onConfirm={async (password) => {
          if (!request) return;
          const done = await call('disposal.approve', { requestId: request.id, password });
          await refresh();
          notifications.show({ color: 'teal', message: t('disposal.approved', { serial: done.serial ?? '' }) });
        }}
      >
        {summary}
        {request?.performedBy ? (
          <Text size="sm">
            {t('disposal.performedBy')}: {request.performedBy.name} ({request.performedBy.title}) · {request.performedOn}
          </Text>
        ) : null}
      </PasswordConfirmModal>
      <Modal opened={signing?.kind === 'cancel'} onClose={onClose} title={t('disposal.cancelTitle', { id: request?.id ?? '' })} centered>
        <Stack>
          <TextInput
            label={t('disposal.cancelReason')}
            value={cancelReason}
            onChange={(e) => setCancelReason(e.currentTarget.value)}
            error={cancel.error?.body.fields?.reason}
          />
          {cancel.isError && !cancel.error.body.fields ? <ErrorAlert error={cancel.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={cancel.isPending}
              onClick={() =>
                request &&
                cancel.mutate(
                  { requestId: request.id, reason: cancelReason },
                  {
                    onSuccess: () => {
                      notifications.show({ color: 'teal', message: t('disposal.cancelledDone') });
                      setCancelReason('');
                      onClose();
                    },
                  },
                )
              }
            >
              {t('disposal.cancel')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
