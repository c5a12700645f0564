import type { Migration } from './types.ts';

/**
 * The access log's keyed MAC (HMAC-SHA256 of each entry's hash under a key only the app's key store
 * opens): an edited row with a recomputed hash chain no longer matches the newest entry's MAC.
 */
export const trust: Migration = {
  version: 6,
  name: 'trust',
  sql: `
    ALTER TABLE access_log ADD COLUMN mac TEXT;
  `,
};
