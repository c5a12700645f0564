import { accessLogDomain } from '../../shared/accessLog/contract.ts';
import { mainDomain, type DomainParts, type MainDomain } from '../domain.ts';
import { accessLogHandlers } from './handlers.ts';
import { accessLogTargets } from './reviewTargets.ts';
import { accessLogToday, accessLogUpcoming } from './today.ts';

/** The access log reads every domain's words for its targets (given by `electron/domains.ts`). */
export function accessLogMain(domains: DomainParts): MainDomain<typeof accessLogDomain> {
  return mainDomain({
    shared: accessLogDomain,
    handlers: accessLogHandlers(domains),
    today: accessLogToday,
    upcoming: accessLogUpcoming,
    targets: accessLogTargets,
  });
}
