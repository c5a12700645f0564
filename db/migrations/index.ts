import { foundation } from './001_foundation.ts';
import type { Migration } from './types.ts';

export const MIGRATIONS: readonly Migration[] = [foundation];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

export type { Migration };
