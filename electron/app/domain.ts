import { appDomain } from '../../shared/app/contract.ts';
import { mainDomain } from '../domain.ts';
import { info } from './infoCommand.ts';
import { appHandlers } from './handlers.ts';

export const appMain = mainDomain({ shared: appDomain, handlers: appHandlers, commands: [info] });
