import { clinicDomain } from '../../shared/clinic/contract.ts';
import { mainDomain } from '../domain.ts';
import { clinicHandlers } from './handlers.ts';
import { clinicTargets } from './targets.ts';

export const clinicMain = mainDomain({ shared: clinicDomain, handlers: clinicHandlers, targets: clinicTargets });
