import { dailyDomain } from '../../shared/daily/contract.ts';
import { mainDomain, type MainDomain } from '../domain.ts';
import { runDailyCommand } from './command.ts';
import { dailyHandlers } from './handlers.ts';
import type { RunDomains } from './run.ts';

/** The daily run reads every domain (given by `electron/domains.ts`): what is waiting, what falls due, its own work. */
export function dailyMain(domains: () => RunDomains): MainDomain<typeof dailyDomain> {
  return mainDomain({ shared: dailyDomain, handlers: dailyHandlers(domains), commands: [runDailyCommand(domains)] });
}
