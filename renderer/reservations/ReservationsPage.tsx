import { Alert, Button, Group, Stack } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import type { ReservationView } from '../../shared/reservations/contract.ts';
import { RESERVATION_IMPORT_FIELDS } from '../../shared/reservations/import.ts';
import { call } from '../api/client.ts';
import { useApiQuery } from '../api/hooks.ts';
import { AddressTabs } from '../components/AddressTabs.tsx';
import { CsvExportButton } from '../components/CsvExportButton.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { ImportDialog } from '../components/import/ImportDialog.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { useCan } from '../session/useCan.ts';
import { reservationColumns } from './columns.tsx';
import { DisposalsPanel } from './DisposalsPanel.tsx';
import { DownloadsPanel } from './DownloadsPanel.tsx';
import { PersonPanel } from './PersonPanel.tsx';
import { SchedulePanel } from './SchedulePanel.tsx';

const TABS = ['schedule', 'list', 'person', 'disposals', 'downloads'] as const;
type Tab = (typeof TABS)[number];
const STATES = ['all', 'due', 'overdue'] as const;

function RecordList({ state }: { state: (typeof STATES)[number] }) {
  const { t } = useTranslation();
  const list = useApiQuery('reservations.list', { state });
  const columns = useMemo(() => reservationColumns(createColumnHelper<ReservationView>(), t), [t]);
  if (list.isError) return <ErrorAlert error={list.error} />;
  return <DataTable label={t('reservations.tabs.list')} data={list.data ?? []} columns={columns} getRowId={(row) => String(row.id)} />;
}

export function ReservationsPage() {
  const { t } = useTranslation();
  const canImport = useCan('reservations.import');
  const canExport = useCan('reservations.exportCsv');
  const search = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const requested = search.get('tab');
  const stateParam = search.get('state');
  const state = STATES.find((s) => s === stateParam) ?? 'all';
  const tab: Tab = TABS.find((name) => name === requested) ?? (stateParam ? 'list' : 'schedule');
  const [importing, setImporting] = useState(false);
  const [offer, setOffer] = useState<{ fileName: string; path: string | null } | null>(null);
  return (
    <Stack>
      <PageHeader
        title={t('reservations.title')}
        description={t('reservations.description')}
        actions={
          <Group>
            {canExport ? <CsvExportButton method="reservations.exportCsv" input={{}} /> : null}
            {canImport ? (
              <Button leftSection={<IconFileImport size={18} />} onClick={() => setImporting(true)}>
                {t('reservations.importButton')}
              </Button>
            ) : null}
          </Group>
        }
      />
      {offer ? (
        <Alert color="orange" title={t('reservations.offerDestroy.title')} withCloseButton onClose={() => setOffer(null)}>
          {t('reservations.offerDestroy.lead', { fileName: offer.fileName })}
        </Alert>
      ) : null}
      <AddressTabs
        path="/reservations"
        value={tab}
        label={(name) => t(`reservations.tabs.${name}`)}
        panels={{
          schedule: <SchedulePanel />,
          list: <RecordList state={state} />,
          person: <PersonPanel />,
          disposals: <DisposalsPanel />,
          downloads: <DownloadsPanel key={offer?.path ?? ''} suggested={offer?.path ?? null} />,
        }}
      />
      {importing ? (
        <ImportDialog
          title={t('reservations.import.title')}
          lead={t('reservations.import.lead')}
          templateName={t('reservations.import.templateName')}
          templateHeaders={RESERVATION_IMPORT_FIELDS.map((field) => field.label)}
          preview={(upload) => call('reservations.importPreview', upload)}
          commit={(upload) => call('reservations.import', upload)}
          invalidates={['reservations.', 'register.', 'home.']}
          onImported={(upload) => {
            void call('reservations.locateDownload', { fileName: upload.fileName }).then(({ path }) => {
              setOffer({ fileName: upload.fileName, path });
              navigate('/reservations?tab=downloads');
            });
          }}
          onClose={() => setImporting(false)}
        />
      ) : null}
    </Stack>
  );
}
