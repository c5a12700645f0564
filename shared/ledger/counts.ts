import type { LedgerKind } from './types.ts';

/**
 * How verification counts the ledger's entries for staff: the list shows destructions, and the
 * rest are the entries that make them trustworthy (keys, the signer rule, the access log's seals).
 * "파기 6건, 계정·설정 기록 5건" rather than "11개 항목" beside a list of six.
 */
export const ENTRY_GROUPS = ['destruction', 'correction', 'copies', 'cctv', 'accounts', 'seals'] as const;
export type EntryGroup = (typeof ENTRY_GROUPS)[number];
export type EntryCounts = Record<EntryGroup, number>;

const GROUP_OF: Record<LedgerKind, EntryGroup> = {
  destruction: 'destruction',
  'destruction.correction': 'correction',
  // A performed destruction not approved: its serial is closed, like a correction it amends the list.
  'destruction.cancelled': 'correction',
  // The other copies of destroyed data: a processor's confirmation, a downloaded file overwritten and removed.
  'destruction.processor': 'copies',
  'download.destruction': 'copies',
  installation: 'accounts',
  'key.register': 'accounts',
  'key.revoke': 'accounts',
  'key.rotate': 'accounts',
  'installation.rotate': 'accounts',
  'policy.signers': 'accounts',
  'audit.seal': 'seals',
  checkpoint: 'seals',
  'cctv.month': 'cctv',
};

export function countEntries(kinds: ReadonlyArray<{ kind: string; n: number }>): EntryCounts {
  const counts: EntryCounts = { destruction: 0, correction: 0, copies: 0, cctv: 0, accounts: 0, seals: 0 };
  for (const { kind, n } of kinds) {
    const group = Object.hasOwn(GROUP_OF, kind) ? GROUP_OF[kind as LedgerKind] : 'accounts';
    counts[group] += n;
  }
  return counts;
}
