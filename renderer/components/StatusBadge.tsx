import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FileStatus } from '../../shared/register/files.ts';

const COLORS: Record<FileStatus, string> = {
  held: 'gray',
  due: 'orange',
  overdue: 'red',
  pending: 'blue',
  extended: 'violet',
  destroyed: 'teal',
};

export function FileStatusBadge({ status }: { status: FileStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light">
      {t(`register.statuses.${status}`)}
    </Badge>
  );
}
