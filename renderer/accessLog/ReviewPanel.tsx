import { Badge, Button, Group, Paper, PasswordInput, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconFilter } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { accessLogApi } from '../../shared/accessLog/contract.ts';
import { formatInstant } from '../../shared/dates/calendar.ts';
import { useApiMutation, useApiQuery } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { showServerFieldErrors, validateWith } from '../components/forms.ts';
import { useLocale } from '../i18n.ts';
import { useCan } from '../session/useCan.ts';

/** The calendar days of a month `YYYY-MM`, for the log's filter. */
export function monthRange(month: string): { from: string; to: string } {
  const [year = 0, m = 1] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/**
 * 월간 점검, done from the log's own view: the month to review is shown (its entries one click
 * away, in the table below), then the remark and the record. Arriving from 오늘 할 일 (`focus`)
 * shows that month's entries and puts the cursor in the remark.
 */
export function ReviewPanel({ focus, onShowMonth }: { focus: boolean; onShowMonth: (month: string) => void }) {
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
  const panel = useRef<HTMLDivElement>(null);
  const remark = useRef<HTMLTextAreaElement>(null);
  const { setFieldValue } = form;
  const through = form.getValues().through;
  // The month to review is a value in the field (what will be recorded), not an example.
  useEffect(() => {
    if (due && through === '') setFieldValue('through', due);
  }, [due, through, setFieldValue]);
  useEffect(() => {
    if (!focus || !due) return;
    onShowMonth(due);
    panel.current?.scrollIntoView({ block: 'start' });
    remark.current?.focus();
  }, [focus, due, onShowMonth]);

  return (
    <Paper withBorder p="md" ref={panel} aria-label={t('accessLog.reviewTitle')} role="region">
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
                description="YYYY-MM"
                w={150}
                {...form.getInputProps('through')}
                key={form.key('through')}
              />
              <Button
                variant="default"
                mt={44}
                leftSection={<IconFilter size={16} />}
                disabled={!/^\d{4}-(0[1-9]|1[0-2])$/.test(through)}
                onClick={() => onShowMonth(through)}
              >
                {t('accessLog.reviewShowMonth', { month: through })}
              </Button>
              <Textarea
                label={t('accessLog.reviewRemark')}
                description={t('accessLog.reviewRemarkHint')}
                autosize
                minRows={1}
                style={{ flex: 1 }}
                ref={remark}
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
              <Button type="submit" mt={44} loading={record.isPending}>
                {t('accessLog.reviewRecord')}
              </Button>
            </Group>
          </form>
        ) : null}
        {record.isError && !record.error.body.fields ? <ErrorAlert error={record.error} /> : null}
        {status.data && status.data.reviews.length === 0 ? <Text size="sm">{t('accessLog.noReviews')}</Text> : null}
        {status.data?.reviews.slice(0, 3).map((review) => (
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
