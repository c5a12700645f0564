import { Alert, Badge, Button, Chip, Group, Stack, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDownload, IconFileImport, IconPlus, IconPrinter } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import type { ProcessorView } from '../../shared/processors/contract.ts';
import { countryName } from '../../shared/processors/countries.ts';
import { PROCESSOR_IMPORT_FIELDS } from '../../shared/processors/import.ts';
import { formatDateWithWeekday } from '../../shared/dates/calendar.ts';
import { call } from '../api/client.ts';
import { useApiMutation, useApiQuery } from '../api/hooks.ts';
import { CsvExportButton } from '../components/CsvExportButton.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { ImportDialog } from '../components/import/ImportDialog.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { RowMenu } from '../components/RowMenu.tsx';
import { useLocale } from '../i18n.ts';
import { useCan } from '../session/useCan.ts';
import { EndModal } from './EndModal.tsx';
import { InspectionModal } from './InspectionModal.tsx';
import { PolicyPanel } from './PolicyPanel.tsx';
import { ProcessorDrawer } from './ProcessorDrawer.tsx';
import { ProcessorModal } from './ProcessorModal.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { UploadModal } from './UploadModal.tsx';

type Dialog =
  | { kind: 'edit'; processor: ProcessorView | null; parentId?: number }
  | { kind: 'contract' | 'confirmation' | 'inspect' | 'end' | 'detail'; processor: ProcessorView }
  | { kind: 'import' }
  | null;

const FILTERS = ['all', 'overdue', 'missing', 'ending', 'awaiting', 'overseas'] as const;
type Filter = (typeof FILTERS)[number];

function matches(filter: Filter, p: ProcessorView): boolean {
  switch (filter) {
    case 'overdue':
      return p.inspectionOverdue;
    case 'missing':
      return p.missingClauses.length > 0 && p.endedOn === null;
    case 'ending':
      return p.status === 'ending';
    case 'awaiting':
      return p.status === 'awaiting' || p.status === 'destroying';
    case 'overseas':
      return p.isOverseas;
    default:
      return true;
  }
}

/** Downloads the XLSX the main process wrote (base64 over the bridge). */
function XlsxExportButton() {
  const { t } = useTranslation();
  const exportXlsx = useApiMutation('processors.exportXlsx');
  return (
    <Button
      variant="default"
      leftSection={<IconDownload size={18} />}
      loading={exportXlsx.isPending}
      onClick={() =>
        exportXlsx.mutate(
          {},
          {
            onSuccess: ({ fileName, dataBase64, rows }) => {
              const bytes = Uint8Array.from(atob(dataBase64), (c) => c.charCodeAt(0));
              const url = URL.createObjectURL(
                new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
              );
              const link = document.createElement('a');
              link.href = url;
              link.download = fileName;
              document.body.append(link);
              link.click();
              link.remove();
              setTimeout(() => URL.revokeObjectURL(url), 10_000);
              notifications.show({ color: 'teal', message: t('common.exported', { count: rows, file: fileName }) });
            },
            onError: (error) => notifications.show({ color: 'red', message: error.message }),
          },
        )
      }
    >
      {t('processors.export.xlsx')}
    </Button>
  );
}

export function ProcessorsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const canEdit = useCan('processors.save');
  const canImport = useCan('processors.import');
  const params = new URLSearchParams(useSearch());
  const tab = params.get('tab') === 'policy' ? 'policy' : 'inventory';
  const filter: Filter = FILTERS.find((f) => f === params.get('filter')) ?? 'all';
  const [, navigate] = useLocation();
  const processors = useApiQuery('processors.list', {});
  const [dialog, setDialog] = useState<Dialog>(null);

  const columns = useMemo(() => {
    const column = createColumnHelper<ProcessorView>();
    return [
      column.accessor('name', {
        header: t('processors.columns.name'),
        meta: { text: (row) => `${row.name} ${row.chain.join(' ')} ${row.isOverseas ? t('processors.overseasBadge') : ''}` },
        cell: (info) => {
          const p = info.row.original;
          return (
            <Group gap={6} wrap="nowrap" pl={p.depth * 24}>
              {p.depth > 0 ? (
                <Text span c="dimmed" aria-hidden>
                  └
                </Text>
              ) : null}
              <Stack gap={0}>
                <Text
                  size="sm"
                  fw={600}
                  style={{ cursor: 'pointer' }}
                  onClick={() => setDialog({ kind: 'detail', processor: p })}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter' || event.key === ' ') setDialog({ kind: 'detail', processor: p });
                  }}
                  tabIndex={0}
                  role="button"
                  aria-label={t('processors.openDetail', { name: p.name })}
                >
                  {p.name}
                </Text>
                <Group gap={4}>
                  {p.depth > 0 ? (
                    <Badge size="xs" variant="outline" color="gray">
                      {t('processors.subBadge')}
                    </Badge>
                  ) : null}
                  {p.isOverseas ? (
                    <Badge size="xs" variant="light" color="grape">
                      {t('processors.overseasBadge')}
                    </Badge>
                  ) : null}
                </Group>
              </Stack>
            </Group>
          );
        },
      }),
      column.accessor('work', { header: t('processors.columns.work') }),
      column.accessor((row) => countryName(row.country, locale), {
        id: 'country',
        header: t('processors.columns.country'),
        meta: {
          nowrap: true,
          text: (row) => [row.country, ...row.storageCountries].map((c) => `${countryName(c, locale)} ${c}`).join(' '),
        },
        cell: (info) => {
          const p = info.row.original;
          const storage = p.storageCountries.filter((c) => c !== p.country);
          return (
            <Stack gap={0}>
              <Text size="sm">{info.getValue()}</Text>
              {storage.length > 0 ? (
                <Text size="xs" c="dimmed">
                  {t('processors.storedIn', { countries: storage.map((c) => countryName(c, locale)).join(', ') })}
                </Text>
              ) : null}
            </Stack>
          );
        },
      }),
      column.accessor((row) => row.contractEnd ?? '9999', {
        id: 'contract',
        header: t('processors.columns.contract'),
        meta: {
          nowrap: true,
          text: (row) => `${row.contractStart} ${row.contractEnd ?? t('processors.autoRenew')}`,
        },
        cell: (info) => {
          const p = info.row.original;
          return (
            <Stack gap={0}>
              <Text size="sm">{p.contractStart} ~</Text>
              <Text size="sm">{p.contractEnd ?? t('processors.autoRenew')}</Text>
            </Stack>
          );
        },
      }),
      column.accessor('nextInspectionDue', {
        header: t('processors.columns.inspection'),
        meta: { nowrap: true, text: (row) => formatDateWithWeekday(row.nextInspectionDue, locale) },
        cell: (info) =>
          info.row.original.endedOn !== null ? null : (
            <Text
              size="sm"
              c={info.row.original.inspectionOverdue ? 'red' : undefined}
              fw={info.row.original.inspectionOverdue ? 700 : 400}
            >
              {formatDateWithWeekday(info.getValue(), locale)}
            </Text>
          ),
      }),
      column.accessor((row) => row.missingClauses.length + (row.inspectionOverdue ? 1 : 0) + (row.contract ? 0 : 1), {
        id: 'warnings',
        header: t('processors.columns.warnings'),
        meta: {
          text: (row) =>
            [
              row.missingClauses.length > 0
                ? t('processors.missingClauses', {
                    count: row.missingClauses.length,
                    names: row.missingClauses.map((k) => t(`processors.clauses.${k}`)).join(', '),
                  })
                : '',
              row.inspectionOverdue ? t('processors.inspectionOverdue', { date: row.nextInspectionDue }) : '',
              row.contract ? '' : t('processors.noContract'),
            ].join(' '),
        },
        cell: (info) => {
          const p = info.row.original;
          if (p.status === 'ended') return null;
          return (
            <Stack gap={2}>
              {p.missingClauses.length > 0 ? (
                <Text size="xs" c="red" role="note">
                  <IconAlertTriangle size={12} />{' '}
                  {t('processors.missingClauses', {
                    count: p.missingClauses.length,
                    names: p.missingClauses.map((k) => t(`processors.clauses.${k}`)).join(', '),
                  })}
                </Text>
              ) : null}
              {p.inspectionOverdue ? (
                <Text size="xs" c="red">
                  <IconAlertTriangle size={12} /> {t('processors.inspectionOverdue', { date: p.nextInspectionDue })}
                </Text>
              ) : null}
              {p.contract ? null : (
                <Text size="xs" c="orange">
                  {t('processors.noContract')}
                </Text>
              )}
            </Stack>
          );
        },
      }),
      column.accessor((row) => t(`processors.statuses.${row.status}`), {
        id: 'status',
        header: t('processors.columns.status'),
        meta: { nowrap: true },
        cell: (info) => <StatusBadge status={info.row.original.status} />,
      }),
      column.display({
        id: 'actions',
        header: t('common.actions'),
        meta: { shrink: true },
        cell: (info) => {
          const p = info.row.original;
          if (!canEdit) return null;
          const open = p.endedOn === null;
          return (
            <RowMenu
              name={p.name}
              actions={[
                open && { label: t('common.edit'), onClick: () => setDialog({ kind: 'edit', processor: p }) },
                open && { label: t('processors.addChild'), onClick: () => setDialog({ kind: 'edit', processor: null, parentId: p.id }) },
                open && {
                  label: p.contract ? t('processors.contract.replace') : t('processors.contract.attach'),
                  onClick: () => setDialog({ kind: 'contract', processor: p }),
                },
                open && { label: t('processors.inspections.add'), onClick: () => setDialog({ kind: 'inspect', processor: p }) },
                p.status === 'awaiting' && {
                  label: t('processors.end.attachConfirmation'),
                  onClick: () => setDialog({ kind: 'confirmation', processor: p }),
                },
                p.endRequestId !== null && {
                  label: t('processors.end.request', { id: p.endRequestId }),
                  onClick: () => navigate('/disposal'),
                },
                open && { label: t('processors.end.button'), color: 'red', onClick: () => setDialog({ kind: 'end', processor: p }) },
              ]}
            />
          );
        },
      }),
    ];
  }, [t, locale, canEdit, navigate, setDialog]);

  const all = processors.data ?? [];
  const list = all.filter((p) => matches(filter, p));
  const go = (next: { tab?: string; filter?: Filter }) => {
    const query = new URLSearchParams();
    if ((next.tab ?? tab) === 'policy') query.set('tab', 'policy');
    else if ((next.filter ?? filter) !== 'all') query.set('filter', next.filter ?? filter);
    navigate(`/processors?${query.toString()}`);
  };

  return (
    <Stack>
      <PageHeader
        title={t('processors.title')}
        description={t('processors.description')}
        actions={
          tab === 'inventory' ? (
            <>
              <Button variant="default" leftSection={<IconPrinter size={18} />} onClick={() => navigate('/print/processors')}>
                {t('common.print')}
              </Button>
              <CsvExportButton method="processors.exportCsv" input={{}} />
              <XlsxExportButton />
              {canImport ? (
                <Button variant="default" leftSection={<IconFileImport size={18} />} onClick={() => setDialog({ kind: 'import' })}>
                  {t('processors.import.button')}
                </Button>
              ) : null}
              {canEdit ? (
                <Button leftSection={<IconPlus size={18} />} onClick={() => setDialog({ kind: 'edit', processor: null })}>
                  {t('processors.add')}
                </Button>
              ) : null}
            </>
          ) : null
        }
      />
      <Tabs value={tab} onChange={(value) => go({ tab: value ?? 'inventory' })}>
        <Tabs.List>
          <Tabs.Tab value="inventory">{t('processors.tabs.inventory')}</Tabs.Tab>
          <Tabs.Tab value="policy">{t('processors.policy.button')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      {tab === 'policy' ? (
        <PolicyPanel />
      ) : (
        <>
          {processors.isError ? <ErrorAlert error={processors.error} /> : null}
          {processors.isSuccess && all.length === 0 ? <Alert color="gray">{t('processors.empty')}</Alert> : null}
          <Chip.Group value={filter} onChange={(value) => go({ filter: value as Filter })}>
            <Group gap={6} role="radiogroup" aria-label={t('processors.filter')}>
              {FILTERS.map((f) => (
                <Chip key={f} value={f} size="sm" variant="outline">
                  {t(`processors.filters.${f}`, { count: all.filter((p) => matches(f, p)).length })}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          <DataTable label={t('processors.title')} data={list} columns={columns} getRowId={(row) => String(row.id)} />
        </>
      )}
      {dialog?.kind === 'edit' ? (
        <ProcessorModal processor={dialog.processor} parentId={dialog.parentId ?? null} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'contract' ? (
        <UploadModal
          title={`${dialog.processor.name} — ${t('processors.contract.attach')}`}
          method="processors.attachContract"
          processorId={dialog.processor.id}
          lead={t('processors.contract.lead')}
          done={t('processors.contract.attached')}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'confirmation' ? (
        <UploadModal
          title={`${dialog.processor.name} — ${t('processors.end.attachConfirmation')}`}
          method="processors.attachConfirmation"
          processorId={dialog.processor.id}
          lead={t('processors.end.confirmationLead')}
          done={t('processors.end.confirmationAttached')}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'inspect' ? <InspectionModal processor={dialog.processor} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'end' ? <EndModal processor={dialog.processor} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'detail' ? <ProcessorDrawer id={dialog.processor.id} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'import' ? (
        <ImportDialog
          title={t('processors.import.title')}
          lead={t('processors.import.lead')}
          templateName={t('processors.import.templateName')}
          templateHeaders={PROCESSOR_IMPORT_FIELDS.map((field) => field.label)}
          preview={(upload) => call('processors.importPreview', upload)}
          commit={(upload) => call('processors.import', upload)}
          invalidates={['processors.', 'home.']}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </Stack>
  );
}
