import type { Api } from '../../shared/api/index.ts';
import { appHandlers } from './app.ts';
import { clinicHandlers } from './clinic.ts';
import type { HandlersOf } from './types.ts';

/** Every method of the contract has exactly one handler; the type makes a missing one a compile error. */
export const handlers: HandlersOf<Api> = {
  ...appHandlers,
  ...clinicHandlers,
};
