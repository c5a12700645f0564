import { IconBuildingHospital } from '@tabler/icons-react';
import type { RendererDomain } from '../domain.ts';
import { ClinicSettingsPage } from './ClinicSettingsPage.tsx';

export const clinicScreens: RendererDomain = {
  sections: [{ path: '/settings', label: 'clinic.nav', icon: IconBuildingHospital, page: ClinicSettingsPage, reads: 'clinic.get' }],
};
