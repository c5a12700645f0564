import { IconBuildingCommunity } from '@tabler/icons-react';
import type { RendererDomain } from '../domain.ts';
import { PolicyPrintPage } from './PolicyPrintPage.tsx';
import { ProcessorsPage } from './ProcessorsPage.tsx';
import { ProcessorsPrintPage } from './ProcessorsPrintPage.tsx';

export const processorsScreens: RendererDomain = {
  sections: [{ path: '/processors', label: 'processors.nav', icon: IconBuildingCommunity, page: ProcessorsPage, reads: 'processors.list' }],
  printRoutes: [
    { path: '/print/processors', render: () => <ProcessorsPrintPage /> },
    { path: '/print/processors-policy', render: () => <PolicyPrintPage /> },
  ],
};
