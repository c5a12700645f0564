import { Anchor, Badge, Drawer, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AttachmentRef } from '../../shared/ledger/types.ts';
import { CLAUSE_KEYS } from '../../shared/processors/clauses.ts';
import { countryName } from '../../shared/processors/countries.ts';
import { call } from '../api/client.ts';
import { useApiQuery } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { formatBytes } from '../components/files.ts';
import { useLocale } from '../i18n.ts';
import { StatusBadge } from './StatusBadge.tsx';

/** Opens a stored document (its digest checked by the main process) in a new blob tab. */
function DocumentLink({ document }: { document: AttachmentRef }) {
  const open = useMutation({
    mutationFn: () => call('processors.document', { id: document.id }),
    onSuccess: (data) => {
      const bytes = Uint8Array.from(atob(data.dataBase64), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: data.ref.mime }));
      const link = window.document.createElement('a');
      link.href = url;
      link.download = data.ref.fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  });
  return (
    <Stack gap={2}>
      <Anchor size="sm" onClick={() => open.mutate()}>
        <Group gap={4} component="span">
          <IconPaperclip size={14} />
          {document.fileName} ({formatBytes(document.size)}) · SHA-256 {document.sha256.slice(0, 16)}…
        </Group>
      </Anchor>
      {open.isError ? <ErrorAlert error={open.error} /> : null}
    </Stack>
  );
}

function row(label: string, value: string | null | undefined) {
  return (
    <Table.Tr>
      <Table.Th w={180}>{label}</Table.Th>
      <Table.Td>{value || '—'}</Table.Td>
    </Table.Tr>
  );
}

/** Everything about one processor: its chain, clauses, overseas facts, what it holds, its inspections. */
export function ProcessorDrawer({ id, onClose }: { id: number; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const detail = useApiQuery('processors.get', { id });
  const p = detail.data;
  return (
    <Drawer opened onClose={onClose} position="right" size="xl" title={p?.name ?? ''}>
      {detail.isPending ? <Loader /> : null}
      {detail.isError ? <ErrorAlert error={detail.error} /> : null}
      {p ? (
        <Stack>
          <Group gap="xs">
            <StatusBadge status={p.status} />
            {p.chain.length > 0 ? (
              <Text size="sm" c="dimmed">
                {[...p.chain, p.name].join(' → ')}
              </Text>
            ) : null}
          </Group>
          <Table withRowBorders={false}>
            <Table.Tbody>
              {row(t('processors.fields.businessNumber'), p.businessNumber)}
              {row(
                t('processors.fields.country'),
                [p.country, ...p.storageCountries]
                  .map((c) => countryName(c, locale))
                  .filter((v, i, a) => a.indexOf(v) === i)
                  .join(', '),
              )}
              {row(t('processors.fields.address'), p.address)}
              {row(t('processors.sections.contact'), [p.contactName, p.contactEmail, p.contactPhone].filter(Boolean).join(' · '))}
              {row(t('processors.fields.work'), p.work)}
              {row(t('processors.fields.items'), p.items)}
              {row(t('processors.fields.subjects'), p.subjects)}
              {row(t('processors.fields.retentionText'), p.retentionText)}
              {row(t('processors.columns.contract'), `${p.contractStart} ~ ${p.contractEnd ?? t('processors.autoRenew')}`)}
              {p.parentId !== null ? row(t('processors.fields.consentOn'), `${p.consentOn ?? ''} · ${p.consentHow}`) : null}
              {row(t('processors.detail.files'), p.files.map((f) => f.name).join(', '))}
              {row(t('processors.detail.policies'), p.policies.map((f) => f.name).join(', '))}
              {row(t('processors.detail.children'), p.children.map((f) => f.name).join(', '))}
            </Table.Tbody>
          </Table>
          <Title order={5}>{t('processors.contract.file')}</Title>
          {p.contract ? (
            <DocumentLink document={p.contract} />
          ) : (
            <Text size="sm" c="orange">
              {t('processors.noContract')}
            </Text>
          )}
          <Title order={5}>{t('processors.sections.clauses')}</Title>
          <Stack gap={2}>
            {CLAUSE_KEYS.map((key) => (
              <Group key={key} gap="xs">
                <Badge size="sm" color={p.clauses[key].present ? 'teal' : 'red'} variant="light">
                  {p.clauses[key].present ? t('processors.fields.present') : t('processors.clauseMissing')}
                </Badge>
                <Text size="sm">{t(`processors.clauses.${key}`)}</Text>
                <Text size="xs" c="dimmed">
                  {p.clauses[key].where}
                </Text>
              </Group>
            ))}
          </Stack>
          {p.overseas ? (
            <>
              <Title order={5}>{t('processors.sections.overseas')}</Title>
              <Table withRowBorders={false}>
                <Table.Tbody>
                  {row(t('processors.overseasFields.items'), p.overseas.items)}
                  {row(t('processors.overseasFields.whenHow'), p.overseas.whenHow)}
                  {row(t('processors.overseasFields.purpose'), p.overseas.purpose)}
                  {row(t('processors.overseasFields.retention'), p.overseas.retention)}
                  {row(t('processors.overseasFields.refusal'), p.overseas.refusal)}
                  {row(t('processors.overseasFields.ground'), p.overseas.ground ? t(`processors.grounds.${p.overseas.ground}`) : '')}
                </Table.Tbody>
              </Table>
            </>
          ) : null}
          <Title order={5}>{t('processors.inspections.title')}</Title>
          <Text size="sm" c={p.inspectionOverdue ? 'red' : undefined}>
            {t('processors.inspections.next', { date: p.nextInspectionDue })}
          </Text>
          {p.inspections.length === 0 ? <Text size="sm">{t('processors.inspections.none')}</Text> : null}
          {p.inspections.map((inspection) => (
            <Stack key={inspection.id} gap={2}>
              <Text size="sm" fw={600}>
                {inspection.inspectedOn} · {inspection.inspector} · {t(`processors.results.${inspection.result}`)}
              </Text>
              <Text size="sm">{inspection.findings}</Text>
              {inspection.document ? <DocumentLink document={inspection.document} /> : null}
            </Stack>
          ))}
        </Stack>
      ) : null}
    </Drawer>
  );
}
