import { accessLogDomain } from './accessLog/contract.ts';
import { accountsDomain } from './accounts/contract.ts';
import { appDomain } from './app/contract.ts';
import { backupsDomain } from './backups/contract.ts';
import { cctvDomain } from './cctv/contract.ts';
import { clinicDomain } from './clinic/contract.ts';
import { dailyDomain } from './daily/contract.ts';
import type { InputOf, MethodDef, OutputOf } from './contract/method.ts';
import { localize, type Localized, type Phrase } from './contract/phrase.ts';
import { disposalDomain } from './disposal/contract.ts';
import { homeDomain } from './home/contract.ts';
import { commonMessages } from './i18n/common.ts';
import { ledgerDomain } from './ledger/contract.ts';
import type { Locale } from './locale.ts';
import { policiesDomain } from './policies/contract.ts';
import { processorsDomain } from './processors/contract.ts';
import { registerDomain } from './register/contract.ts';
import { reservationsDomain } from './reservations/contract.ts';
import { settingsDomain } from './settings/contract.ts';

/** Every domain, once. A new domain is its own folder plus one line here (and one in electron/ and renderer/). */
export const DOMAINS = [
  homeDomain,
  appDomain,
  accountsDomain,
  clinicDomain,
  settingsDomain,
  accessLogDomain,
  cctvDomain,
  policiesDomain,
  registerDomain,
  disposalDomain,
  ledgerDomain,
  processorsDomain,
  dailyDomain,
  backupsDomain,
  reservationsDomain,
] as const;

type Domain = (typeof DOMAINS)[number];
export type DomainName = Domain['name'];
type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (arg: infer I) => void ? I : never;

/** The whole contract between renderer and main: one entry per method, from every domain. */
export type Api = UnionToIntersection<Domain['methods']>;
export type MethodName = keyof Api & string;
export type MethodInput<M extends MethodName> = InputOf<Api[M]>;
export type MethodOutput<M extends MethodName> = OutputOf<Api[M]>;

function collect<T>(pick: (domain: Domain) => Readonly<Record<string, T>> | undefined, what: string): Record<string, T> {
  const all: Record<string, T> = {};
  for (const domain of DOMAINS) {
    for (const [name, value] of Object.entries(pick(domain) ?? {})) {
      if (Object.hasOwn(all, name)) throw new Error(`${what} ${name} is declared by two domains`);
      all[name] = value;
    }
  }
  return all;
}

// The one place the list becomes the contract: every domain's methods, checked to be distinct.
export const api = collect<MethodDef>((domain) => domain.methods, 'method') as unknown as Api;

/** Access-log entries the app writes by itself (not a method), with their labels. */
export const LOG_EVENTS: Readonly<Record<string, Phrase>> = collect((domain) => domain.events, 'event');

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(api, name);
}

/** How every method and app-written event reads in the access log, by name. */
export const LABELS: Readonly<Record<string, Phrase>> = {
  ...Object.fromEntries(Object.entries(api as unknown as Record<string, MethodDef>).map(([name, def]) => [name, def.label])),
  ...LOG_EVENTS,
};

/** What the access log shows for an entry's method or event, in the given language. */
export function methodLabel(name: string, locale: Locale = 'ko'): string {
  return (Object.hasOwn(LABELS, name) ? LABELS[name]?.[locale] : undefined) ?? name;
}

type Leaves<T, Prefix extends string> = {
  [K in keyof T & string]: T[K] extends Phrase ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every message key (`register.today.overdue`): what main-side code may name for the UI to say. */
export type MessageKey =
  { [D in Domain as D['name']]: Leaves<D['messages'], `${D['name']}.`> }[DomainName] | Leaves<typeof commonMessages, 'common.'>;

/** The i18next resources of one language: `common` plus each domain's messages under its name. */
export type Resources = { common: Localized<typeof commonMessages> } & {
  [D in Domain as D['name']]: Localized<D['messages']>;
};

export function resources(locale: Locale): Resources {
  const tree: Record<string, unknown> = { common: localize(commonMessages, locale) };
  for (const domain of DOMAINS) tree[domain.name] = localize(domain.messages, locale);
  return tree as Resources;
}
