import { Button } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';

/** Opens a list's printout (an A4 route of its own) with the list's current filters. */
export function PrintButton({ route, label }: { route: string; label?: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  return (
    <Button variant="default" leftSection={<IconPrinter size={18} />} onClick={() => navigate(route)}>
      {label ?? t('common.print')}
    </Button>
  );
}
