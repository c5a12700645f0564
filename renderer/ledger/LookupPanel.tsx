import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LookupResult } from '../../shared/ledger/contract.ts';
import { useApiMutation } from '../api/hooks.ts';

const LOOKUP_KEYS = {
  ok: 'ledger.lookupOk',
  not_found: 'ledger.lookupNotFound',
  hash_mismatch: 'ledger.lookupHashMismatch',
  chain_failed: 'ledger.lookupChainFailed',
  unreadable: 'ledger.lookupUnreadable',
} as const;

/** A scanner types the QR code's text into the field; Enter checks it. */
export function LookupPanel() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const lookup = useApiMutation('ledger.lookup');
  const result: LookupResult | undefined = lookup.data;
  return (
    <Paper withBorder p="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          lookup.mutate({ code });
        }}
      >
        <Stack gap="xs">
          <Title order={4}>{t('ledger.lookupTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('ledger.lookupLead')}
          </Text>
          <Group align="flex-end">
            <TextInput
              label={t('ledger.lookupCode')}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              style={{ flex: 1 }}
              error={lookup.error?.body.fields?.code}
            />
            <Button type="submit" loading={lookup.isPending}>
              {t('ledger.lookup')}
            </Button>
          </Group>
          {result ? (
            <Alert color={result.status === 'ok' ? 'teal' : 'red'} role="status">
              {t(LOOKUP_KEYS[result.status], {
                serial: result.serial ?? '',
                reason: result.report && !result.report.ok ? result.report.reason : '',
              })}
            </Alert>
          ) : null}
        </Stack>
      </form>
    </Paper>
  );
}
