import { accessLogApi } from './accessLog.ts';
import { accountsApi } from './accounts.ts';
import { appApi } from './app.ts';
import { cctvApi } from './cctv.ts';
import { clinicApi } from './clinic.ts';
import type { InputOf, OutputOf } from './contract.ts';
import { policiesApi } from './policies.ts';
import { registerApi } from './register.ts';
import { disposalApi } from './disposal.ts';
import { ledgerApi } from './ledger.ts';
import { settingsApi } from './settings.ts';

/** The whole contract between renderer and main: one entry per method. */
export const api = {
  ...appApi,
  ...accountsApi,
  ...clinicApi,
  ...settingsApi,
  ...accessLogApi,
  ...cctvApi,
  ...policiesApi,
  ...registerApi,
  ...disposalApi,
  ...ledgerApi,
};

export type Api = typeof api;
export type MethodName = keyof Api;
export type MethodInput<M extends MethodName> = InputOf<Api[M]>;
export type MethodOutput<M extends MethodName> = OutputOf<Api[M]>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(api, name);
}

export * from './contract.ts';
