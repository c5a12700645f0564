import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { MethodInput } from '../../shared/domains.ts';
import { useApiMutation } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';

type Scope = MethodInput<'reservations.requestDisposal'>['scope'];
type Reason = MethodInput<'reservations.requestDisposal'>['reason'];
const REASONS: Reason[] = ['purpose_achieved', 'subject_request', 'consent_withdrawn'];

/** 파기 요청 for a day's due records, a range or a selection; the two signatures follow under 파기 관리. */
export function DisposeModal({
  scope,
  count,
  reason: initial,
  onClose,
}: {
  scope: Scope;
  count: number;
  reason: Reason;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [reason, setReason] = useState<Reason>(initial);
  const [place, setPlace] = useState('');
  const request = useApiMutation('reservations.requestDisposal', ['reservations.', 'disposal.', 'register.', 'home.']);
  const submit = () =>
    request.mutate(
      { scope, reason, ...(place.trim() ? { place } : {}) },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('reservations.dispose.requested') });
          onClose();
          navigate('/disposal');
        },
      },
    );
  return (
    <Modal opened onClose={onClose} title={t('reservations.dispose.title')} centered size="lg">
      <Stack>
        {count > 0 ? <Text size="sm">{t('reservations.dispose.selected', { count: count.toLocaleString('ko-KR') })}</Text> : null}
        <Alert color="blue" variant="light">
          {t('reservations.dispose.lead')}
        </Alert>
        <Select
          label={t('reservations.dispose.reason')}
          data={REASONS.map((value) => ({ value, label: t(`reservations.dispose.reasons.${value}`) }))}
          value={reason}
          allowDeselect={false}
          onChange={(value) => value && setReason(value as Reason)}
        />
        <TextInput
          label={t('reservations.dispose.place')}
          placeholder={t('reservations.dispose.placeHint')}
          value={place}
          onChange={(e) => setPlace(e.currentTarget.value)}
        />
        {request.isError ? <ErrorAlert error={request.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={request.isPending} onClick={submit}>
            {t('reservations.dispose.title')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
