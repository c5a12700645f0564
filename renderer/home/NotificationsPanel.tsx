import { Badge, Button, Group, Paper, ScrollArea, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { formatDateWithWeekday } from '../../shared/dates/calendar.ts';
import { useApiMutation, useApiQuery } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useLocale } from '../i18n.ts';
import { SEVERITY_COLORS } from './severity.ts';
import { sayKey } from './say.ts';

/**
 * The daily run's notifications for this person (what they can act on), unread first marked; opening one marks it read.
 * All of them, in a box that scrolls: a cut-off list would hide the one the badge counts.
 */
export function NotificationsPanel() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [, navigate] = useLocation();
  const list = useApiQuery('notifications.list', { unreadOnly: false });
  const mark = useApiMutation('notifications.markRead', ['notifications.']);
  const items = list.data ?? [];
  const unread = (list.data ?? []).filter((n) => !n.read);
  return (
    <Paper withBorder p="md" component="section" aria-label={t('daily.notifications.title')}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={4}>{t('daily.notifications.title')}</Title>
            {unread.length > 0 ? (
              <Badge color="red" circle aria-label={t('daily.notifications.unread')}>
                {unread.length}
              </Badge>
            ) : null}
          </Group>
          {unread.length > 0 ? (
            <Button size="xs" variant="subtle" loading={mark.isPending} onClick={() => mark.mutate({ ids: unread.map((n) => n.id) })}>
              {t('daily.notifications.markAllRead')}
            </Button>
          ) : null}
        </Group>
        {list.isError ? <ErrorAlert error={list.error} /> : null}
        {mark.isError ? <ErrorAlert error={mark.error} /> : null}
        {list.isSuccess && items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('daily.notifications.empty')}
          </Text>
        ) : null}
        <ScrollArea.Autosize mah={420} type="auto">
          <Stack gap={6} role="list" aria-label={t('daily.notifications.title')}>
            {items.map((item) => (
              <UnstyledButton
                key={item.id}
                role="listitem"
                onClick={() => {
                  if (!item.read) mark.mutate({ ids: [item.id] });
                  navigate(item.to);
                }}
              >
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Badge
                    color={item.read ? 'gray' : SEVERITY_COLORS[item.severity]}
                    variant={item.read ? 'outline' : 'filled'}
                    size="xs"
                    mt={3}
                  >
                    {item.read ? t(`home.severities.${item.severity}`) : t('daily.notifications.unread')}
                  </Badge>
                  <Stack gap={0}>
                    <Text size="sm" fw={item.read ? 400 : 600}>
                      {sayKey(t, item.message, { ...item.params, count: item.count.toLocaleString('ko-KR') })}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('daily.notifications.day', { day: formatDateWithWeekday(item.day, locale) })}
                    </Text>
                  </Stack>
                </Group>
              </UnstyledButton>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Stack>
    </Paper>
  );
}
