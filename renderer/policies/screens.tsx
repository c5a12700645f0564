import { IconCalendarTime } from '@tabler/icons-react';
import type { RendererDomain } from '../domain.ts';
import { PoliciesPage } from './PoliciesPage.tsx';

export const policiesScreens: RendererDomain = {
  sections: [{ path: '/policies', label: 'policies.nav', icon: IconCalendarTime, page: PoliciesPage, reads: 'policies.list' }],
};
