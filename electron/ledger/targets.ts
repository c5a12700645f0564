import { ledgerMessages } from '../../shared/ledger/messages.ts';
import type { Phrase } from '../../shared/contract/phrase.ts';
import type { TargetKind } from '../domain.ts';
import { containing, fill } from '../accessLog/targets.ts';

const { bySerial: serialWords, entryNo } = ledgerMessages.targets;
const KINDS: Readonly<Record<string, Phrase>> = ledgerMessages.entryKinds;

const bySerial = (serial: string): Phrase => fill(serialWords, { serial });

/**
 * `ledger:<seq>:<hash>` (the dispatcher's anchor of every append) and `ledger_serial:<serial>` →
 * 관리대장 2026-0004, the number on the certificate; entries without a serial (keys, seals) by their
 * place in the chain and their kind.
 */
export const ledgerTargets: Record<string, TargetKind> = {
  ledger: {
    describe: async (db, ids) => {
      const seqs = ids.map((id) => Number(id.split(':')[0])).filter(Number.isInteger);
      const rows = await db.selectFrom('ledger_entries').select(['seq', 'kind', 'serial', 'hash']).where('seq', 'in', seqs).execute();
      const described = new Map<string, Phrase>();
      for (const row of rows) {
        const kind = KINDS[row.kind] ?? { ko: row.kind, en: row.kind };
        described.set(`${row.seq}:${row.hash}`, row.serial ? bySerial(row.serial) : fill(entryNo, { seq: row.seq, kind }));
      }
      return described;
    },
    find: async (db, text) => {
      const rows = await db
        .selectFrom('ledger_entries')
        .select(['seq', 'hash'])
        .where('serial', 'like', containing(text))
        .limit(500)
        .execute();
      return rows.map((row) => `${row.seq}:${row.hash}`);
    },
  },
  ledger_serial: {
    describe: async (_db, ids) => new Map(ids.map((serial) => [serial, bySerial(serial)])),
    find: async (db, text) => {
      const rows = await db.selectFrom('ledger_entries').select('serial').where('serial', 'like', containing(text)).limit(500).execute();
      return rows.flatMap((row) => (row.serial ? [row.serial] : []));
    },
  },
};
