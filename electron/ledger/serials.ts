import type { Db } from '../../db/connection.ts';

/** Serial numbers run per year of approval: 2026-0001, 2026-0002 … */
export async function nextSerial(db: Db, year: string): Promise<string> {
  const row = await db
    .selectFrom('ledger_entries')
    .select((eb) => eb.fn.max('serial').as('last'))
    .where('serial', 'like', `${year}-%`)
    .executeTakeFirst();
  const last = row?.last ? Number(row.last.slice(5)) : 0;
  return `${year}-${String(last + 1).padStart(4, '0')}`;
}
