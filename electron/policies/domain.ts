import { policiesDomain } from '../../shared/policies/contract.ts';
import { mainDomain } from '../domain.ts';
import { expiry } from './expiryCommand.ts';
import { policiesDemo } from './demo.ts';
import { policiesHandlers } from './handlers.ts';
import { policiesTargets } from './targets.ts';

export const policiesMain = mainDomain({
  shared: policiesDomain,
  handlers: policiesHandlers,
  demo: policiesDemo,
  commands: [expiry],
  targets: policiesTargets,
});
