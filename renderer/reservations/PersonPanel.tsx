import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPrinter, IconSearch } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { ReservationView } from '../../shared/reservations/contract.ts';
import { useApiMutation, useApiQuery } from '../api/hooks.ts';
import { DataTable } from '../components/DataTable.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useCan } from '../session/useCan.ts';
import { reservationColumns } from './columns.tsx';
import { DisposeModal } from './DisposeModal.tsx';

/** 정보주체의 요구: every record held of a person, destroyed on request or printed for a 열람 reply. */
export function PersonPanel() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const canDispose = useCan('reservations.requestDisposal');
  const [typed, setTyped] = useState('');
  const [text, setText] = useState<string | null>(null);
  const found = useApiQuery('reservations.find', { text: text ?? '' }, { enabled: text !== null });
  const record = useApiMutation('reservations.recordRequest', ['reservations.', 'home.']);
  const [dispose, setDispose] = useState<{ ids: number[]; reason: 'subject_request' | 'consent_withdrawn' } | null>(null);
  const columns = useMemo(() => reservationColumns(createColumnHelper<ReservationView>(), t), [t]);
  const rows = found.data ?? [];
  const open = rows.filter((row) => row.pendingRequestId === null);
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('reservations.person.lead')}
      </Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setText(typed.trim());
        }}
      >
        <Group align="flex-end">
          <TextInput label={t('reservations.person.search')} value={typed} onChange={(e) => setTyped(e.currentTarget.value)} w={360} />
          <Button type="submit" leftSection={<IconSearch size={16} />}>
            {t('reservations.person.find')}
          </Button>
        </Group>
      </form>
      {found.isError ? <ErrorAlert error={found.error} /> : null}
      {record.isError ? <ErrorAlert error={record.error} /> : null}
      {found.isSuccess ? (
        <>
          <Group justify="space-between">
            <Text fw={600}>{rows.length > 0 ? t('reservations.person.found', { count: rows.length }) : t('reservations.person.none')}</Text>
            <Group>
              {rows.length > 0 ? (
                <Button
                  variant="default"
                  leftSection={<IconPrinter size={16} />}
                  onClick={() => navigate(`/print/reservations-reply/${encodeURIComponent(text ?? '')}`)}
                >
                  {t('reservations.person.print')}
                </Button>
              ) : null}
              {canDispose && open.length > 0 ? (
                <>
                  <Button
                    variant="light"
                    color="red"
                    loading={record.isPending}
                    onClick={() =>
                      record.mutate(
                        { ids: open.map((row) => row.id), kind: 'withdrawal' },
                        { onSuccess: () => setDispose({ ids: open.map((row) => row.id), reason: 'consent_withdrawn' }) },
                      )
                    }
                  >
                    {t('reservations.person.withdraw')}
                  </Button>
                  <Button
                    color="red"
                    loading={record.isPending}
                    onClick={() =>
                      record.mutate(
                        { ids: open.map((row) => row.id), kind: 'deletion' },
                        { onSuccess: () => setDispose({ ids: open.map((row) => row.id), reason: 'subject_request' }) },
                      )
                    }
                  >
                    {t('reservations.person.destroy')}
                  </Button>
                </>
              ) : null}
            </Group>
          </Group>
          {rows.length > 0 ? (
            <DataTable label={t('reservations.tabs.person')} data={rows} columns={columns} height={360} searchable={false} />
          ) : null}
        </>
      ) : null}
      {dispose ? (
        <DisposeModal
          scope={{ kind: 'ids', ids: dispose.ids }}
          count={dispose.ids.length}
          reason={dispose.reason}
          onClose={() => setDispose(null)}
        />
      ) : null}
    </Stack>
  );
}
