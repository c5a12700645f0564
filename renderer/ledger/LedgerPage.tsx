import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { LedgerEntryView } from '../../shared/ledger/contract.ts';
import { call } from '../api/client.ts';
import { useApiMutation, useApiQuery } from '../api/hooks.ts';
import { CsvExportButton } from '../components/CsvExportButton.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { DateField, datesUsable, useUsableFilter } from '../components/DateField.tsx';
import { downloadText } from '../components/download.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { RowMenu } from '../components/RowMenu.tsx';
import { usePageState } from '../components/usePageState.ts';
import { PrintButton } from '../components/PrintButton.tsx';
import { useVerification } from '../components/Verification.tsx';
import { useCan } from '../session/useCan.ts';
import { CorrectionModal } from './CorrectionModal.tsx';
import { LookupPanel } from './LookupPanel.tsx';

/** Dates and serials stay on one line (a table cell would otherwise break them at the hyphen). */
const nowrap = (value: string) => <span style={{ whiteSpace: 'nowrap' }}>{value}</span>;

const lines = (values: readonly string[]) => (
  <Stack gap={2}>
    {values.map((value, index) => (
      <Text key={`${index}-${value}`} size="sm">
        {value}
      </Text>
    ))}
  </Stack>
);

export function LedgerPage() {
  const { t } = useTranslation();
  const canCorrect = useCan('ledger.correct');
  const canExportBundle = useCan('ledger.exportBundle');
  const [, navigate] = useLocation();
  const [period, setPeriod] = usePageState<{ from?: string; to?: string }>('ledger.period', {});
  const applied = useUsableFilter(period, datesUsable(period.from, period.to));
  const entries = useApiQuery('ledger.list', applied);
  const verification = useVerification(
    t('ledger.verify'),
    () => call('ledger.verify', {}),
    (report) => {
      const failure = !report.ledger.ok ? report.ledger : !report.accessLog.ok ? report.accessLog : null;
      const chainName = (chain: string) => (chain === 'ledger' ? t('ledger.title') : t('accessLog.title'));
      return {
        ok: report.ok,
        message: failure
          ? t('ledger.verifyFail', { chain: chainName(failure.chain), entry: failure.entry, reason: failure.reason })
          : t('ledger.verifyOk', {
              entries: report.ledger.ok ? report.ledger.entries : 0,
              log: report.accessLog.ok ? report.accessLog.entries : 0,
            }),
      };
    },
  );
  const exportBundle = useApiMutation('ledger.exportBundle');
  const [correcting, setCorrecting] = useState<LedgerEntryView | null>(null);

  const columns = useMemo(() => {
    const column = createColumnHelper<LedgerEntryView>();
    return [
      column.accessor('serial', { header: t('ledger.serial'), cell: (info) => nowrap(info.getValue()) }),
      column.accessor((row) => row.destruction.record.files.map((f) => f.name).join(' / '), {
        id: 'files',
        header: t('ledger.fileName'),
        cell: (info) => lines(info.row.original.destruction.record.files.map((f) => f.name)),
      }),
      column.accessor((row) => row.destruction.record.files.map((f) => f.mediaKindLabel).join(' / '), {
        id: 'kind',
        header: t('ledger.kind'),
        cell: (info) => lines(info.row.original.destruction.record.files.map((f) => f.mediaKindLabel)),
      }),
      column.accessor((row) => row.destruction.record.files[0]?.createdOn ?? '', {
        id: 'createdOn',
        header: t('ledger.createdOn'),
        cell: (info) => info.row.original.destruction.record.files.map((f) => <div key={f.fileId}>{nowrap(f.createdOn)}</div>),
      }),
      column.accessor((row) => row.destruction.record.performedOn, {
        id: 'destroyedOn',
        header: t('ledger.destroyedOn'),
        cell: (info) => nowrap(info.getValue()),
      }),
      column.accessor((row) => row.destruction.record.reasonLabel, { id: 'reason', header: t('ledger.reason') }),
      column.accessor((row) => row.destruction.record.performer.name, { id: 'performer', header: t('ledger.performer') }),
      column.accessor((row) => row.destruction.approval.approver.name, { id: 'approver', header: t('ledger.approver') }),
      column.accessor((row) => row.destruction.approval.approvedOn, {
        id: 'approvedOn',
        header: t('ledger.approvedOn'),
        cell: (info) => nowrap(info.getValue()),
      }),
      column.accessor((row) => row.destruction.record.files.reduce((sum, f) => sum + f.countDestroyed, 0), {
        id: 'counts',
        header: t('ledger.counts'),
        cell: (info) =>
          lines(
            info.row.original.destruction.record.files.map(
              (f) =>
                `${f.countBefore.toLocaleString('ko-KR')} · ${f.countDestroyed.toLocaleString('ko-KR')} · ${f.countAfter.toLocaleString('ko-KR')}`,
            ),
          ),
      }),
      column.accessor((row) => row.destruction.record.methodLabel, { id: 'method', header: t('ledger.method') }),
      column.accessor((row) => row.destruction.record.place, { id: 'place', header: t('ledger.place') }),
      column.display({
        id: 'actions',
        header: t('common.actions'),
        cell: (info) => (
          <Group gap={4} wrap="nowrap">
            <Button size="compact-xs" variant="light" onClick={() => navigate(`/print/certificate/${info.row.original.serial}`)}>
              {t('ledger.certificate')}
            </Button>
            {info.row.original.corrections.length > 0 ? (
              <Text size="xs" c="orange">
                {t('ledger.corrected', { count: info.row.original.corrections.length })}
              </Text>
            ) : null}
            <RowMenu
              name={info.row.original.serial}
              actions={[canCorrect && { label: t('ledger.correct'), onClick: () => setCorrecting(info.row.original) }]}
            />
          </Group>
        ),
      }),
    ];
  }, [t, canCorrect, navigate]);

  const printQuery = new URLSearchParams(Object.entries(applied).filter(([, v]) => v) as [string, string][]).toString();

  return (
    <Stack>
      <PageHeader
        title={t('ledger.title')}
        description={t('ledger.description')}
        actions={
          <>
            {verification.button}
            <PrintButton route={`/print/ledger/${printQuery}`} label={t('ledger.print')} />
            <CsvExportButton method="ledger.exportCsv" input={applied} />
            {canExportBundle ? (
              <Button
                variant="default"
                loading={exportBundle.isPending}
                onClick={() =>
                  exportBundle.mutate({}, { onSuccess: ({ fileName, json }) => downloadText(fileName, json, 'application/json') })
                }
              >
                {t('ledger.bundle')}
              </Button>
            ) : null}
          </>
        }
      />
      {verification.status}
      {exportBundle.isError ? <ErrorAlert error={exportBundle.error} /> : null}
      <Group align="flex-end">
        <DateField
          label={t('ledger.from')}
          w={160}
          value={period.from ?? null}
          onChange={(v) => setPeriod(({ from: _f, ...rest }) => (v ? { ...rest, from: v } : rest))}
        />
        <DateField
          label={t('ledger.to')}
          w={160}
          value={period.to ?? null}
          onChange={(v) => setPeriod(({ to: _t, ...rest }) => (v ? { ...rest, to: v } : rest))}
        />
      </Group>
      {entries.isError ? <ErrorAlert error={entries.error} /> : null}
      {entries.isSuccess && entries.data.length === 0 ? <Alert color="gray">{t('ledger.empty')}</Alert> : null}
      <DataTable
        label={t('ledger.title')}
        data={entries.data ?? []}
        columns={columns}
        initialSorting={[{ id: 'serial', desc: true }]}
        getRowId={(row) => row.serial}
      />
      <LookupPanel />
      <CorrectionModal entry={correcting} onClose={() => setCorrecting(null)} onDone={() => void entries.refetch()} />
    </Stack>
  );
}
