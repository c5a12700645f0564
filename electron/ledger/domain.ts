import { ledgerDomain } from '../../shared/ledger/contract.ts';
import { mainDomain } from '../domain.ts';
import { verify } from './verifyCommand.ts';
import { exportLedger } from './exportCommand.ts';
import { ledgerHandlers } from './handlers.ts';
import { ledgerTargets } from './targets.ts';

export const ledgerMain = mainDomain({
  shared: ledgerDomain,
  handlers: ledgerHandlers,
  commands: [verify, exportLedger],
  targets: ledgerTargets,
});
