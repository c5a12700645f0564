import { Badge, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCESS_KINDS, type AccessKind, type AccessLogRow } from '../../shared/accessLog/contract.ts';
import { accountText, kindLabel, resultLabel } from '../../shared/accessLog/labels.ts';
import { methodLabel } from '../../shared/domains.ts';
import { formatInstant } from '../../shared/dates/calendar.ts';
import { call } from '../api/client.ts';
import { useApiQuery } from '../api/hooks.ts';
import { CsvExportButton } from '../components/CsvExportButton.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { DateField, datesUsable, useUsableFilter } from '../components/DateField.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { usePageState } from '../components/usePageState.ts';
import { useLocale } from '../i18n.ts';
import { PrintButton } from '../components/PrintButton.tsx';
import { useVerification } from '../components/Verification.tsx';
import { ReviewPanel, monthRange } from './ReviewPanel.tsx';
import { useSearch } from 'wouter';

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
  const accounts = useApiQuery('users.list', {});
  // From 오늘 할 일 (/access-log?review=due): the month to review, shown and ready to record.
  const reviewDue = new URLSearchParams(useSearch()).get('review') === 'due';
  const showMonth = useCallback(
    (month: string) => setFilter((current) => ({ ...current, ...monthRange(month), order: 'oldest' })),
    [setFilter],
  );

  const applied = useUsableFilter(filter, datesUsable(filter.from, filter.to));
  const { order, ...criteria } = applied;
  const log = useInfiniteQuery({
    queryKey: ['accessLog.list', applied],
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

  const verification = useVerification(
    t('accessLog.verify'),
    () => call('accessLog.verify', {}),
    (report) =>
      report.ok
        ? {
            ok: true,
            message: t('accessLog.verifyOk', { count: report.entries }),
            notes: [
              ...((report.unsealed?.entries ?? 0) > 0
                ? [
                    t('ledger.verifyUnsealed', {
                      count: (report.unsealed?.entries ?? 0).toLocaleString('ko-KR'),
                      since: report.unsealed?.since ? formatInstant(report.unsealed.since, locale) : '—',
                    }),
                  ]
                : []),
              ...(report.keyed ? [] : [t('accessLog.verifyUnkeyed')]),
            ],
          }
        : { ok: false, message: t('accessLog.verifyFail', { entry: report.entry, reason: report.reason }) },
  );

  const columns = useMemo(() => {
    const column = createColumnHelper<AccessLogRow>();
    return [
      // One line per entry: only the targets may wrap; a person reads the targets' words, not ids.
      column.accessor('seq', { header: t('accessLog.seq'), meta: { nowrap: true, shrink: true } }),
      column.accessor((row) => formatInstant(row.at, locale, true), { id: 'at', header: t('accessLog.at'), meta: { nowrap: true } }),
      column.accessor((row) => accountText(row, locale) || '—', {
        id: 'account',
        header: t('accessLog.account'),
        meta: { nowrap: true },
        cell: (info) => (
          <Text size="sm" c={info.row.original.userId === null && info.row.original.attemptedLogin ? 'red' : undefined}>
            {info.getValue()}
          </Text>
        ),
      }),
      column.accessor((row) => kindLabel(row.kind, locale), { id: 'kind', header: t('accessLog.kind'), meta: { nowrap: true } }),
      column.accessor((row) => methodLabel(row.method, locale), { id: 'method', header: t('accessLog.method'), meta: { nowrap: true } }),
      column.accessor((row) => row.targetText.map((target) => target[locale]).join(', '), {
        id: 'targets',
        header: t('accessLog.targets'),
        cell: (info) => (
          <Text size="sm" title={[...new Set(info.row.original.targets)].join(' ')}>
            {info.getValue()}
          </Text>
        ),
      }),
      column.accessor('result', {
        header: t('accessLog.result'),
        meta: { nowrap: true },
        cell: (info) => (
          <Badge variant="light" color={info.getValue() === 'ok' ? 'teal' : 'red'}>
            {resultLabel(info.getValue(), locale)}
          </Badge>
        ),
      }),
      column.accessor('terminal', { header: t('accessLog.terminal'), meta: { nowrap: true } }),
    ];
  }, [t, locale]);

  return (
    <Stack>
      <PageHeader
        title={t('accessLog.title')}
        description={t('accessLog.description')}
        actions={
          <>
            {verification.button}
            <PrintButton
              route={`/print/access-log/${new URLSearchParams(Object.entries(criteria).map(([k, v]) => [k, String(v)])).toString()}`}
            />
            <CsvExportButton method="accessLog.exportCsv" input={criteria} />
          </>
        }
      />
      {verification.status}
      <ReviewPanel focus={reviewDue} onShowMonth={showMonth} />
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
          data={ACCESS_KINDS.map((kind) => ({ value: kind, label: kindLabel(kind, locale) }))}
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
        onEndReached={loadMore}
        getRowId={(row) => String(row.seq)}
        footer={
          <Text size="xs" c="dimmed" mt={6}>
            {t('common.rows', { count: total.toLocaleString('ko-KR') })}
          </Text>
        }
      />
    </Stack>
  );
}
