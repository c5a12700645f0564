import { IconUsers } from '@tabler/icons-react';
import type { RendererDomain } from '../domain.ts';
import { UsersPage } from './UsersPage.tsx';

export const accountsScreens: RendererDomain = {
  sections: [{ path: '/users', label: 'accounts.nav', icon: IconUsers, page: UsersPage, reads: 'users.list' }],
};
