import { settingsDomain } from '../../shared/settings/contract.ts';
import { mainDomain } from '../domain.ts';
import { settingsHandlers } from './handlers.ts';

export const settingsMain = mainDomain({ shared: settingsDomain, handlers: settingsHandlers });
