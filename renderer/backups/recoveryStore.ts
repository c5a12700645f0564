import type { RecoverySheet } from '../../shared/backups/contract.ts';

/**
 * The sheet just issued, held only in this window's memory between the dialog and its printout
 * (the code is never stored on the renderer side, and is gone once printed and left).
 */
let current: RecoverySheet | null = null;

export const recoveryStore = {
  set(sheet: RecoverySheet | null): void {
    current = sheet;
  },
  get(): RecoverySheet | null {
    return current;
  },
};
