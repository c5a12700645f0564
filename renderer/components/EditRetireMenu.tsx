import { notifications } from '@mantine/notifications';
import type { ColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../api/hooks.ts';
import { RowMenu } from './RowMenu.tsx';

type RetireMethod = 'cctv.recorders.retire' | 'policies.archive';

/**
 * The row menu of a list whose entries are edited and taken out of use but never deleted
 * (recorders, retention policies): 수정, and the retiring action with its own words.
 */
export function EditRetireMenu({
  name,
  id,
  allowed,
  onEdit,
  retire,
}: {
  name: string;
  id: number;
  /** False where the person's role may not change this list (the menu is then absent). */
  allowed: boolean;
  onEdit: () => void;
  retire: { method: RetireMethod; label: string; invalidates: readonly string[]; done: (name: string) => string };
}) {
  const { t } = useTranslation();
  const mutation = useApiMutation(retire.method, retire.invalidates);
  return (
    <RowMenu
      name={name}
      actions={[
        allowed && { label: t('common.edit'), onClick: onEdit },
        allowed && {
          label: retire.label,
          color: 'red',
          onClick: () =>
            mutation.mutate(
              { id },
              {
                onSuccess: (retired) => notifications.show({ color: 'teal', message: retire.done(retired.name) }),
                onError: (error) => notifications.show({ color: 'red', message: error.message }),
              },
            ),
        },
      ]}
    />
  );
}

/** The table column of such a list: the menu on every row. */
export function editRetireColumn<T extends { id: number; name: string }>(
  column: ColumnHelper<T>,
  header: string,
  options: { allowed: boolean; onEdit: (row: T) => void; retire: Parameters<typeof EditRetireMenu>[0]['retire'] },
) {
  return column.display({
    id: 'actions',
    header,
    cell: (info) => (
      <EditRetireMenu
        name={info.row.original.name}
        id={info.row.original.id}
        allowed={options.allowed}
        onEdit={() => options.onEdit(info.row.original)}
        retire={options.retire}
      />
    ),
  });
}
