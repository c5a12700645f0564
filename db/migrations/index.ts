import { foundation } from './001_foundation.ts';
import { accounts } from './002_accounts.ts';
import { cctv } from './003_cctv.ts';
import { policies } from './004_policies.ts';
import { ledger } from './005_ledger.ts';
import { trust } from './006_trust.ts';
import { processors } from './007_processors.ts';
import { reservations } from './008_reservations.ts';
import { cctvLog } from './009_cctv_log.ts';
import { daily } from './010_daily.ts';
import type { Migration } from './types.ts';

export const MIGRATIONS: readonly Migration[] = [
  foundation,
  accounts,
  cctv,
  policies,
  ledger,
  trust,
  processors,
  reservations,
  cctvLog,
  daily,
];

/** The newest version (the four branches of one release each took a number; they are run in order). */
export const LATEST_SCHEMA_VERSION = Math.max(...MIGRATIONS.map((migration) => migration.version));

export type { Migration };
