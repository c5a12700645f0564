import { TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerEntryView } from '../../shared/ledger/contract.ts';
import { ApiCallError, call } from '../api/client.ts';
import { PasswordConfirmModal } from '../components/PasswordConfirmModal.tsx';

/** A correction is signed like an approval: reason, what is corrected, and the officer's password. */
export function CorrectionModal({ entry, onClose, onDone }: { entry: LedgerEntryView | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [correction, setCorrection] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const close = () => {
    setReason('');
    setCorrection('');
    setErrors({});
    onClose();
  };
  return (
    <PasswordConfirmModal
      opened={entry !== null}
      title={t('ledger.correctTitle', { serial: entry?.serial ?? '' })}
      lead={t('ledger.correctLead')}
      confirmLabel={t('ledger.correct')}
      onClose={close}
      onConfirm={async (password) => {
        try {
          await call('ledger.correct', { serial: entry?.serial ?? '', reason, correction, password });
        } catch (error) {
          setErrors(error instanceof ApiCallError ? (error.body.fields ?? {}) : {});
          throw error;
        }
        setErrors({});
        onDone();
        notifications.show({ color: 'teal', message: t('ledger.correctedDone') });
      }}
    >
      <TextInput
        label={t('ledger.correctReason')}
        withAsterisk
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={errors.reason}
      />
      <TextInput
        label={t('ledger.correctText')}
        withAsterisk
        value={correction}
        onChange={(e) => setCorrection(e.currentTarget.value)}
        error={errors.correction}
      />
    </PasswordConfirmModal>
  );
}
