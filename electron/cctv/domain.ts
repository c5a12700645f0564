import { cctvDomain } from '../../shared/cctv/contract.ts';
import { mainDomain } from '../domain.ts';
import { cctvDemo } from './demo.ts';
import { cctvHandlers } from './handlers.ts';
import { cctvTargets } from './targets.ts';

export const cctvMain = mainDomain({ shared: cctvDomain, handlers: cctvHandlers, demo: cctvDemo, targets: cctvTargets });
