import { Group, ScrollArea, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconSearch } from '@tabler/icons-react';
import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface DataTableProps<T> {
  data: readonly T[];
  // TanStack's column helpers infer a value type per column; the table only needs the row type.
  // oxlint-disable-next-line typescript/no-explicit-any
  columns: ColumnDef<T, any>[];
  /** Text search over every column's value; hidden when false. */
  searchable?: boolean;
  /** False when the rows are a page of a list ordered by the main process (sorting them would mislead). */
  sortable?: boolean;
  initialSorting?: SortingState;
  /** Height of the scrolling body; rows outside it are not rendered (lists can grow to thousands). */
  height?: number | string;
  rowHeight?: number;
  /** Called when the last rendered row is near the end (to load the next page). */
  onEndReached?: () => void;
  toolbar?: ReactNode;
  footer?: ReactNode;
  label: string;
  getRowId?: (row: T) => string;
}

/** A sortable, searchable, virtualized table: only the rows in view are in the DOM. */
export function DataTable<T>({
  data,
  columns,
  searchable = true,
  sortable = true,
  initialSorting = [],
  height = 'calc(100vh - 300px)',
  rowHeight = 44,
  onEndReached,
  toolbar,
  footer,
  label,
  getRowId,
}: DataTableProps<T>) {
  const { t } = useTranslation();
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
  const [globalFilter, setGlobalFilter] = useState('');
  const table = useReactTable({
    data: data as T[],
    columns,
    state: { sorting, globalFilter },
    enableSorting: sortable,
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    ...(getRowId ? { getRowId: (row: T) => getRowId(row) } : {}),
  });
  const rows = table.getRowModel().rows;
  const viewport = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => viewport.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const last = items.at(-1);
  const lastIndex = last?.index ?? -1;
  useEffect(() => {
    if (onEndReached && rows.length > 0 && lastIndex >= rows.length - 20) onEndReached();
  }, [onEndReached, lastIndex, rows.length]);
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = last ? virtualizer.getTotalSize() - last.end : 0;
  const columnCount = table.getVisibleLeafColumns().length;

  return (
    <div>
      {searchable || toolbar ? (
        <Group mb="sm" justify="space-between" align="flex-end">
          {searchable ? (
            <TextInput
              aria-label={t('common.search')}
              placeholder={t('common.search')}
              leftSection={<IconSearch size={16} />}
              value={globalFilter}
              onChange={(event) => setGlobalFilter(event.currentTarget.value)}
              w={280}
            />
          ) : (
            <span />
          )}
          {toolbar}
        </Group>
      ) : null}
      <ScrollArea.Autosize mah={height} viewportRef={viewport} type="auto" offsetScrollbars>
        <Table striped highlightOnHover stickyHeader aria-label={label} verticalSpacing={6} style={{ tableLayout: 'auto' }}>
          <Table.Thead>
            {table.getHeaderGroups().map((group) => (
              <Table.Tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const content = flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <Table.Th
                      key={header.id}
                      style={{ whiteSpace: 'nowrap' }}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                    >
                      {header.column.getCanSort() ? (
                        <UnstyledButton onClick={header.column.getToggleSortingHandler()} fw={700} fz="sm">
                          <Group gap={4} wrap="nowrap">
                            {content}
                            {sorted === 'asc' ? (
                              <IconArrowUp size={14} />
                            ) : sorted === 'desc' ? (
                              <IconArrowDown size={14} />
                            ) : (
                              <IconArrowsSort size={14} opacity={0.35} />
                            )}
                          </Group>
                        </UnstyledButton>
                      ) : (
                        content
                      )}
                    </Table.Th>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Thead>
          <Table.Tbody>
            {paddingTop > 0 ? (
              <tr>
                <td colSpan={columnCount} style={{ height: paddingTop, padding: 0 }} />
              </tr>
            ) : null}
            {items.map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              return (
                <Table.Tr key={row.id} data-index={item.index} ref={virtualizer.measureElement}>
                  {row.getVisibleCells().map((cell) => (
                    <Table.Td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
            {paddingBottom > 0 ? (
              <tr>
                <td colSpan={columnCount} style={{ height: paddingBottom, padding: 0 }} />
              </tr>
            ) : null}
          </Table.Tbody>
        </Table>
        {rows.length === 0 ? (
          <Text c="dimmed" ta="center" py="lg">
            {t('common.noRows')}
          </Text>
        ) : null}
      </ScrollArea.Autosize>
      {footer ?? (
        <Text size="xs" c="dimmed" mt={6}>
          {t('common.rows', { count: rows.length })}
        </Text>
      )}
    </div>
  );
}
