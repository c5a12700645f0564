import { IconSettings } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { Messages } from '../shared/i18n/index.ts';
import { ClinicSettingsPage } from './pages/clinic/ClinicSettingsPage.tsx';

export interface Section {
  path: string;
  label: keyof Messages['nav'];
  icon: ComponentType<{ size?: number }>;
  page: ComponentType;
}

/** The navigation shows exactly these: a section is listed only once its screen exists. */
export const SECTIONS: readonly Section[] = [{ path: '/settings', label: 'settings', icon: IconSettings, page: ClinicSettingsPage }];
