import { foundation } from './001_foundation.ts';
import { accounts } from './002_accounts.ts';
import { cctv } from './003_cctv.ts';
import { policies } from './004_policies.ts';
import { ledger } from './005_ledger.ts';
import { trust } from './006_trust.ts';
import { daily } from './010_daily.ts';
import type { Migration } from './types.ts';

export const MIGRATIONS: readonly Migration[] = [foundation, accounts, cctv, policies, ledger, trust, daily];

// Each branch of work has its own number, so the list may have gaps: the newest is the highest.
export const LATEST_SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

export type { Migration };
