import { IconListDetails } from '@tabler/icons-react';
import type { RendererDomain } from '../domain.ts';
import { AccessLogPage } from './AccessLogPage.tsx';
import { AccessLogPrintPage } from './AccessLogPrintPage.tsx';

export const accessLogScreens: RendererDomain = {
  sections: [{ path: '/access-log', label: 'accessLog.nav', icon: IconListDetails, page: AccessLogPage, reads: 'accessLog.list' }],
  printRoutes: [{ path: '/print/access-log/:query?', render: (params) => <AccessLogPrintPage query={params.query ?? ''} /> }],
};
