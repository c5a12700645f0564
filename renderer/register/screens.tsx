import { IconFiles } from '@tabler/icons-react';
import type { RendererDomain } from '../domain.ts';
import { RegisterPage } from './RegisterPage.tsx';
import { RegisterPrintPage } from './RegisterPrintPage.tsx';

export const registerScreens: RendererDomain = {
  sections: [{ path: '/register', label: 'register.nav', icon: IconFiles, page: RegisterPage, reads: 'register.list' }],
  printRoutes: [{ path: '/print/register', render: () => <RegisterPrintPage /> }],
};
