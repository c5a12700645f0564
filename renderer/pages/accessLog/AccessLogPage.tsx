import { Alert, Badge, Button, Group, Paper, SegmentedControl, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPrinter, IconSearch, IconShieldCheck } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { ACCESS_KINDS, accessLogApi, type AccessKind, type AccessLogRow, type ChainReport } from '../../../shared/api/accessLog.ts';
import { KIND_LABELS, RESULT_LABELS, methodLabel } from '../../../shared/api/labels.ts';
import { formatInstant } from '../../../shared/dates/calendar.ts';
import { call } from '../../api/client.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { CsvExportButton } from '../../components/CsvExportButton.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { showServerFieldErrors, validateWith } from '../../components/forms.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { TaskProgress } from '../../components/TaskProgress.tsx';
import { usePageState } from '../../components/usePageState.ts';
import { useSession } from '../../session/SessionContext.tsx';
import { useLocale } from '../../i18n.ts';

const PAGE = 500;

/** Typed words reach the main process once typing pauses, not on every key. */
function SearchField({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(value);
  const [settled] = useDebouncedValue(typed, 300);
  useEffect(() => {
    if (settled !== value) onChange(settled.trim());
  }, [settled, value, onChange]);
  return (
    <TextInput
      label={t('common.search')}
      placeholder={t('accessLog.searchHint')}
      leftSection={<IconSearch size={16} />}
      value={typed}
      onChange={(event) => setTyped(event.currentTarget.value)}
      w={220}
    />
  );
}

interface Filter {
  text?: string;
  userId?: number;
  from?: string;
  to?: string;
  kind?: AccessKind;
  order: 'newest' | 'oldest';
}

export function AccessLogPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [filter, setFilter] = usePageState<Filter>('accessLog.filter', { order: 'newest' });
  const [, navigate] = useLocation();
  const [report, setReport] = useState<ChainReport | null>(null);
  const accounts = useApiQuery('users.list', {});

  const { order, ...criteria } = filter;
  const log = useInfiniteQuery({
    queryKey: ['accessLog.list', filter],
    initialPageParam: 0,
    queryFn: ({ pageParam }) => call('accessLog.list', { ...criteria, order, offset: pageParam, limit: PAGE }),
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.rows.length, 0);
      return loaded < last.total ? loaded : undefined;
    },
  });
  const rows = useMemo(() => log.data?.pages.flatMap((page) => page.rows) ?? [], [log.data]);
  const total = log.data?.pages[0]?.total ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = log;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const verify = useApiMutation('accessLog.verify');

  const columns = useMemo(() => {
    const column = createColumnHelper<AccessLogRow>();
    return [
      column.accessor('seq', { header: t('accessLog.seq') }),
      column.accessor('at', { header: t('accessLog.at'), cell: (info) => formatInstant(info.getValue(), locale, true) }),
      column.accessor((row) => (row.login ? `${row.login} (${row.userName ?? ''})` : '—'), {
        id: 'account',
        header: t('accessLog.account'),
      }),
      column.accessor((row) => KIND_LABELS[row.kind]?.[locale] ?? row.kind, { id: 'kind', header: t('accessLog.kind') }),
      column.accessor((row) => methodLabel(row.method, locale), { id: 'method', header: t('accessLog.method') }),
      column.accessor((row) => row.targets.join(' '), { id: 'targets', header: t('accessLog.targets') }),
      column.accessor('result', {
        header: t('accessLog.result'),
        cell: (info) => (
          <Badge variant="light" color={info.getValue() === 'ok' ? 'teal' : 'red'}>
            {RESULT_LABELS[info.getValue()]?.[locale] ?? info.getValue()}
          </Badge>
        ),
      }),
      column.accessor('terminal', { header: t('accessLog.terminal') }),
    ];
  }, [t, locale]);

  return (
    <Stack>
      <PageHeader
        title={t('accessLog.title')}
        description={t('accessLog.description')}
        actions={
          <>
            <Button
              variant="light"
              leftSection={<IconShieldCheck size={18} />}
              loading={verify.isPending}
              onClick={() => verify.mutate({}, { onSuccess: setReport })}
            >
              {t('accessLog.verify')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconPrinter size={18} />}
              onClick={() =>
                navigate(`/print/access-log/${new URLSearchParams(Object.entries(criteria).map(([k, v]) => [k, String(v)])).toString()}`)
              }
            >
              {t('common.print')}
            </Button>
            <CsvExportButton method="accessLog.exportCsv" input={criteria} />
          </>
        }
      />
      {report ? (
        <Alert color={report.ok ? 'teal' : 'red'} withCloseButton onClose={() => setReport(null)} role="status">
          {report.ok
            ? t('accessLog.verifyOk', { count: report.entries })
            : t('accessLog.verifyFail', { entry: report.entry, reason: report.reason })}
        </Alert>
      ) : null}
      <TaskProgress task="verify" running={verify.isPending} />
      {verify.isError ? <ErrorAlert error={verify.error} /> : null}
      <Group align="flex-end" gap="sm">
        <SearchField
          value={filter.text ?? ''}
          onChange={(text) => setFilter(({ text: _t, ...rest }) => (text ? { ...rest, text } : rest))}
        />
        <Select
          label={t('accessLog.account')}
          placeholder={t('common.all')}
          clearable
          w={200}
          data={(accounts.data ?? []).map((a) => ({ value: String(a.id), label: `${a.login} (${a.name})` }))}
          value={filter.userId ? String(filter.userId) : null}
          onChange={(value) => setFilter(({ userId: _u, ...rest }) => (value ? { ...rest, userId: Number(value) } : rest))}
        />
        <DateField
          label={t('accessLog.from')}
          w={150}
          value={filter.from ?? null}
          onChange={(value) => setFilter(({ from: _f, ...rest }) => (value ? { ...rest, from: value } : rest))}
        />
        <DateField
          label={t('accessLog.to')}
          w={150}
          value={filter.to ?? null}
          onChange={(value) => setFilter(({ to: _t, ...rest }) => (value ? { ...rest, to: value } : rest))}
        />
        <Select
          label={t('accessLog.kind')}
          placeholder={t('common.all')}
          clearable
          w={150}
          data={ACCESS_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind]?.[locale] ?? kind }))}
          value={filter.kind ?? null}
          onChange={(value) => setFilter(({ kind: _k, ...rest }) => (value ? { ...rest, kind: value as AccessKind } : rest))}
        />
        <SegmentedControl
          aria-label={t('accessLog.order')}
          value={filter.order}
          onChange={(value) => setFilter((rest) => ({ ...rest, order: value === 'oldest' ? 'oldest' : 'newest' }))}
          data={[
            { value: 'newest', label: t('accessLog.newest') },
            { value: 'oldest', label: t('accessLog.oldest') },
          ]}
        />
      </Group>
      {log.isError ? <ErrorAlert error={log.error} /> : null}
      <DataTable
        label={t('accessLog.title')}
        data={rows}
        columns={columns}
        searchable={false}
        sortable={false}
        height="calc(100vh - 420px)"
        onEndReached={loadMore}
        getRowId={(row) => String(row.seq)}
        footer={
          <Text size="xs" c="dimmed" mt={6}>
            {t('common.rows', { count: total })}
          </Text>
        }
      />
      <ReviewPanel />
    </Stack>
  );
}

function ReviewPanel() {
  const { t } = useTranslation();
  const locale = useLocale();
  const session = useSession();
  const status = useApiQuery('accessLog.reviews', {});
  const record = useApiMutation('accessLog.recordReview', ['accessLog.']);
  const form = useForm({
    initialValues: { through: '', remark: '' },
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
        {session.user?.role === 'officer' ? (
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
