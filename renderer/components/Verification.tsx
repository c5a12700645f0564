import { Alert, Button } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { ApiCallError } from '../api/client.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { TaskProgress } from './TaskProgress.tsx';

export interface VerificationOutcome {
  ok: boolean;
  message: string;
}

/**
 * A chain check started from a page's header: the button, and below the header its progress, its
 * outcome in one sentence (green or red) and any failure of the call itself.
 */
export function useVerification<R>(
  label: string,
  run: () => Promise<R>,
  describe: (result: R) => VerificationOutcome,
): { button: ReactNode; status: ReactNode } {
  const verify = useMutation<R, ApiCallError>({ mutationFn: run });
  const [outcome, setOutcome] = useState<VerificationOutcome | null>(null);
  const button = (
    <Button
      variant="light"
      leftSection={<IconShieldCheck size={18} />}
      loading={verify.isPending}
      onClick={() => verify.mutate(undefined, { onSuccess: (result) => setOutcome(describe(result)) })}
    >
      {label}
    </Button>
  );
  const status = (
    <>
      <TaskProgress task="verify" running={verify.isPending} />
      {outcome ? (
        <Alert color={outcome.ok ? 'teal' : 'red'} withCloseButton onClose={() => setOutcome(null)} role="status">
          {outcome.message}
        </Alert>
      ) : null}
      {verify.isError ? <ErrorAlert error={verify.error} /> : null}
    </>
  );
  return { button, status };
}
