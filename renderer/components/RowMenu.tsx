import { ActionIcon, Menu } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface RowAction {
  label: string;
  onClick: () => void;
  color?: string;
  disabled?: boolean;
}

/** The "…" menu of a table row; `false`/`null` entries are the actions this row or role does not offer. */
export function RowMenu({ name, actions }: { name: string; actions: ReadonlyArray<RowAction | false | null> }) {
  const { t } = useTranslation();
  const offered = actions.filter((action): action is RowAction => Boolean(action));
  if (offered.length === 0) return null;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" aria-label={`${name} ${t('common.actions')}`}>
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {offered.map((action) => (
          <Menu.Item key={action.label} color={action.color} disabled={action.disabled} onClick={action.onClick}>
            {action.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
