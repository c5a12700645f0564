import { FileInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConfirmationView } from '../../shared/reservations/contract.ts';
import { ApiCallError, call } from '../api/client.ts';
import { DateField } from '../components/DateField.tsx';
import { readAsBase64 } from '../components/files.ts';
import { PasswordConfirmModal } from '../components/PasswordConfirmModal.tsx';
import { useSession } from '../session/SessionContext.tsx';

/** A processor's confirmation step: asked on a day, or confirmed on a day with its letter; signed with the password. */
export function ConfirmationModal({
  requestId,
  processor,
  step,
  onClose,
}: {
  requestId: number;
  processor: ConfirmationView;
  step: 'requested' | 'confirmed';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { today } = useSession();
  const client = useQueryClient();
  const [on, setOn] = useState<string | null>(today);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  return (
    <PasswordConfirmModal
      opened
      title={t('reservations.disposals.stepTitle', { name: processor.name })}
      lead={step === 'requested' ? t('reservations.disposals.request') : t('reservations.disposals.confirm')}
      confirmLabel={step === 'requested' ? t('reservations.disposals.request') : t('reservations.disposals.confirm')}
      onClose={onClose}
      onConfirm={async (password) => {
        setErrors({});
        const evidence = file
          ? { kind: 'processor_confirmation' as const, fileName: file.name, mime: file.type, dataBase64: await readAsBase64(file) }
          : null;
        try {
          await call('reservations.recordConfirmation', {
            requestId,
            processorId: processor.processorId,
            step,
            on: on ?? '',
            evidence,
            password,
          });
        } catch (error) {
          if (error instanceof ApiCallError && error.body.fields) setErrors(error.body.fields);
          throw error;
        }
        await client.invalidateQueries({
          predicate: (q) => String(q.queryKey[0]).startsWith('reservations.') || String(q.queryKey[0]).startsWith('home.'),
        });
        notifications.show({ color: 'teal', message: t('reservations.disposals.recorded') });
      }}
    >
      <DateField label={t('reservations.disposals.on')} value={on} onChange={setOn} error={errors.on} />
      {step === 'confirmed' ? (
        <FileInput
          label={t('reservations.disposals.evidenceFile')}
          accept="application/pdf,image/png,image/jpeg"
          value={file}
          onChange={setFile}
          error={errors.evidence ?? errors['attachments.0']}
          clearable
        />
      ) : null}
    </PasswordConfirmModal>
  );
}
