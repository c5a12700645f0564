import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../shared/domains.ts';
import { useApiMutation } from '../api/hooks.ts';
import { downloadText } from './download.ts';

type CsvMethod = 'accessLog.exportCsv' | 'ledger.exportCsv' | 'register.exportCsv' | 'processors.exportCsv' | 'reservations.exportCsv';

/** Exports what the list shows (same filters) as an Excel-ready CSV the main process wrote. */
export function CsvExportButton<M extends CsvMethod>({ method, input }: { method: M; input: MethodInput<M> }) {
  const { t } = useTranslation();
  const exportCsv = useApiMutation(method);
  return (
    <Button
      variant="default"
      leftSection={<IconDownload size={18} />}
      loading={exportCsv.isPending}
      onClick={() =>
        exportCsv.mutate(input, {
          onSuccess: ({ fileName, csv, rows }) => {
            downloadText(fileName, csv);
            notifications.show({ color: 'teal', message: t('common.exported', { count: rows, file: fileName }) });
          },
          onError: (error) => notifications.show({ color: 'red', message: error.message }),
        })
      }
    >
      {t('common.exportCsv')}
    </Button>
  );
}
