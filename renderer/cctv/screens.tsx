import { IconVideo } from '@tabler/icons-react';
import type { RendererDomain } from '../domain.ts';
import { CctvPage } from './CctvPage.tsx';

export const cctvScreens: RendererDomain = {
  sections: [{ path: '/cctv', label: 'cctv.nav', icon: IconVideo, page: CctvPage, reads: 'cctv.recorders.list' }],
};
