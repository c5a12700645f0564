import { Alert, Button, Code, Container, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AppStatus, DatabaseProblem } from '../../shared/app/contract.ts';
import { formatInstant } from '../../shared/dates/calendar.ts';
import type { Locale } from '../../shared/locale.ts';
import { useLocale } from '../i18n.ts';
import { useApiMutation } from '../api/hooks.ts';

type Problem = Extract<AppStatus, { ready: false }>;

/** The recovery screen: shown instead of the app when the database cannot be used. */
export function DatabaseProblemPage({ status }: { status: Problem }) {
  const { t } = useTranslation();
  const retry = useApiMutation('app.retryOpen', ['app.']);
  const { problem } = status;
  const locale = useLocale();
  const message = problemMessage(problem, t, locale);
  const detail = problem.kind === 'corrupt' || problem.kind === 'unreadable' || problem.kind === 'keystore' ? problem.detail : null;

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
        {problem.kind !== 'corrupt' && problem.kind !== 'rolled-back' ? (
          <Button onClick={() => retry.mutate({})} loading={retry.isPending} w="fit-content">
            {t('common.retry')}
          </Button>
        ) : null}
      </Stack>
    </Container>
  );
}

function problemMessage(problem: DatabaseProblem, t: TFunction, locale: Locale): string {
  switch (problem.kind) {
    case 'corrupt':
      return t('app.problem.corrupt');
    case 'too-new':
      return t('app.problem.tooNew', { fileVersion: problem.fileVersion, appVersion: problem.appVersion });
    case 'locked':
      return t('app.problem.locked');
    case 'rolled-back':
      return t('app.problem.rolledBack', {
        writtenAt: formatInstant(problem.writtenAt, locale),
        chain: t(`app.problem.chains.${problem.chain}`),
        checkpointSeq: problem.checkpointSeq,
        fileSeq: problem.fileSeq,
      });
    case 'keystore':
      return t('app.problem.keystore');
    case 'unreadable':
      return t('app.problem.unreadable');
  }
}
