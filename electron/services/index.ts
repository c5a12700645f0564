import type { Api } from '../../shared/api/index.ts';
import { accessLogHandlers } from './accessLog.ts';
import { accountsHandlers } from './accounts/index.ts';
import { appHandlers } from './app.ts';
import { cctvHandlers } from './cctv.ts';
import { clinicHandlers } from './clinic.ts';
import { policiesHandlers } from './policies.ts';
import { registerHandlers } from './register.ts';
import { disposalHandlers } from './disposal.ts';
import { ledgerHandlers } from './ledger.ts';
import { settingsHandlers } from './settings.ts';
import type { HandlersOf } from './types.ts';

/** Every method of the contract has exactly one handler; the type makes a missing one a compile error. */
export const handlers: HandlersOf<Api> = {
  ...appHandlers,
  ...accountsHandlers,
  ...clinicHandlers,
  ...settingsHandlers,
  ...accessLogHandlers,
  ...cctvHandlers,
  ...policiesHandlers,
  ...registerHandlers,
  ...disposalHandlers,
  ...ledgerHandlers,
};
