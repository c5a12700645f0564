import { IconVideo } from '@tabler/icons-react';
import type { RendererDomain } from '../domain.ts';
import { CctvPage } from './CctvPage.tsx';
import { CctvRegisterPrintPage } from './CctvRegisterPrintPage.tsx';

export const cctvScreens: RendererDomain = {
  sections: [{ path: '/cctv', label: 'cctv.nav', icon: IconVideo, page: CctvPage, reads: 'cctv.recorders.list' }],
  printRoutes: [
    {
      path: '/print/cctv-register/:from/:until',
      render: (params) => <CctvRegisterPrintPage from={params['from'] ?? ''} until={params['until'] ?? ''} />,
    },
  ],
};
