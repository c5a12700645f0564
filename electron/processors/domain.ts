import { processorsDomain } from '../../shared/processors/contract.ts';
import { mainDomain } from '../domain.ts';
import { processorsHandlers } from './handlers.ts';
import { processorsTargets } from './targets.ts';
import { processorsToday, processorsUpcoming } from './today.ts';

export const processorsMain = mainDomain({
  shared: processorsDomain,
  handlers: processorsHandlers,
  today: processorsToday,
  upcoming: processorsUpcoming,
  targets: processorsTargets,
});
