import { IconChecklist } from '@tabler/icons-react';
import type { RendererDomain } from '../domain.ts';
import { HomePage } from './HomePage.tsx';

/** The first section: where everyone lands after signing in. */
export const homeScreens: RendererDomain = {
  sections: [{ path: '/today', label: 'home.nav', icon: IconChecklist, page: HomePage, reads: 'home.today' }],
};
