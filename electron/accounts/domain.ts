import { accountsDomain } from '../../shared/accounts/contract.ts';
import { mainDomain } from '../domain.ts';
import { init } from './initCommand.ts';
import { userAdd } from './userAddCommand.ts';
import { accountsDemo } from './demo.ts';
import { accountsHandlers } from './handlers.ts';
import { accountsTargets } from './targets.ts';

export const accountsMain = mainDomain({
  shared: accountsDomain,
  handlers: accountsHandlers,
  demo: accountsDemo,
  commands: [init, userAdd],
  targets: accountsTargets,
});
