import { IconDatabaseExport } from '@tabler/icons-react';
import type { RendererDomain } from '../domain.ts';
import { BackupsPage } from './BackupsPage.tsx';
import { RecoverySheetPrintPage } from './RecoverySheetPrintPage.tsx';

export const backupsScreens: RendererDomain = {
  sections: [{ path: '/backups', label: 'backups.nav', icon: IconDatabaseExport, page: BackupsPage, reads: 'backups.settings' }],
  printRoutes: [{ path: '/print/recovery-sheet', render: () => <RecoverySheetPrintPage /> }],
};
