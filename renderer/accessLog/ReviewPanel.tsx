import { Badge, Button, Group, Paper, PasswordInput, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { accessLogApi } from '../../shared/accessLog/contract.ts';
import { formatInstant } from '../../shared/dates/calendar.ts';
import { useApiMutation, useApiQuery } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { showServerFieldErrors, validateWith } from '../components/forms.ts';
import { useLocale } from '../i18n.ts';

import { useCan } from '../session/useCan.ts';

export function ReviewPanel() {
  const { t } = useTranslation();
  const locale = useLocale();
  const canRecord = useCan('accessLog.recordReview');
  const status = useApiQuery('accessLog.reviews', {});
  const record = useApiMutation('accessLog.recordReview', ['accessLog.']);
  const form = useForm({
    initialValues: { through: '', remark: '', password: '' },
    validate: validateWith(accessLogApi['accessLog.recordReview'].input),
  });
  const due = status.data?.dueThrough;

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t('accessLog.reviewTitle')}</Title>
          {status.data ? (
            <Badge color={status.data.overdue ? 'red' : 'teal'} variant="light" size="lg">
              {status.data.overdue ? t('accessLog.reviewOverdue') : t('accessLog.reviewUpToDate')}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed">
          {t('accessLog.reviewLead')} {due ? t('accessLog.reviewDue', { month: due }) : ''}
        </Text>
        {canRecord ? (
          <form
            noValidate
            onSubmit={form.onSubmit((values) =>
              record.mutate(values, {
                onSuccess: (review) => {
                  notifications.show({ color: 'teal', message: t('accessLog.reviewRecorded', { month: review.reviewedThrough }) });
                  form.reset();
                },
                onError: (error) => showServerFieldErrors(error, form.setErrors),
              }),
            )}
          >
            <Group align="flex-start">
              <TextInput
                label={t('accessLog.reviewThrough')}
                placeholder={due ?? 'YYYY-MM'}
                w={160}
                {...form.getInputProps('through')}
                key={form.key('through')}
              />
              <Textarea
                label={t('accessLog.reviewRemark')}
                autosize
                minRows={1}
                style={{ flex: 1 }}
                {...form.getInputProps('remark')}
                key={form.key('remark')}
              />
              <PasswordInput
                label={t('accessLog.reviewPassword')}
                description={t('accessLog.reviewPasswordHint')}
                w={240}
                {...form.getInputProps('password')}
                key={form.key('password')}
              />
              <Button type="submit" mt={24} loading={record.isPending}>
                {t('accessLog.reviewRecord')}
              </Button>
            </Group>
          </form>
        ) : null}
        {record.isError && !record.error.body.fields ? <ErrorAlert error={record.error} /> : null}
        {status.data && status.data.reviews.length === 0 ? <Text size="sm">{t('accessLog.noReviews')}</Text> : null}
        {status.data?.reviews.map((review) => (
          <Text key={review.id} size="sm">
            <b>{review.reviewedThrough}</b> — {review.remark}{' '}
            <Text span c="dimmed" size="xs">
              ({t('accessLog.reviewBy', { name: review.reviewedBy.name, at: formatInstant(review.reviewedAt, locale) })})
            </Text>
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}
