import { Alert, Button, Code, CopyButton, Group, List, Paper, ScrollArea, Stack, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCopy, IconPrinter, IconWorldUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { formatInstant } from '../../shared/dates/calendar.ts';
import { useApiMutation, useApiQuery } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useLocale } from '../i18n.ts';
import { useCan } from '../session/useCan.ts';

/** The generated policy sections, their published version and what changed since. */
export function PolicyPanel() {
  const { t } = useTranslation();
  const locale = useLocale();
  const canPublish = useCan('processors.publish');
  const [, navigate] = useLocation();
  const policy = useApiQuery('processors.policyText', {});
  const publish = useApiMutation('processors.publish', ['processors.', 'home.']);
  if (policy.isError) return <ErrorAlert error={policy.error} />;
  const view = policy.data;
  if (!view) return null;
  const changes = view.changes;
  const changed = changes !== null && changes.added.length + changes.removed.length + changes.changed.length > 0;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('processors.policy.lead')}
      </Text>
      <Paper withBorder p="sm" role="region" aria-label={t('processors.policy.status')}>
        <Stack gap="xs">
          <Text size="sm">
            {view.published
              ? t('processors.policy.lastPublished', {
                  on: formatInstant(view.published.publishedAt, locale),
                  by: view.published.publishedBy,
                  hash: view.published.sha256.slice(0, 16),
                })
              : t('processors.policy.neverPublished')}
          </Text>
          <Text size="xs" c="dimmed" ff="monospace">
            {t('processors.policy.currentHash', { hash: view.sha256 })}
          </Text>
          {changes !== null && !changed ? (
            <Alert color="teal" variant="light">
              {t('processors.policy.upToDate')}
            </Alert>
          ) : null}
          {changed ? (
            <Alert color="red" variant="light" title={t('processors.policy.changed')} role="alert">
              <List size="sm">
                {changes.added.map((name) => (
                  <List.Item key={`a-${name}`}>{t('processors.policy.added', { name })}</List.Item>
                ))}
                {changes.removed.map((name) => (
                  <List.Item key={`r-${name}`}>{t('processors.policy.removed', { name })}</List.Item>
                ))}
                {changes.changed.map((row) => (
                  <List.Item key={`c-${row.name}`}>
                    {t('processors.policy.changedRow', { name: row.name, fields: row.fields.join(', ') })}
                  </List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
          <Group>
            {canPublish ? (
              <Button
                leftSection={<IconWorldUpload size={18} />}
                loading={publish.isPending}
                disabled={view.published?.sha256 === view.sha256}
                onClick={() =>
                  publish.mutate(
                    { sha256: view.sha256 },
                    { onSuccess: () => notifications.show({ color: 'teal', message: t('processors.policy.published') }) },
                  )
                }
              >
                {t('processors.policy.publish')}
              </Button>
            ) : null}
            <Button variant="default" leftSection={<IconPrinter size={18} />} onClick={() => navigate('/print/processors-policy')}>
              {t('processors.policy.print')}
            </Button>
          </Group>
          {publish.isError ? <ErrorAlert error={publish.error} /> : null}
        </Stack>
      </Paper>
      <Tabs defaultValue="text">
        <Tabs.List>
          <Tabs.Tab value="text">{t('processors.policy.text')}</Tabs.Tab>
          <Tabs.Tab value="html">{t('processors.policy.html')}</Tabs.Tab>
        </Tabs.List>
        {(['text', 'html'] as const).map((kind) => (
          <Tabs.Panel key={kind} value={kind} pt="sm">
            <Stack gap="xs">
              <Group justify="flex-end">
                <CopyButton value={view[kind]}>
                  {({ copied, copy }) => (
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                      onClick={copy}
                    >
                      {copied ? t('processors.policy.copied') : t('processors.policy.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
              <ScrollArea.Autosize mah={560}>
                <Code
                  block
                  aria-label={t(kind === 'text' ? 'processors.policy.generatedText' : 'processors.policy.generatedHtml')}
                  style={{ whiteSpace: 'pre-wrap' }}
                >
                  {view[kind]}
                </Code>
              </ScrollArea.Autosize>
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
