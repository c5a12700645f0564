import { Button, CopyButton, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';

/** The 운영·관리 방침 section and each location's 안내판, written from the devices. */
export function PolicyTab() {
  const { t } = useTranslation();
  const text = useApiQuery('cctv.policy.text', {});
  if (text.isError) return <ErrorAlert error={text.error} />;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('cctv.policy.lead')}
      </Text>
      <Group justify="space-between">
        <Title order={4}>{t('cctv.policy.section')}</Title>
        <CopyButton value={text.data?.section ?? ''}>
          {({ copied, copy }) => (
            <Button size="xs" variant="light" onClick={copy}>
              {copied ? t('cctv.policy.copied') : t('cctv.policy.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Textarea
        aria-label={t('cctv.policy.section')}
        readOnly
        autosize
        minRows={12}
        value={text.data?.section ?? ''}
        styles={{ input: { fontSize: 13 } }}
      />
      <Title order={4}>{t('cctv.policy.signs')}</Title>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        {(text.data?.signs ?? []).map((sign) => (
          <Paper key={sign.location} withBorder p="sm" aria-label={sign.location}>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {sign.text}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
