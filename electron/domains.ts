import type { Api, DomainName } from '../shared/domains.ts';
import { accessLogMain } from './accessLog/domain.ts';
import { accountsMain } from './accounts/domain.ts';
import { appMain } from './app/domain.ts';
import { backupsMain } from './backups/domain.ts';
import { cctvMain } from './cctv/domain.ts';
import { clinicMain } from './clinic/domain.ts';
import { dailyMain } from './daily/domain.ts';
import { disposalMain } from './disposal/domain.ts';
import { homeMain } from './home/domain.ts';
import type { DomainParts } from './domain.ts';
import { ledgerMain } from './ledger/domain.ts';
import { policiesMain } from './policies/domain.ts';
import { processorsMain } from './processors/domain.ts';
import { registerMain } from './register/domain.ts';
import { reservationsMain } from './reservations/domain.ts';
import { settingsMain } from './settings/domain.ts';
import type { HandlersOf } from './handler.ts';

/** The list below, for the domains that read what every other domain says of itself. */
const everyDomain = (): ReturnType<DomainParts> => MAIN_DOMAINS;

/**
 * Every domain's main-process part, once, in the order the demo clinic is built. The home page
 * (what each domain has waiting) and the access log (how each names its targets) read the list
 * itself, so they are handed a way to reach it.
 */
export const MAIN_DOMAINS = [
  homeMain(everyDomain),
  appMain,
  accountsMain,
  clinicMain,
  settingsMain,
  accessLogMain(everyDomain),
  policiesMain,
  registerMain,
  disposalMain,
  ledgerMain,
  processorsMain,
  // After the processors: its demo links the DVRs' monitoring to 에스원 of the inventory.
  cctvMain,
  dailyMain(everyDomain),
  backupsMain,
  reservationsMain,
] as const;

// Every domain of shared/domains.ts has its handlers here: a missing one is a type error.
type Missing = Exclude<DomainName, (typeof MAIN_DOMAINS)[number]['shared']['name']>;
const complete: [Missing] extends [never] ? true : Missing = true;
void complete;

/** Every method's handler, from every domain (each domain's type asks for each of its methods). */
export const handlers = Object.assign({}, ...MAIN_DOMAINS.map((domain) => domain.handlers)) as HandlersOf<Api>;

/** Every domain's command-line commands, in list order. */
export const DOMAIN_COMMANDS = MAIN_DOMAINS.flatMap((domain) => domain.commands ?? []);
