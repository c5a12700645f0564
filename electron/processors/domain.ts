import { processorsDomain } from '../../shared/processors/contract.ts';
import { mainDomain } from '../domain.ts';
import { processorsHandlers } from './handlers.ts';
import { processorsImportHandlers } from './import.ts';
import { policyTextCommand } from './policyTextCommand.ts';
import { processorsDemo } from './demo.ts';
import { processorsTargets } from './targets.ts';
import { processorsToday, processorsUpcoming } from './today.ts';

export const processorsMain = mainDomain({
  shared: processorsDomain,
  handlers: { ...processorsHandlers, ...processorsImportHandlers },
  demo: processorsDemo,
  commands: [policyTextCommand],
  today: processorsToday,
  upcoming: processorsUpcoming,
  targets: processorsTargets,
});
