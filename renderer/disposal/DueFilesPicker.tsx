import { Checkbox, Group, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileView } from '../../shared/register/contract.ts';
import { formatDateWithWeekday } from '../../shared/dates/calendar.ts';
import { DataTable } from '../components/DataTable.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { fileNameColumn, fileStatusColumn } from '../register/columns.tsx';
import { useLocale } from '../i18n.ts';

/** A count as typed: a number, or the text while it is not one yet (kept, never replaced). */
export type TypedCount = number | string;

/**
 * The due files of a request: searchable on what the rows show (a name, 기한 경과, a date), with
 * "select all shown", in a virtualized list — a register of 3,000 files may have 1,100 due.
 */
export function DueFilesPicker({
  files,
  selected,
  onSelect,
  counts,
  onCount,
}: {
  files: readonly FileView[];
  selected: ReadonlySet<number>;
  onSelect: (ids: readonly number[], on: boolean) => void;
  counts: Readonly<Record<number, TypedCount>>;
  onCount: (id: number, count: TypedCount) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [shown, setShown] = useState<readonly FileView[]>(files);
  const shownSelected = shown.filter((file) => selected.has(file.id)).length;
  const columns = useMemo(() => {
    const column = createColumnHelper<FileView>();
    return [
      column.display({
        id: 'select',
        meta: { shrink: true },
        header: () => (
          <Checkbox
            aria-label={t('disposal.selectShown', { count: shown.length })}
            checked={shown.length > 0 && shownSelected === shown.length}
            indeterminate={shownSelected > 0 && shownSelected < shown.length}
            onChange={(event) =>
              onSelect(
                shown.map((file) => file.id),
                event.currentTarget.checked,
              )
            }
          />
        ),
        cell: (info) => (
          <Checkbox
            aria-label={info.row.original.name}
            checked={selected.has(info.row.original.id)}
            onChange={(event) => onSelect([info.row.original.id], event.currentTarget.checked)}
          />
        ),
      }),
      fileNameColumn(column, t, true),
      fileStatusColumn(column, t),
      column.accessor((row) => row.due?.destroyBy ?? '', {
        id: 'due',
        header: t('register.due'),
        meta: { nowrap: true, text: (row) => (row.due ? formatDateWithWeekday(row.due.destroyBy, locale) : '') },
        cell: (info) => (info.getValue() ? formatDateWithWeekday(info.getValue(), locale) : ''),
      }),
      column.display({
        id: 'count',
        header: t('disposal.count'),
        meta: { shrink: true },
        cell: (info) => {
          const file = info.row.original;
          return (
            <NumberField
              aria-label={`${file.name} ${t('disposal.count')}`}
              size="xs"
              w={150}
              min={1}
              max={file.recordCount}
              thousandSeparator=","
              value={counts[file.id] ?? file.recordCount}
              onChange={(value) => onCount(file.id, value)}
              disabled={!selected.has(file.id)}
              hideControls
              rightSectionWidth={64}
              rightSection={
                <Text size="xs" c="dimmed">
                  / {file.recordCount.toLocaleString('ko-KR')}
                </Text>
              }
            />
          );
        },
      }),
    ];
  }, [t, locale, shown, shownSelected, selected, counts, onSelect, onCount]);

  return (
    <DataTable
      label={t('disposal.files')}
      data={files}
      columns={columns}
      height="38vh"
      rowHeight={52}
      initialSorting={[{ id: 'due', desc: false }]}
      getRowId={(row) => String(row.id)}
      onVisibleRowsChange={setShown}
      toolbar={
        <Group gap="xs">
          <Text size="sm" fw={600} aria-live="polite">
            {t('disposal.selectedCount', { count: selected.size.toLocaleString('ko-KR'), total: files.length.toLocaleString('ko-KR') })}
          </Text>
        </Group>
      }
    />
  );
}
