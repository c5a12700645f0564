import { settingsDomain } from '../../shared/settings/contract.ts';
import { mainDomain } from '../domain.ts';
import { settingsHandlers } from './handlers.ts';
import { settingsTargets } from './targets.ts';

export const settingsMain = mainDomain({ shared: settingsDomain, handlers: settingsHandlers, targets: settingsTargets });
