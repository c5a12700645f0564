import type { TFunction } from 'i18next';
import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { LedgerEntryView } from '../../shared/ledger/contract.ts';
import { destructionTiming } from '../../shared/ledger/timing.ts';
import { ENTRY_GROUPS } from '../../shared/ledger/counts.ts';
import { EvidenceLinks, EvidenceViewer } from '../components/Evidence.tsx';
import { call } from '../api/client.ts';
import { useApiQuery } from '../api/hooks.ts';
import { CsvExportButton } from '../components/CsvExportButton.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { DateField, datesUsable, useUsableFilter } from '../components/DateField.tsx';
import { downloadText } from '../components/download.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { PasswordConfirmModal } from '../components/PasswordConfirmModal.tsx';
import { notifications } from '@mantine/notifications';
import { RowMenu } from '../components/RowMenu.tsx';
import { usePageState } from '../components/usePageState.ts';
import { PrintButton } from '../components/PrintButton.tsx';
import { useVerification } from '../components/Verification.tsx';
import { useCan } from '../session/useCan.ts';
import { useLocale } from '../i18n.ts';
import { formatInstant } from '../../shared/dates/calendar.ts';
import { IconShieldCheck } from '@tabler/icons-react';
import { CorrectionModal } from './CorrectionModal.tsx';
import { LookupPanel } from './LookupPanel.tsx';
import { VerifyDialog, type VerifyInput } from './VerifyDialog.tsx';

const VERIFIED_CHAINS = ['ledger', 'access_log', 'keys', 'anchor', 'file'] as const;
const isVerifiedChain = (chain: string): chain is (typeof VERIFIED_CHAINS)[number] =>
  (VERIFIED_CHAINS as readonly string[]).includes(chain);

const countsText = (f: { countBefore: number; countDestroyed: number; countAfter: number }) =>
  `${f.countBefore.toLocaleString('ko-KR')} · ${f.countDestroyed.toLocaleString('ko-KR')} · ${f.countAfter.toLocaleString('ko-KR')}`;

/** The 파기일 as staff read it: the date, and whether it was late (and why) or before its request. */
function timingText(entry: LedgerEntryView, say: TFunction): string {
  const timing = destructionTiming(entry.destruction.record);
  return [
    entry.destruction.record.performedOn,
    timing.daysLate > 0 ? say('disposal.delayed', { days: timing.daysLate }) : '',
    timing.delayReason ? say('disposal.delayedReason', { reason: timing.delayReason }) : '',
    timing.beforeRequest ? say('disposal.destroyedBeforeRequest') : '',
  ].join(' ');
}

function Timing({ entry }: { entry: LedgerEntryView }) {
  const { t } = useTranslation();
  const timing = destructionTiming(entry.destruction.record);
  return (
    <Stack gap={2} align="flex-start">
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {entry.destruction.record.performedOn}
      </Text>
      {timing.daysLate > 0 ? (
        <Badge color="red" variant="light" size="sm">
          {t('disposal.delayed', { days: timing.daysLate })}
        </Badge>
      ) : null}
      {timing.delayReason ? (
        <Text size="xs" c="red.8" maw={220}>
          {t('disposal.delayedReason', { reason: timing.delayReason })}
        </Text>
      ) : null}
      {timing.beforeRequest ? (
        <Badge color="gray" variant="light" size="sm">
          {t('disposal.destroyedBeforeRequest')}
        </Badge>
      ) : null}
    </Stack>
  );
}

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
  const locale = useLocale();
  const [askingAnchors, setAskingAnchors] = useState(false);
  const verification = useVerification(
    t('ledger.verify'),
    (anchors: VerifyInput) => call('ledger.verify', anchors),
    (report) => {
      const failure = report.failure;
      const chain = (name: string) => (isVerifiedChain(name) ? t(`ledger.verifyChains.${name}`) : name);
      if (failure) {
        return {
          ok: false,
          message:
            // An outside anchor's reason names the certificate itself; the entry number would read as the anchor's.
            failure.entry > 0 && failure.chain !== 'anchor'
              ? t('ledger.verifyFail', { chain: chain(failure.chain), entry: failure.entry, reason: failure.reason })
              : t('ledger.verifyFailWhole', { chain: chain(failure.chain), reason: failure.reason }),
        };
      }
      const log = report.accessLog.ok ? report.accessLog : null;
      const notes = [
        ...(log && (log.unsealed?.entries ?? 0) > 0
          ? [
              t('ledger.verifyUnsealed', {
                count: (log.unsealed?.entries ?? 0).toLocaleString('ko-KR'),
                since: log.unsealed?.since ? formatInstant(log.unsealed.since, locale) : '—',
              }),
            ]
          : []),
        ...(report.external === 'missing' || report.external === 'unreadable' ? [t(`ledger.verifyExternal.${report.external}`)] : []),
        ...report.unproven,
      ];
      return {
        ok: true,
        message: t('ledger.verifyOk', {
          parts: ENTRY_GROUPS.filter((group) => group === 'destruction' || report.counts[group] > 0)
            .map((group) => t(`ledger.verifyParts.${group}`, { count: report.counts[group].toLocaleString('ko-KR') }))
            .join(', '),
          log: log ? log.entries.toLocaleString('ko-KR') : 0,
        }),
        notes,
      };
    },
  );
  const [exporting, setExporting] = useState(false);
  const [correcting, setCorrecting] = useState<LedgerEntryView | null>(null);

  const columns = useMemo(() => {
    const column = createColumnHelper<LedgerEntryView>();
    const files = (row: LedgerEntryView) => row.destruction.record.files;
    return [
      column.accessor('serial', { header: t('ledger.serial'), meta: { nowrap: true, shrink: true } }),
      column.accessor(
        (row) =>
          files(row)
            .map((f) => f.name)
            .join(' / '),
        {
          id: 'files',
          header: t('ledger.fileName'),
          meta: {
            text: (row) =>
              files(row)
                .map((f) => `${f.name} ${f.mediaKindLabel} ${f.createdOn}`)
                .join(' '),
          },
          cell: (info) => (
            <Stack gap={4}>
              {files(info.row.original).map((f) => (
                <Stack key={f.fileId} gap={0}>
                  <Text size="sm" fw={600}>
                    {f.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {f.mediaKindLabel} · {t('ledger.createdOn')} <span style={{ whiteSpace: 'nowrap' }}>{f.createdOn}</span>
                  </Text>
                </Stack>
              ))}
            </Stack>
          ),
        },
      ),
      column.accessor((row) => row.destruction.record.performedOn, {
        id: 'destroyedOn',
        header: t('ledger.destroyedOn'),
        meta: { text: (row) => timingText(row, t) },
        cell: (info) => <Timing entry={info.row.original} />,
      }),
      column.accessor((row) => row.destruction.record.reasonLabel, { id: 'reason', header: t('ledger.reason') }),
      column.accessor((row) => `${row.destruction.record.methodLabel} ${row.destruction.record.place}`, {
        id: 'method',
        header: t('ledger.methodPlace'),
        cell: (info) => (
          <Stack gap={0}>
            <Text size="sm">{info.row.original.destruction.record.methodLabel}</Text>
            <Text size="xs" c="dimmed">
              {info.row.original.destruction.record.place}
            </Text>
          </Stack>
        ),
      }),
      column.accessor((row) => files(row).reduce((sum, f) => sum + f.countDestroyed, 0), {
        id: 'counts',
        header: t('ledger.counts'),
        meta: { nowrap: true, text: (row) => files(row).map(countsText).join(' ') },
        cell: (info) => lines(files(info.row.original).map(countsText)),
      }),
      column.accessor((row) => row.destruction.record.performer.name, {
        id: 'performer',
        header: t('ledger.performer'),
      }),
      column.accessor((row) => `${row.destruction.approval.approver.name} ${row.destruction.approval.approvedOn}`, {
        id: 'approver',
        header: t('ledger.approver'),
        cell: (info) => (
          <Stack gap={0}>
            <Text size="sm">{info.row.original.destruction.approval.approver.name}</Text>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {t('ledger.approvedOnDate', { date: info.row.original.destruction.approval.approvedOn })}
            </Text>
          </Stack>
        ),
      }),
      column.accessor((row) => row.destruction.record.attachments.map((a) => a.fileName).join(' '), {
        id: 'evidence',
        header: t('disposal.evidence'),
        enableSorting: false,
        cell: (info) => <EvidenceLinks attachments={info.row.original.destruction.record.attachments} size="xs" />,
      }),
      column.display({
        id: 'actions',
        header: t('common.actions'),
        meta: { shrink: true },
        cell: (info) => (
          <Group gap={4} wrap="nowrap">
            <Button size="compact-xs" variant="light" onClick={() => navigate(`/print/certificate/${info.row.original.serial}`)}>
              {t('ledger.certificate')}
            </Button>
            {info.row.original.corrections.length > 0 ? (
              <Text size="xs" c="orange" style={{ whiteSpace: 'nowrap' }}>
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
    <EvidenceViewer>
      <Stack>
        <PageHeader
          title={t('ledger.title')}
          description={t('ledger.description')}
          actions={
            <>
              <Button
                variant="light"
                leftSection={<IconShieldCheck size={18} />}
                loading={verification.running}
                onClick={() => setAskingAnchors(true)}
              >
                {t('ledger.verify')}
              </Button>
              <PrintButton route={`/print/ledger/${printQuery}`} label={t('ledger.print')} />
              <CsvExportButton method="ledger.exportCsv" input={applied} />
              {canExportBundle ? (
                <Button variant="default" onClick={() => setExporting(true)}>
                  {t('ledger.bundle')}
                </Button>
              ) : null}
            </>
          }
        />
        {verification.status}
        <VerifyDialog opened={askingAnchors} onClose={() => setAskingAnchors(false)} onStart={verification.start} />
        <PasswordConfirmModal
          opened={exporting}
          title={t('ledger.bundleTitle')}
          lead={t('ledger.bundleLead')}
          confirmLabel={t('ledger.bundle')}
          onClose={() => setExporting(false)}
          onConfirm={async (password) => {
            const { fileName, json } = await call('ledger.exportBundle', { password });
            downloadText(fileName, json, 'application/json');
            notifications.show({ color: 'teal', message: t('ledger.bundleExported', { file: fileName }) });
          }}
        />
        <LookupPanel />
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
        <CorrectionModal entry={correcting} onClose={() => setCorrecting(null)} onDone={() => void entries.refetch()} />
      </Stack>
    </EvidenceViewer>
  );
}
