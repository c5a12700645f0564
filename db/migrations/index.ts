import { foundation } from './001_foundation.ts';
import { accounts } from './002_accounts.ts';
import { cctv } from './003_cctv.ts';
import { policies } from './004_policies.ts';
import { ledger } from './005_ledger.ts';
import { trust } from './006_trust.ts';
import { processors } from './007_processors.ts';
import type { Migration } from './types.ts';

export const MIGRATIONS: readonly Migration[] = [foundation, accounts, cctv, policies, ledger, trust, processors];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

export type { Migration };
