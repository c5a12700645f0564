import { Button } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { DisposalView } from '../../shared/disposal/contract.ts';
import { formatInstant } from '../../shared/dates/calendar.ts';
import { DataTable } from '../components/DataTable.tsx';
import { useLocale } from '../i18n.ts';

/** Finished and cancelled requests: a list that keeps growing, so a virtualized, searchable table. */
export function ClosedRequests({ requests }: { requests: readonly DisposalView[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const columns = useMemo(() => {
    const column = createColumnHelper<DisposalView>();
    return [
      column.accessor('id', { header: '#' }),
      column.accessor((row) => row.serial ?? '', { id: 'serial', header: t('ledger.serial') }),
      column.accessor((row) => row.items.map((item) => item.name).join(' / '), { id: 'files', header: t('disposal.files') }),
      column.accessor((row) => t(`disposal.methods.${row.method}`), { id: 'method', header: t('disposal.method') }),
      column.accessor((row) => t(`disposal.reasons.${row.reason}`), { id: 'reason', header: t('disposal.reason') }),
      column.accessor((row) => row.performedBy?.name ?? '', { id: 'performer', header: t('disposal.performedBy') }),
      column.accessor((row) => row.approvedBy?.name ?? row.cancelReason ?? '', { id: 'closedBy', header: t('disposal.approvedBy') }),
      column.accessor((row) => row.approvedAt ?? row.cancelledAt ?? '', {
        id: 'closedAt',
        header: t('ledger.approvedOn'),
        cell: (info) => (info.getValue() ? formatInstant(info.getValue(), locale) : ''),
      }),
      column.display({
        id: 'certificate',
        header: t('disposal.certificate'),
        cell: (info) =>
          info.row.original.serial ? (
            <Button size="compact-xs" variant="light" component={Link} href={`/print/certificate/${info.row.original.serial}`}>
              {t('disposal.certificate')}
            </Button>
          ) : null,
      }),
    ];
  }, [t, locale]);
  return (
    <DataTable
      label={t('disposal.title')}
      data={requests}
      columns={columns}
      initialSorting={[{ id: 'id', desc: true }]}
      getRowId={(row) => String(row.id)}
    />
  );
}
