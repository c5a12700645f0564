import { Alert, Badge, Button, FileButton, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDownload, IconFileSpreadsheet } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { issueText, templateCsv, type ImportPreview } from '../../../shared/formats/import.ts';
import type { ApiCallError } from '../../api/client.ts';
import { downloadText } from '../download.ts';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { readAsBase64 } from '../files.ts';
import { TaskProgress } from '../TaskProgress.tsx';

export interface SpreadsheetUpload {
  fileName: string;
  dataBase64: string;
}

/** Issues listed at most (a file of 3,000 bad rows says how many more there are). */
const LISTED = 500;

/**
 * The one import dialog (registers, processors, reservations): pick an XLSX or CSV file → see how
 * it was read (encoding, sheet, the header row, which column fills which field, the first rows)
 * and every problem by row and column → import all of it, with progress, or nothing.
 */
export function ImportDialog({
  title,
  lead,
  templateName,
  templateHeaders,
  preview,
  commit,
  invalidates,
  onImported,
  onClose,
}: {
  title: string;
  lead: string;
  /** A blank sheet with the headers the import reads (a CSV staff can fill in Excel). */
  templateName: string;
  templateHeaders: readonly string[];
  preview: (upload: SpreadsheetUpload) => Promise<ImportPreview>;
  commit: (upload: SpreadsheetUpload) => Promise<{ imported: number }>;
  invalidates: readonly string[];
  /** After a successful import, with the upload (e.g. to offer destroying the downloaded file). */
  onImported?: (upload: SpreadsheetUpload) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [upload, setUpload] = useState<SpreadsheetUpload | null>(null);
  const read = useMutation<ImportPreview, ApiCallError, SpreadsheetUpload>({ mutationFn: preview });
  const save = useMutation<{ imported: number }, ApiCallError, SpreadsheetUpload>({
    mutationFn: commit,
    onSuccess: async ({ imported }, sent) => {
      await client.invalidateQueries({ predicate: (q) => invalidates.some((prefix) => String(q.queryKey[0]).startsWith(prefix)) });
      notifications.show({ color: 'teal', message: t('common.import.done', { count: imported.toLocaleString('ko-KR') }) });
      onImported?.(sent);
      onClose();
    },
  });
  const choose = async (file: File | null) => {
    if (!file) return;
    const next = { fileName: file.name, dataBase64: await readAsBase64(file) };
    setUpload(next);
    save.reset();
    read.mutate(next);
  };
  const result = read.data;
  const busy = read.isPending || save.isPending;

  return (
    <Modal opened onClose={() => !save.isPending && onClose()} title={title} size="90%" centered>
      <Stack>
        <Text size="sm">{lead}</Text>
        <Group>
          <FileButton
            onChange={(file) => void choose(file)}
            accept=".xlsx,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          >
            {(props) => (
              <Button leftSection={<IconFileSpreadsheet size={18} />} loading={read.isPending} disabled={save.isPending} {...props}>
                {upload ? t('common.import.another') : t('common.import.choose')}
              </Button>
            )}
          </FileButton>
          <Button
            variant="subtle"
            leftSection={<IconDownload size={16} />}
            onClick={() => downloadText(templateName, templateCsv(templateHeaders))}
          >
            {t('common.import.template')}
          </Button>
        </Group>
        {read.isError ? <ErrorAlert error={read.error} /> : null}
        {result ? <PreviewOf preview={result} /> : null}
        {save.isError && !result?.issues.length ? <ErrorAlert error={save.error} /> : null}
        <TaskProgress task="import" running={save.isPending} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={save.isPending}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={() => upload && save.mutate(upload)}
            loading={save.isPending}
            disabled={busy || !result || result.issues.length > 0 || result.total === 0}
          >
            {t('common.import.commit', { count: (result?.total ?? 0).toLocaleString('ko-KR') })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function PreviewOf({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const shown = preview.fields.filter((field) => preview.columns.some((column) => column.field === field.key));
  return (
    <Stack gap="sm">
      <Text size="sm" fw={600}>
        {t('common.import.read', {
          file: preview.fileName,
          format: preview.sheet ? `${preview.format} · ${preview.sheet}` : preview.format,
          header: preview.headerRow,
          count: preview.total.toLocaleString('ko-KR'),
        })}
      </Text>
      {preview.issues.length > 0 ? (
        <Alert
          color="red"
          icon={<IconAlertTriangle size={18} />}
          title={t('common.import.issues', { count: preview.issues.length.toLocaleString('ko-KR') })}
        >
          <ScrollArea.Autosize mah={220} type="auto">
            <Stack gap={2} role="list" aria-label={t('common.import.issuesList')}>
              {preview.issues.slice(0, LISTED).map((issue, index) => (
                <Text key={`${issue.row ?? 0}-${issue.column ?? ''}-${index}`} size="sm" role="listitem">
                  {issueText(issue)}
                </Text>
              ))}
              {preview.issues.length > LISTED ? (
                <Text size="sm" c="dimmed">
                  {t('common.import.more', { count: (preview.issues.length - LISTED).toLocaleString('ko-KR') })}
                </Text>
              ) : null}
            </Stack>
          </ScrollArea.Autosize>
        </Alert>
      ) : preview.total > 0 ? (
        <Alert color="teal">{t('common.import.ready', { count: preview.total.toLocaleString('ko-KR') })}</Alert>
      ) : null}
      {preview.columns.length > 0 ? (
        <Group gap={6} aria-label={t('common.import.columns')} role="list">
          {preview.columns.map((column) => (
            <Badge key={column.column} role="listitem" variant={column.field ? 'light' : 'outline'} color={column.field ? 'teal' : 'gray'}>
              {column.field
                ? t('common.import.mapped', { column: column.column, header: column.header, field: column.fieldLabel ?? '' })
                : t('common.import.ignored', { column: column.column, header: column.header || '—' })}
            </Badge>
          ))}
        </Group>
      ) : null}
      {preview.sample.length > 0 ? (
        <ScrollArea type="auto">
          <Table withTableBorder striped fz="xs" aria-label={t('common.import.sample')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('common.import.row')}</Table.Th>
                {shown.map((field) => (
                  <Table.Th key={field.key} style={{ whiteSpace: 'nowrap' }}>
                    {field.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.sample.map((row) => (
                <Table.Tr key={row.row} bg={preview.issues.some((issue) => issue.row === row.row) ? 'red.0' : undefined}>
                  <Table.Td>{row.row}</Table.Td>
                  {shown.map((field) => (
                    <Table.Td key={field.key}>{row.text[field.key] ?? ''}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      ) : null}
    </Stack>
  );
}
