import { Alert, Button, Code, Container, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../shared/app/contract.ts';
import { useApiMutation } from '../api/hooks.ts';

type Problem = Extract<AppStatus, { ready: false }>;

/** The recovery screen: shown instead of the app when the database cannot be used. */
export function DatabaseProblemPage({ status }: { status: Problem }) {
  const { t } = useTranslation();
  const retry = useApiMutation('app.retryOpen', ['app.']);
  const { problem } = status;
  const message =
    problem.kind === 'corrupt'
      ? t('app.problem.corrupt')
      : problem.kind === 'too-new'
        ? t('app.problem.tooNew', { fileVersion: problem.fileVersion, appVersion: problem.appVersion })
        : problem.kind === 'locked'
          ? t('app.problem.locked')
          : t('app.problem.unreadable');
  const detail = problem.kind === 'corrupt' || problem.kind === 'unreadable' ? problem.detail : null;

  return (
    <Container size="sm" py={80}>
      <Stack gap="lg">
        <Title order={2}>
          <IconDatabaseOff size={28} style={{ verticalAlign: 'middle', marginRight: 8 }} />
          {t('app.problem.title')}
        </Title>
        <Alert color="red" variant="light" role="alert">
          <Text>{message}</Text>
        </Alert>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('app.problem.file')}
          </Text>
          <Code block>{status.databasePath}</Code>
        </Stack>
        {detail ? (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('app.problem.detail')}
            </Text>
            <Code block>{detail}</Code>
          </Stack>
        ) : null}
        {problem.kind !== 'corrupt' ? (
          <Button onClick={() => retry.mutate({})} loading={retry.isPending} w="fit-content">
            {t('common.retry')}
          </Button>
        ) : null}
      </Stack>
    </Container>
  );
}
