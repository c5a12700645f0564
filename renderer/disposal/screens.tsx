import { IconShredder } from '@tabler/icons-react';
import type { RendererDomain } from '../domain.ts';
import { DisposalPage } from './DisposalPage.tsx';

export const disposalScreens: RendererDomain = {
  sections: [{ path: '/disposal', label: 'disposal.nav', icon: IconShredder, page: DisposalPage, reads: 'disposal.list' }],
};
