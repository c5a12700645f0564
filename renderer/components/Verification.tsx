import { Alert, Button, Group, List } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call, type ApiCallError } from '../api/client.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { TaskProgress } from './TaskProgress.tsx';

export interface VerificationOutcome {
  ok: boolean;
  message: string;
  /** What the check could not prove, or what is left to seal: said under the sentence. */
  notes?: string[];
}

/**
 * A chain check started from a page's header: its progress (with 취소: a million access-log
 * entries take a while), its outcome in one sentence, green or red, with what it could not prove
 * beneath, and any failure of the call itself. `start` runs it with the page's input (the ledger's
 * outside anchors); `button` starts it with none.
 */
export function useVerification<R, I = void>(
  label: string,
  run: (input: I) => Promise<R>,
  describe: (result: R) => VerificationOutcome,
): { button: ReactNode; status: ReactNode; start: (input: I) => void; running: boolean } {
  const { t } = useTranslation();
  const verify = useMutation<R, ApiCallError, I>({ mutationFn: run });
  const [outcome, setOutcome] = useState<VerificationOutcome | null>(null);
  const start = (input: I) => {
    setOutcome(null);
    verify.mutate(input, { onSuccess: (result) => setOutcome(describe(result)) });
  };
  const button = (
    <Button variant="light" leftSection={<IconShieldCheck size={18} />} loading={verify.isPending} onClick={() => start(undefined as I)}>
      {label}
    </Button>
  );
  const status = (
    <>
      {verify.isPending ? (
        <Group align="flex-end" wrap="nowrap">
          <div style={{ flex: 1 }}>
            <TaskProgress task="verify" running />
          </div>
          <Button variant="default" size="xs" onClick={() => void call('app.cancelTask', { task: 'verify' })}>
            {t('common.cancel')}
          </Button>
        </Group>
      ) : null}
      {outcome ? (
        <Alert color={outcome.ok ? 'teal' : 'red'} withCloseButton onClose={() => setOutcome(null)} role="status">
          {outcome.message}
          {outcome.notes && outcome.notes.length > 0 ? (
            <List size="sm" mt="xs">
              {outcome.notes.map((note) => (
                <List.Item key={note}>{note}</List.Item>
              ))}
            </List>
          ) : null}
        </Alert>
      ) : null}
      {verify.isError ? <ErrorAlert error={verify.error} /> : null}
    </>
  );
  return { button, status, start, running: verify.isPending };
}
