import { Badge, Group, Stack, Text } from '@mantine/core';
import type { createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { ReservationView } from '../../shared/reservations/contract.ts';

const STATE_COLORS = { held: 'gray', due: 'orange', overdue: 'red' } as const;

/** The columns of every list of reservation records (all, a day's, a person's). */
export function reservationColumns(column: ReturnType<typeof createColumnHelper<ReservationView>>, t: TFunction) {
  return [
    column.accessor('bookingId', { header: t('reservations.columns.bookingId'), meta: { nowrap: true } }),
    column.accessor('name', {
      header: t('reservations.columns.name'),
      meta: { text: (row) => `${row.name} ${row.child ? t('reservations.child') : ''} ${row.nationality ?? ''}` },
      cell: (info) => (
        <Stack gap={0}>
          <Group gap={4} wrap="nowrap">
            <Text size="sm">{info.getValue()}</Text>
            {info.row.original.child ? (
              <Badge size="xs" color="grape" variant="light" title={t('reservations.childHint')}>
                {t('reservations.child')}
              </Badge>
            ) : null}
          </Group>
          <Text size="xs" c="dimmed">
            {info.row.original.nationality ?? ''} · {info.row.original.birthDate ?? ''}
          </Text>
        </Stack>
      ),
    }),
    column.accessor((row) => `${row.email ?? ''} ${row.phone ?? ''}`, {
      id: 'contact',
      header: `${t('reservations.columns.email')} · ${t('reservations.columns.phone')}`,
      cell: (info) => (
        <Stack gap={0}>
          <Text size="sm">{info.row.original.email ?? ''}</Text>
          <Text size="xs" c="dimmed">
            {info.row.original.phone ?? ''}
          </Text>
        </Stack>
      ),
    }),
    column.accessor('department', { header: t('reservations.columns.department') }),
    column.accessor('reservedAt', { header: t('reservations.columns.reservedAt'), meta: { nowrap: true } }),
    column.accessor((row) => t(`reservations.statuses.${row.status}`), {
      id: 'status',
      header: t('reservations.columns.status'),
      meta: { nowrap: true },
      cell: (info) => (
        <Stack gap={0}>
          <Text size="sm">{info.getValue()}</Text>
          {info.row.original.request ? (
            <Text size="xs" c="red">
              {t(`reservations.requests.${info.row.original.request}`)}
            </Text>
          ) : null}
        </Stack>
      ),
    }),
    column.accessor('dueOn', {
      header: t('reservations.columns.dueOn'),
      meta: {
        nowrap: true,
        text: (row) =>
          `${row.dueOn} ${row.destroyBy} ${t(`reservations.states.${row.state}`)} ${row.pendingRequestId ? t('reservations.pending') : ''}`,
      },
      cell: (info) => {
        const row = info.row.original;
        return (
          <Stack gap={2}>
            <Text size="sm" c={row.state === 'overdue' ? 'red' : undefined} fw={row.state === 'held' ? undefined : 600}>
              {row.dueOn}
            </Text>
            <Badge size="xs" variant="light" color={row.pendingRequestId ? 'blue' : STATE_COLORS[row.state]}>
              {row.pendingRequestId ? t('reservations.pending') : t(`reservations.states.${row.state}`)}
            </Badge>
          </Stack>
        );
      },
    }),
  ];
}
