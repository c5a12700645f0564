import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProcessorStatus } from '../../shared/processors/rules.ts';

const COLORS: Record<ProcessorStatus, string> = { active: 'teal', ending: 'orange', awaiting: 'red', destroying: 'blue', ended: 'gray' };

export function StatusBadge({ status }: { status: ProcessorStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light">
      {t(`processors.statuses.${status}`)}
    </Badge>
  );
}
