import { Stack, Text } from '@mantine/core';
import type { ColumnHelper } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { FileView } from '../../shared/register/contract.ts';
import { FileStatusBadge } from '../components/StatusBadge.tsx';

/** A file's name, and under it its items (and its kind of medium, where no column of its own shows it). */
export function fileNameColumn(column: ColumnHelper<FileView>, t: TFunction, withMedia = false) {
  const under = (row: FileView) => (withMedia ? `${t(`register.media.${row.mediaKind}`)} · ${row.items}` : row.items);
  return column.accessor('name', {
    header: t('register.name'),
    meta: { text: (row) => `${row.name} ${under(row)}` },
    cell: (info) => (
      <Stack gap={0}>
        <Text size="sm" fw={600}>
          {info.getValue()}
        </Text>
        <Text size="xs" c="dimmed">
          {under(info.row.original)}
        </Text>
      </Stack>
    ),
  });
}

/** Sorted and searched by the words of the badge ("기한 경과" finds what the badge says), not by the code. */
export function fileStatusColumn(column: ColumnHelper<FileView>, t: TFunction) {
  return column.accessor((row) => t(`register.statuses.${row.status}`), {
    id: 'status',
    header: t('register.status'),
    meta: { nowrap: true },
    cell: (info) => <FileStatusBadge status={info.row.original.status} />,
  });
}
