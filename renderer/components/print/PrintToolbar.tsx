import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Shown on screen only: print (the system dialog, `webContents.print()` in the app) and going back. */
export function PrintToolbar({ children, onPrint }: { children?: ReactNode; onPrint?: () => void }) {
  const { t } = useTranslation();
  // Notices of the page left behind ("저장했습니다") do not follow onto the sheet.
  useEffect(() => notifications.clean(), []);
  return (
    <div className="print-toolbar">
      <Button variant="default" onClick={() => window.history.back()}>
        {t('common.printToolbar.back')}
      </Button>
      <Button onClick={onPrint ?? (() => window.print())}>{t('common.printToolbar.print')}</Button>
      {children}
    </div>
  );
}

/** Tells whoever renders this page to PDF (printToPDF, page.pdf) that everything is on it. */
export function markPrintReady(ready: boolean): void {
  if (ready) document.body.dataset.printReady = 'true';
  else delete document.body.dataset.printReady;
}
