import { Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DownloadedFileView } from '../../shared/reservations/contract.ts';
import { call } from '../api/client.ts';
import { useApiMutation, useApiQuery } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { formatBytes } from '../components/files.ts';
import { PasswordConfirmModal } from '../components/PasswordConfirmModal.tsx';
import { formatInstant } from '../../shared/dates/calendar.ts';
import { useLocale } from '../i18n.ts';

const PRESENT_COLORS = { same: 'orange', changed: 'red', missing: 'gray' } as const;

/** Lists downloaded from the booking system onto this PC: registered, then overwritten and removed. */
export function DownloadsPanel({ suggested }: { suggested?: string | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const client = useQueryClient();
  const downloads = useApiQuery('reservations.downloads', {});
  const register = useApiMutation('reservations.registerDownload', ['reservations.']);
  const [path, setPath] = useState(suggested ?? '');
  const [destroying, setDestroying] = useState<DownloadedFileView | null>(null);
  return (
    <Stack>
      <Group align="flex-end">
        <TextInput
          label={t('reservations.downloads.path')}
          placeholder={t('reservations.downloads.pathHint')}
          value={path}
          onChange={(e) => setPath(e.currentTarget.value)}
          error={register.error?.body.fields?.path}
          w={520}
        />
        <Button
          loading={register.isPending}
          disabled={path.trim() === ''}
          onClick={() => register.mutate({ path }, { onSuccess: () => setPath('') })}
        >
          {t('reservations.downloads.register')}
        </Button>
      </Group>
      {register.isError && !register.error.body.fields ? <ErrorAlert error={register.error} /> : null}
      {downloads.isError ? <ErrorAlert error={downloads.error} /> : null}
      {downloads.data?.length === 0 ? <Text c="dimmed">{t('reservations.downloads.empty')}</Text> : null}
      {downloads.data && downloads.data.length > 0 ? (
        <Table aria-label={t('reservations.tabs.downloads')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reservations.downloads.path')}</Table.Th>
              <Table.Th>{t('reservations.downloads.size')}</Table.Th>
              <Table.Th>SHA-256</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {downloads.data.map((file) => (
              <Table.Tr key={file.id}>
                <Table.Td>
                  <Text size="sm">{file.fileName}</Text>
                  <Text size="xs" c="dimmed">
                    {file.path}
                  </Text>
                </Table.Td>
                <Table.Td>{formatBytes(file.size)}</Table.Td>
                <Table.Td>
                  <Text size="xs" ff="monospace">
                    {file.sha256.slice(0, 16)}…
                  </Text>
                </Table.Td>
                <Table.Td>
                  {file.destroyedAt ? (
                    <Badge color="teal" variant="light">
                      {t('reservations.downloads.destroyed')} {formatInstant(file.destroyedAt, locale)}
                    </Badge>
                  ) : (
                    <Group gap="xs" wrap="nowrap">
                      <Badge color={PRESENT_COLORS[file.present]} variant="light">
                        {t(`reservations.downloads.present.${file.present}`)}
                      </Badge>
                      <Button size="xs" color="red" disabled={file.present === 'missing'} onClick={() => setDestroying(file)}>
                        {t('reservations.downloads.destroy')}
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      <PasswordConfirmModal
        opened={destroying !== null}
        title={t('reservations.downloads.destroyTitle')}
        lead={t('reservations.downloads.destroyLead')}
        confirmLabel={t('reservations.downloads.destroy')}
        color="red"
        onClose={() => setDestroying(null)}
        onConfirm={async (password) => {
          if (!destroying) return;
          await call('reservations.destroyDownload', { id: destroying.id, password });
          await client.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('reservations.') });
          notifications.show({ color: 'teal', message: t('reservations.downloads.destroyedNotice') });
        }}
      />
    </Stack>
  );
}
