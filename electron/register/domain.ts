import { registerDomain } from '../../shared/register/contract.ts';
import { mainDomain } from '../domain.ts';
import { registerDemo } from './demo.ts';
import { registerHandlers } from './handlers.ts';
import { registerImportHandlers } from './import.ts';
import { registerTargets } from './targets.ts';
import { registerToday, registerUpcoming } from './today.ts';

export const registerMain = mainDomain({
  shared: registerDomain,
  handlers: { ...registerHandlers, ...registerImportHandlers },
  demo: registerDemo,
  today: registerToday,
  upcoming: registerUpcoming,
  targets: registerTargets,
});
