import {
  IconBook2,
  IconBuildingHospital,
  IconCalendarTime,
  IconFiles,
  IconListDetails,
  IconShredder,
  IconUsers,
  IconVideo,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { Role } from '../shared/api/contract.ts';
import { api, type MethodName } from '../shared/api/index.ts';
import type { Messages } from '../shared/i18n/index.ts';
import { AccessLogPage } from './pages/accessLog/AccessLogPage.tsx';
import { UsersPage } from './pages/accounts/UsersPage.tsx';
import { CctvPage } from './pages/cctv/CctvPage.tsx';
import { ClinicSettingsPage } from './pages/clinic/ClinicSettingsPage.tsx';
import { PoliciesPage } from './pages/policies/PoliciesPage.tsx';
import { RegisterPage } from './pages/register/RegisterPage.tsx';
import { DisposalPage } from './pages/disposal/DisposalPage.tsx';
import { LedgerPage } from './pages/ledger/LedgerPage.tsx';

export interface Section {
  path: string;
  label: keyof Messages['nav'];
  icon: ComponentType<{ size?: number }>;
  page: ComponentType;
  /** The method the page cannot work without: the section is shown to exactly the roles it admits. */
  reads: MethodName;
}

/** The navigation shows exactly these: a section is listed only once its screen exists. */
export const SECTIONS: readonly Section[] = [
  { path: '/register', label: 'register', icon: IconFiles, page: RegisterPage, reads: 'register.list' },
  { path: '/disposal', label: 'disposal', icon: IconShredder, page: DisposalPage, reads: 'disposal.list' },
  { path: '/ledger', label: 'ledger', icon: IconBook2, page: LedgerPage, reads: 'ledger.list' },
  { path: '/policies', label: 'policies', icon: IconCalendarTime, page: PoliciesPage, reads: 'policies.list' },
  { path: '/cctv', label: 'cctv', icon: IconVideo, page: CctvPage, reads: 'cctv.recorders.list' },
  { path: '/access-log', label: 'accessLog', icon: IconListDetails, page: AccessLogPage, reads: 'accessLog.list' },
  { path: '/users', label: 'users', icon: IconUsers, page: UsersPage, reads: 'users.list' },
  { path: '/settings', label: 'settings', icon: IconBuildingHospital, page: ClinicSettingsPage, reads: 'clinic.get' },
];

export function sectionsFor(role: Role): Section[] {
  return SECTIONS.filter((section) => {
    const roles = api[section.reads].roles;
    return roles === 'public' || roles === 'signedIn' || roles.includes(role);
  });
}
