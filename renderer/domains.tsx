import type { Role } from '../shared/contract/method.ts';
import { admits } from '../shared/contract/method.ts';
import { api } from '../shared/domains.ts';
import { accessLogScreens } from './accessLog/screens.tsx';
import { accountsScreens } from './accounts/screens.tsx';
import { backupsScreens } from './backups/screens.tsx';
import { cctvScreens } from './cctv/screens.tsx';
import { clinicScreens } from './clinic/screens.tsx';
import type { PrintRoute, RendererDomain, Section } from './domain.ts';
import { disposalScreens } from './disposal/screens.tsx';
import { homeScreens } from './home/screens.tsx';
import { ledgerScreens } from './ledger/screens.tsx';
import { policiesScreens } from './policies/screens.tsx';
import { processorsScreens } from './processors/screens.tsx';
import { registerScreens } from './register/screens.tsx';
import { reservationsScreens } from './reservations/screens.tsx';

/** Every domain's screens, once, in the order of the navigation. */
export const RENDERER_DOMAINS: readonly RendererDomain[] = [
  homeScreens,
  registerScreens,
  reservationsScreens,
  disposalScreens,
  ledgerScreens,
  policiesScreens,
  processorsScreens,
  cctvScreens,
  accessLogScreens,
  accountsScreens,
  clinicScreens,
  backupsScreens,
];

export const SECTIONS: readonly Section[] = RENDERER_DOMAINS.flatMap((domain) => domain.sections ?? []);
export const PRINT_ROUTES: readonly PrintRoute[] = RENDERER_DOMAINS.flatMap((domain) => domain.printRoutes ?? []);

/** The sections this role may open: those whose method the contract admits it to. */
export function sectionsFor(role: Role): Section[] {
  return SECTIONS.filter((section) => admits(api[section.reads].roles, role));
}
