import type { Db } from '../../db/connection.ts';

/**
 * Serial numbers run per year, in the order people sign: 2026-0001, 2026-0002 … A destruction's
 * serial is taken when the performer signs (the signature covers it) and kept for it even while it
 * waits for approval, so the next free one is past both the ledger's and the waiting requests'.
 */
export async function nextSerial(db: Db, year: string): Promise<string> {
  const pattern = `${year}-%`;
  const [ledger, reserved] = await Promise.all([
    db
      .selectFrom('ledger_entries')
      .select((eb) => eb.fn.max('serial').as('last'))
      .where('serial', 'like', pattern)
      .executeTakeFirst(),
    db
      .selectFrom('disposal_requests')
      .select((eb) => eb.fn.max('serial').as('last'))
      .where('serial', 'like', pattern)
      .executeTakeFirst(),
  ]);
  return `${year}-${String(Math.max(serialNumber(ledger?.last), serialNumber(reserved?.last)) + 1).padStart(4, '0')}`;
}

function serialNumber(serial: string | null | undefined): number {
  return serial ? Number(serial.slice(5)) : 0;
}
