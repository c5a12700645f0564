import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ledgerApi } from '../../shared/ledger/contract.ts';
import type { MethodInput } from '../../shared/domains.ts';

export type VerifyInput = MethodInput<'ledger.verify'>;

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * What an auditor brings from outside the file, before the ledger is verified: the QR texts of
 * certificates they hold, the clinic's seal, how recent the file must be (docs/ledger-format.md §10).
 * The fields are checked with the contract's own schema; a bad line is named by its number.
 */
export function VerifyDialog({
  opened,
  onClose,
  onStart,
}: {
  opened: boolean;
  onClose: () => void;
  onStart: (input: VerifyInput) => void;
}) {
  const { t } = useTranslation();
  const [qr, setQr] = useState('');
  const [fingerprints, setFingerprints] = useState('');
  const [notBefore, setNotBefore] = useState('');
  const [errors, setErrors] = useState<{ qr?: string; fingerprints?: string; notBefore?: string }>({});

  const submit = () => {
    const input: VerifyInput = {
      qr: lines(qr),
      fingerprints: lines(fingerprints),
      ...(notBefore.trim() ? { notBefore: notBefore.trim() } : {}),
    };
    const parsed = ledgerApi['ledger.verify'].input.safeParse(input);
    if (!parsed.success) {
      const found: typeof errors = {};
      for (const issue of parsed.error.issues) {
        const [field, index] = issue.path;
        const message = typeof index === 'number' ? t('ledger.anchors.line', { line: index + 1, message: issue.message }) : issue.message;
        if (field === 'qr' || field === 'fingerprints' || field === 'notBefore') found[field] ??= message;
      }
      setErrors(found);
      return;
    }
    setErrors({});
    onClose();
    onStart(input);
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('ledger.anchors.title')} size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          <Text size="sm">{t('ledger.anchors.lead')}</Text>
          <Textarea
            label={t('ledger.anchors.qr')}
            description={t('ledger.anchors.qrHint')}
            autosize
            minRows={2}
            value={qr}
            onChange={(event) => {
              setQr(event.currentTarget.value);
              setErrors(({ qr: _fixed, ...rest }) => rest);
            }}
            error={errors.qr}
          />
          <Textarea
            label={t('ledger.anchors.fingerprint')}
            description={t('ledger.anchors.fingerprintHint')}
            autosize
            minRows={1}
            value={fingerprints}
            onChange={(event) => {
              setFingerprints(event.currentTarget.value);
              setErrors(({ fingerprints: _fixed, ...rest }) => rest);
            }}
            error={errors.fingerprints}
          />
          <TextInput
            label={t('ledger.anchors.notBefore')}
            description={t('ledger.anchors.notBeforeHint')}
            value={notBefore}
            onChange={(event) => {
              setNotBefore(event.currentTarget.value);
              setErrors(({ notBefore: _fixed, ...rest }) => rest);
            }}
            error={errors.notBefore}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit">{t('ledger.anchors.start')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
