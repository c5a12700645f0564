import { homeDomain } from '../../shared/home/contract.ts';
import { mainDomain, type DomainParts, type MainDomain } from '../domain.ts';
import { homeHandlers } from './handlers.ts';

/** The home page asks every domain (given by `electron/domains.ts`) what is waiting. */
export function homeMain(domains: DomainParts): MainDomain<typeof homeDomain> {
  return mainDomain({ shared: homeDomain, handlers: homeHandlers(domains) });
}
