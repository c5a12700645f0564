import { backupsDomain } from '../../shared/backups/contract.ts';
import { mainDomain } from '../domain.ts';
import { backupCommand, restoreCommand } from './commands.ts';
import { backupsHandlers } from './handlers.ts';
import { backupsTargets } from './targets.ts';

export const backupsMain = mainDomain({
  shared: backupsDomain,
  handlers: backupsHandlers,
  commands: [backupCommand, restoreCommand],
  targets: backupsTargets,
});
