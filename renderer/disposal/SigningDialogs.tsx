import { Button, Group, Modal, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisposalView } from '../../shared/disposal/contract.ts';
import { ApiCallError, call } from '../api/client.ts';
import { daysBetween, isIsoDate, seoulDate } from '../../shared/dates/calendar.ts';
import { useApiMutation } from '../api/hooks.ts';
import { DateField } from '../components/DateField.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PasswordConfirmModal } from '../components/PasswordConfirmModal.tsx';
import { useSession } from '../session/SessionContext.tsx';
import { useQueryClient } from '@tanstack/react-query';
import { useRequestName } from './RequestCard.tsx';

/** What the 파기일 chosen means before signing: late (a reason is needed) or before the request. */
function performTiming(request: DisposalView | undefined, performedOn: string | null) {
  const deadline = (request?.items ?? []).flatMap((item) => (item.destroyBy ? [item.destroyBy] : [])).sort()[0] ?? null;
  const requestedOn = request ? seoulDate(new Date(request.requestedAt)) : '';
  const date = performedOn && isIsoDate(performedOn) ? performedOn : null;
  const late = Boolean(date && deadline && date > deadline);
  return {
    deadline,
    late,
    daysLate: late && date && deadline ? daysBetween(deadline, date) : 0,
    beforeRequest: Boolean(date && date < requestedOn),
    requestedOn,
  };
}

export type Signing = { kind: 'perform' | 'approve' | 'cancel'; request: DisposalView } | null;

export function SigningDialogs({ signing, onClose }: { signing: Signing; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const client = useQueryClient();
  const [performedOn, setPerformedOn] = useState<string | null>(session.today);
  const [delayReason, setDelayReason] = useState('');
  const [performErrors, setPerformErrors] = useState<Record<string, string>>({});
  const [cancelReason, setCancelReason] = useState('');
  const cancel = useApiMutation('disposal.cancel', ['disposal.', 'register.']);
  const refresh = () =>
    client.invalidateQueries({ predicate: (q) => ['disposal.', 'register.', 'ledger.'].some((p) => String(q.queryKey[0]).startsWith(p)) });
  const request = signing?.request;
  const timing = performTiming(request, performedOn);
  const name = useRequestName(request);
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
        title={t('disposal.performTitle', { name })}
        lead={t('disposal.performLead')}
        confirmLabel={t('disposal.perform')}
        onClose={() => {
          setPerformErrors({});
          setDelayReason('');
          onClose();
        }}
        onConfirm={async (password) => {
          if (!request) return;
          try {
            await call('disposal.perform', {
              requestId: request.id,
              performedOn: performedOn ?? '',
              ...(timing.late ? { delayReason } : {}),
              password,
            });
          } catch (error) {
            setPerformErrors(error instanceof ApiCallError ? (error.body.fields ?? {}) : {});
            throw error;
          }
          setPerformErrors({});
          setDelayReason('');
          await refresh();
          notifications.show({ color: 'teal', message: t('disposal.performed') });
        }}
      >
        {summary}
        <DateField
          label={t('disposal.performedOn')}
          value={performedOn}
          onChange={setPerformedOn}
          error={performErrors.performedOn}
          description={timing.beforeRequest ? t('disposal.beforeRequest', { requested: timing.requestedOn }) : undefined}
          withAsterisk
        />
        {timing.late ? (
          <Textarea
            label={t('disposal.delayReason')}
            description={t('disposal.delayLead', { deadline: timing.deadline ?? '', days: timing.daysLate })}
            withAsterisk
            autosize
            minRows={2}
            value={delayReason}
            onChange={(event) => setDelayReason(event.currentTarget.value)}
            error={performErrors.delayReason}
          />
        ) : null}
        {performErrors.attachments ? (
          <Text c="red" size="sm" role="alert">
            {performErrors.attachments}
          </Text>
        ) : null}
      </PasswordConfirmModal>
      <PasswordConfirmModal
        opened={signing?.kind === 'approve'}
        title={t('disposal.approveTitle', { name })}
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
      <Modal opened={signing?.kind === 'cancel'} onClose={onClose} title={t('disposal.cancelTitle', { name })} centered>
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
