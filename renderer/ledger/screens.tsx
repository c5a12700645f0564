import { IconBook2 } from '@tabler/icons-react';
import type { RendererDomain } from '../domain.ts';
import { CertificatePrintPage } from './CertificatePrintPage.tsx';
import { LedgerPage } from './LedgerPage.tsx';
import { LedgerPrintPage } from './LedgerPrintPage.tsx';

export const ledgerScreens: RendererDomain = {
  sections: [{ path: '/ledger', label: 'ledger.nav', icon: IconBook2, page: LedgerPage, reads: 'ledger.list' }],
  printRoutes: [
    { path: '/print/certificate/:serial', render: (params) => <CertificatePrintPage serial={params.serial ?? ''} /> },
    { path: '/print/ledger/:query?', render: (params) => <LedgerPrintPage query={params.query ?? ''} /> },
  ],
};
