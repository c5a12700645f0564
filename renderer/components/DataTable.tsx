import { Group, ScrollArea, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconSearch } from '@tabler/icons-react';
import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type Column,
  type ColumnDef,
  type FilterFn,
  type Row,
  type RowData,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer, useWindowVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

declare module '@tanstack/react-table' {
  // TanStack's own declaration names the type parameters; they are unused here.
  // oxlint-disable-next-line no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /**
     * The words the cell shows, when its value is not already them (a status code, a date shown
     * with its weekday, several lines): search looks for what staff read, not for internal codes.
     */
    text?: (row: TData) => string;
    /** The cell keeps its text on one line (dates, serials, amounts). */
    nowrap?: boolean;
    /** The column takes only the width its content needs (actions, counts). */
    shrink?: boolean;
  }
}

export interface DataTableProps<T> {
  data: readonly T[];
  // TanStack's column helpers infer a value type per column; the table only needs the row type.
  // oxlint-disable-next-line typescript/no-explicit-any
  columns: ColumnDef<T, any>[];
  /** Text search over what every column shows; hidden when false. */
  searchable?: boolean;
  /** False when the rows are a page of a list ordered by the main process (sorting them would mislead). */
  sortable?: boolean;
  initialSorting?: SortingState;
  /**
   * Where the rows scroll: with the page (the default: a list is the page, not a box inside it), or
   * in a box of this height (a list inside a dialog). Rows out of view are not rendered either way.
   */
  height?: number | string;
  rowHeight?: number;
  /** Called when the last rendered row is near the end (to load the next page). */
  onEndReached?: () => void;
  toolbar?: ReactNode;
  footer?: ReactNode;
  label: string;
  getRowId?: (row: T) => string;
  /** The search's words, when the page keeps them (e.g. across a visit to a printout). */
  search?: string;
  onSearchChange?: (text: string) => void;
  /** Called with the rows as shown (searched and sorted), e.g. to select all of them. */
  onVisibleRowsChange?: (rows: readonly T[]) => void;
}

/** The header's height of the app's frame: a sticky table header stops below it. */
const FRAME_HEADER = 56;

function columnText<T>(row: Row<T>, column: Column<T>): string {
  const text = column.columnDef.meta?.text;
  if (text) return text(row.original);
  const value: unknown = row.getValue(column.id);
  return value === null || value === undefined ? '' : String(value);
}

/** Every word typed must appear in some column's shown text (case and spacing ignored). */
function displayedTextFilter<T>(): FilterFn<T> {
  return (row, _columnId, query: string) => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return true;
    const text = row
      .getAllCells()
      .map((cell) => columnText(row, cell.column))
      .join(' ')
      .toLowerCase();
    return words.every((word) => text.includes(word));
  };
}

/** A sortable, searchable, virtualized table: only the rows in view are in the DOM. */
export function DataTable<T>({
  data,
  columns,
  searchable = true,
  sortable = true,
  initialSorting = [],
  height,
  rowHeight = 44,
  onEndReached,
  toolbar,
  footer,
  label,
  getRowId,
  search,
  onSearchChange,
  onVisibleRowsChange,
}: DataTableProps<T>) {
  const { t } = useTranslation();
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
  const [ownFilter, setOwnFilter] = useState('');
  const globalFilter = search ?? ownFilter;
  const setGlobalFilter = onSearchChange ?? setOwnFilter;
  const table = useReactTable({
    data: data as T[],
    columns,
    state: { sorting, globalFilter },
    enableSorting: sortable,
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
    globalFilterFn: displayedTextFilter<T>(),
    getColumnCanGlobalFilter: () => true,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    ...(getRowId ? { getRowId: (row: T) => getRowId(row) } : {}),
  });
  const rows = table.getRowModel().rows;
  useEffect(() => {
    onVisibleRowsChange?.(rows.map((row) => row.original));
  }, [rows, onVisibleRowsChange]);

  const columnCount = table.getVisibleLeafColumns().length;
  const body = (items: VirtualItem[], total: number, offset: number, measure: (node: Element | null) => void) => {
    const last = items.at(-1);
    const paddingTop = (items[0]?.start ?? offset) - offset;
    const paddingBottom = last ? total - last.end : 0;
    return (
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
            <Table.Tr key={row.id} data-index={item.index} ref={measure}>
              {row.getVisibleCells().map((cell) => {
                const meta = cell.column.columnDef.meta;
                return (
                  <Table.Td
                    key={cell.id}
                    style={{
                      whiteSpace: meta?.nowrap ? 'nowrap' : undefined,
                      width: meta?.shrink ? '1%' : undefined,
                      // A tall row (an entry of many files) reads from its top line, like the paper form.
                      verticalAlign: 'top',
                    }}
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          );
        })}
        {paddingBottom > 0 ? (
          <tr>
            <td colSpan={columnCount} style={{ height: paddingBottom, padding: 0 }} />
          </tr>
        ) : null}
      </Table.Tbody>
    );
  };
  const head = (
    <Table.Thead>
      {table.getHeaderGroups().map((group) => (
        <Table.Tr key={group.id}>
          {group.headers.map((header) => {
            const sorted = header.column.getIsSorted();
            const content = flexRender(header.column.columnDef.header, header.getContext());
            const meta = header.column.columnDef.meta;
            return (
              <Table.Th
                key={header.id}
                style={{ width: meta?.shrink ? '1%' : undefined, verticalAlign: 'bottom' }}
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
  );
  const empty =
    rows.length === 0 ? (
      <Text c="dimmed" ta="center" py="lg">
        {t('common.noRows')}
      </Text>
    ) : null;

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
      {height === undefined ? (
        <PageRows count={rows.length} rowHeight={rowHeight} onEndReached={onEndReached}>
          {(items, total, offset, measure) => (
            <Table
              striped
              highlightOnHover
              stickyHeader
              stickyHeaderOffset={FRAME_HEADER}
              aria-label={label}
              verticalSpacing={6}
              horizontalSpacing="xs"
            >
              {head}
              {body(items, total, offset, measure)}
            </Table>
          )}
        </PageRows>
      ) : (
        <BoxRows count={rows.length} rowHeight={rowHeight} height={height} onEndReached={onEndReached}>
          {(items, total, measure) => (
            <Table striped highlightOnHover stickyHeader aria-label={label} verticalSpacing={6}>
              {head}
              {body(items, total, 0, measure)}
            </Table>
          )}
        </BoxRows>
      )}
      {empty}
      {footer ?? (
        <Text size="xs" c="dimmed" mt={6}>
          {t('common.rows', { count: rows.length.toLocaleString('ko-KR') })}
        </Text>
      )}
    </div>
  );
}

function useEndReached(items: VirtualItem[], count: number, onEndReached?: () => void) {
  const lastIndex = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (onEndReached && count > 0 && lastIndex >= count - 20) onEndReached();
  }, [onEndReached, lastIndex, count]);
}

type Measure = (node: Element | null) => void;

/** Rows that scroll with the page; the table starts where it is laid out (its scroll margin). */
function PageRows({
  count,
  rowHeight,
  onEndReached,
  children,
}: {
  count: number;
  rowHeight: number;
  onEndReached?: () => void;
  children: (items: VirtualItem[], total: number, offset: number, measure: Measure) => ReactNode;
}) {
  const anchor = useRef<HTMLDivElement>(null);
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const node = anchor.current;
    if (!node) return undefined;
    const measureOffset = () => setOffset(node.getBoundingClientRect().top + window.scrollY);
    measureOffset();
    // What is above the table (alerts, filters) can change height after the first paint.
    const observer = new ResizeObserver(measureOffset);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useWindowVirtualizer({ count, estimateSize: () => rowHeight, overscan: 12, scrollMargin: offset });
  const items = virtualizer.getVirtualItems();
  useEndReached(items, count, onEndReached);
  return <div ref={anchor}>{children(items, virtualizer.getTotalSize() + offset, offset, virtualizer.measureElement)}</div>;
}

/** Rows that scroll in a box of their own (inside a dialog). */
function BoxRows({
  count,
  rowHeight,
  height,
  onEndReached,
  children,
}: {
  count: number;
  rowHeight: number;
  height: number | string;
  onEndReached?: () => void;
  children: (items: VirtualItem[], total: number, measure: Measure) => ReactNode;
}) {
  const viewport = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count, getScrollElement: () => viewport.current, estimateSize: () => rowHeight, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  useEndReached(items, count, onEndReached);
  return (
    <ScrollArea.Autosize mah={height} viewportRef={viewport} type="auto" offsetScrollbars>
      {children(items, virtualizer.getTotalSize(), virtualizer.measureElement)}
    </ScrollArea.Autosize>
  );
}
