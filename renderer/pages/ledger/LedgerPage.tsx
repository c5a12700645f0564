import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPrinter, IconShieldCheck } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { LedgerEntryView, LookupResult } from '../../../shared/api/ledger.ts';
import { ApiCallError, call } from '../../api/client.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { CsvExportButton } from '../../components/CsvExportButton.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { DateField } from '../../components/DateField.tsx';
import { downloadText } from '../../components/download.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { TaskProgress } from '../../components/TaskProgress.tsx';
import { PasswordConfirmModal } from '../../components/PasswordConfirmModal.tsx';
import { RowMenu } from '../../components/RowMenu.tsx';
import { usePageState } from '../../components/usePageState.ts';
import { useSession } from '../../session/SessionContext.tsx';

type VerifyResult = Awaited<ReturnType<typeof call<'ledger.verify'>>>;

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
  const session = useSession();
  const role = session.user?.role;
  const [, navigate] = useLocation();
  const [period, setPeriod] = usePageState<{ from?: string; to?: string }>('ledger.period', {});
  const entries = useApiQuery('ledger.list', period);
  const verify = useApiMutation('ledger.verify');
  const exportBundle = useApiMutation('ledger.exportBundle');
  const [report, setReport] = useState<VerifyResult | null>(null);
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
              actions={[role === 'officer' && { label: t('ledger.correct'), onClick: () => setCorrecting(info.row.original) }]}
            />
          </Group>
        ),
      }),
    ];
  }, [t, role, navigate]);

  const printQuery = new URLSearchParams(Object.entries(period).filter(([, v]) => v) as [string, string][]).toString();

  return (
    <Stack>
      <PageHeader
        title={t('ledger.title')}
        description={t('ledger.description')}
        actions={
          <>
            <Button
              variant="light"
              leftSection={<IconShieldCheck size={18} />}
              loading={verify.isPending}
              onClick={() => verify.mutate({}, { onSuccess: setReport })}
            >
              {t('ledger.verify')}
            </Button>
            <Button variant="default" leftSection={<IconPrinter size={18} />} onClick={() => navigate(`/print/ledger/${printQuery}`)}>
              {t('ledger.print')}
            </Button>
            <CsvExportButton method="ledger.exportCsv" input={period} />
            {role === 'officer' || role === 'auditor' ? (
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
      <TaskProgress task="verify" running={verify.isPending} />
      {report ? <VerifyAlert report={report} onClose={() => setReport(null)} /> : null}
      {[verify, exportBundle].map((m, i) => (m.isError ? <ErrorAlert key={i} error={m.error} /> : null))}
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
        height="calc(100vh - 480px)"
        initialSorting={[{ id: 'serial', desc: true }]}
        getRowId={(row) => row.serial}
      />
      <LookupPanel />
      <CorrectionModal entry={correcting} onClose={() => setCorrecting(null)} onDone={() => void entries.refetch()} />
    </Stack>
  );
}

/** A correction is signed like an approval: reason, what is corrected, and the officer's password. */
function CorrectionModal({ entry, onClose, onDone }: { entry: LedgerEntryView | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [correction, setCorrection] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const close = () => {
    setReason('');
    setCorrection('');
    setErrors({});
    onClose();
  };
  return (
    <PasswordConfirmModal
      opened={entry !== null}
      title={t('ledger.correctTitle', { serial: entry?.serial ?? '' })}
      lead={t('ledger.correctLead')}
      confirmLabel={t('ledger.correct')}
      onClose={close}
      onConfirm={async (password) => {
        try {
          await call('ledger.correct', { serial: entry?.serial ?? '', reason, correction, password });
        } catch (error) {
          setErrors(error instanceof ApiCallError ? (error.body.fields ?? {}) : {});
          throw error;
        }
        setErrors({});
        onDone();
        notifications.show({ color: 'teal', message: t('ledger.correctedDone') });
      }}
    >
      <TextInput
        label={t('ledger.correctReason')}
        withAsterisk
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={errors.reason}
      />
      <TextInput
        label={t('ledger.correctText')}
        withAsterisk
        value={correction}
        onChange={(e) => setCorrection(e.currentTarget.value)}
        error={errors.correction}
      />
    </PasswordConfirmModal>
  );
}

function VerifyAlert({ report, onClose }: { report: VerifyResult; onClose: () => void }) {
  const { t } = useTranslation();
  const failure = !report.ledger.ok ? report.ledger : !report.accessLog.ok ? report.accessLog : null;
  const chainName = (chain: string) => (chain === 'ledger' ? t('ledger.title') : t('accessLog.title'));
  return (
    <Alert color={report.ok ? 'teal' : 'red'} withCloseButton onClose={onClose} role="status">
      {failure
        ? t('ledger.verifyFail', { chain: chainName(failure.chain), entry: failure.entry, reason: failure.reason })
        : t('ledger.verifyOk', {
            entries: report.ledger.ok ? report.ledger.entries : 0,
            log: report.accessLog.ok ? report.accessLog.entries : 0,
          })}
    </Alert>
  );
}

const LOOKUP_KEYS = {
  ok: 'ledger.lookupOk',
  not_found: 'ledger.lookupNotFound',
  hash_mismatch: 'ledger.lookupHashMismatch',
  chain_failed: 'ledger.lookupChainFailed',
  unreadable: 'ledger.lookupUnreadable',
} as const;

/** A scanner types the QR code's text into the field; Enter checks it. */
function LookupPanel() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const lookup = useApiMutation('ledger.lookup');
  const result: LookupResult | undefined = lookup.data;
  return (
    <Paper withBorder p="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          lookup.mutate({ code });
        }}
      >
        <Stack gap="xs">
          <Title order={4}>{t('ledger.lookupTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('ledger.lookupLead')}
          </Text>
          <Group align="flex-end">
            <TextInput
              label={t('ledger.lookupCode')}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              style={{ flex: 1 }}
              error={lookup.error?.body.fields?.code}
            />
            <Button type="submit" loading={lookup.isPending}>
              {t('ledger.lookup')}
            </Button>
          </Group>
          {result ? (
            <Alert color={result.status === 'ok' ? 'teal' : 'red'} role="status">
              {t(LOOKUP_KEYS[result.status], {
                serial: result.serial ?? '',
                reason: result.report && !result.report.ok ? result.report.reason : '',
              })}
            </Alert>
          ) : null}
        </Stack>
      </form>
    </Paper>
  );
}
