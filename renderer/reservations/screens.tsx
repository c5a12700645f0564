import { IconCalendarTime } from '@tabler/icons-react';
import type { RendererDomain } from '../domain.ts';
import { AccessReplyPrintPage } from './AccessReplyPrintPage.tsx';
import { ReservationsPage } from './ReservationsPage.tsx';

export const reservationsScreens: RendererDomain = {
  sections: [
    { path: '/reservations', label: 'reservations.nav', icon: IconCalendarTime, page: ReservationsPage, reads: 'reservations.schedule' },
  ],
  printRoutes: [
    { path: '/print/reservations-reply/:text', render: (params) => <AccessReplyPrintPage text={decodeURIComponent(params.text ?? '')} /> },
  ],
};
