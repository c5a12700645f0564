import { Button, Stack, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { DisposalView } from '../../shared/disposal/contract.ts';
import { formatInstant } from '../../shared/dates/calendar.ts';
import { DataTable } from '../components/DataTable.tsx';
import { EvidenceLinks } from '../components/Evidence.tsx';
import { useLocale } from '../i18n.ts';

/** Finished and cancelled requests: a list that keeps growing, so a virtualized, searchable table. */
export function ClosedRequests({ requests }: { requests: readonly DisposalView[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const columns = useMemo(() => {
    const column = createColumnHelper<DisposalView>();
    // One number staff see: the ledger serial (a cancelled request has none, and needs none).
    return [
      column.accessor((row) => row.serial ?? '', { id: 'serial', header: t('ledger.serial'), meta: { nowrap: true, shrink: true } }),
      column.accessor((row) => row.items.map((item) => item.name).join(' / '), {
        id: 'files',
        header: t('disposal.files'),
        cell: (info) => (
          <Stack gap={0}>
            {info.row.original.items.map((item) => (
              <Text key={item.fileId} size="sm">
                {item.name}
              </Text>
            ))}
          </Stack>
        ),
      }),
      column.accessor((row) => t(`disposal.methods.${row.method}`), { id: 'method', header: t('disposal.method') }),
      column.accessor((row) => t(`disposal.reasons.${row.reason}`), { id: 'reason', header: t('disposal.reason') }),
      column.accessor((row) => row.performedBy?.name ?? '', { id: 'performer', header: t('disposal.performedBy') }),
      column.accessor((row) => row.approvedBy?.name ?? row.cancelReason ?? '', { id: 'closedBy', header: t('disposal.approvedBy') }),
      column.accessor(
        (row) => ((row.approvedAt ?? row.cancelledAt) ? formatInstant(row.approvedAt ?? row.cancelledAt ?? '', locale) : ''),
        {
          id: 'closedAt',
          header: t('ledger.approvedOn'),
          meta: { nowrap: true },
        },
      ),
      column.accessor((row) => row.attachments.map((a) => a.fileName).join(' '), {
        id: 'evidence',
        header: t('disposal.evidence'),
        enableSorting: false,
        cell: (info) => <EvidenceLinks attachments={info.row.original.attachments} size="xs" />,
      }),
      column.display({
        id: 'certificate',
        header: t('disposal.certificate'),
        meta: { shrink: true },
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
      initialSorting={[{ id: 'closedAt', desc: true }]}
      getRowId={(row) => String(row.id)}
    />
  );
}
