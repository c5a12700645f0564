import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../shared/contract/errors.ts';
import { columnOfField, parseTable, type ImportIssue, type ImportPreview, type ParsedTable } from '../../shared/formats/import.ts';
import type { reservationUpload, reservationsApi } from '../../shared/reservations/contract.ts';
import { RESERVATION_IMPORT_FIELDS, type ReservationImportKey } from '../../shared/reservations/import.ts';
import { isChildAt, reservedAtText, type ReservationStatus, type ReservedAt } from '../../shared/reservations/records.ts';
import { importPreview, readUpload, refuseIfIssues } from '../formats/import.ts';
import { actor, openDatabaseOf, type CallContext, type HandlersOf } from '../handler.ts';
import { dueOfRow, reservationRule, syncFileCount } from './store.ts';

type Upload = z.output<typeof reservationUpload>;

export interface ReservationInput {
  row: number;
  bookingId: string;
  name: string;
  nationality: string | null;
  birthDate: string | null;
  email: string | null;
  phone: string | null;
  department: string | null;
  reservedAt: ReservedAt;
  status: ReservationStatus;
  cancelledAt: ReservedAt | null;
}

export interface ReservationImport {
  preview: ImportPreview;
  records: ReservationInput[];
  bytes: Buffer;
}

/**
 * Reads an export and checks every row: the cells (parseTable), then what only the whole file
 * shows — a booking id twice, a birth date after today or after the reservation, a cancellation
 * before the booking was made impossible. Changes nothing.
 */
export async function analyseReservations(call: CallContext, upload: Upload): Promise<ReservationImport> {
  const sheet = await readUpload(upload);
  const table: ParsedTable<ReservationImportKey> = parseTable(sheet.rows, RESERVATION_IMPORT_FIELDS);
  const issues: ImportIssue[] = [...table.issues];
  const column = (field: ReservationImportKey) => columnOfField(table, field);
  const firstRowOf = new Map<string, number>();
  const records: ReservationInput[] = [];
  const broken = new Set(table.issues.map((issue) => issue.row));
  for (const row of table.rows) {
    const value = <T>(key: ReservationImportKey) => (row.values[key] ?? null) as T | null;
    const at = (field: ReservationImportKey, message: string) => issues.push({ row: row.row, column: column(field), message });
    const before = issues.length;
    const bookingId = value<string>('bookingId');
    if (bookingId !== null) {
      const first = firstRowOf.get(bookingId);
      if (first !== undefined)
        at('bookingId', `예약번호 ‘${bookingId}’가 ${first}행에도 있습니다. 한 파일에 같은 예약번호는 한 번만 있어야 합니다.`);
      else firstRowOf.set(bookingId, row.row);
    }
    if (broken.has(row.row)) continue;
    const reservedAt = value<ReservedAt>('reservedAt');
    const birthDate = value<string>('birthDate');
    const cancelledAt = value<ReservedAt>('cancelledAt');
    if (birthDate !== null && birthDate > call.today) at('birthDate', `생년월일(${birthDate})이 오늘(${call.today})보다 뒤입니다.`);
    else if (birthDate !== null && reservedAt !== null && birthDate > reservedAt.date) {
      at('birthDate', `생년월일(${birthDate})이 이용일(${reservedAt.date})보다 뒤입니다.`);
    }
    const status = value<ReservationStatus>('status') ?? (cancelledAt ? 'cancelled' : 'booked');
    if (cancelledAt !== null && cancelledAt.date > call.today) {
      at('cancelledAt', `예약취소일시(${reservedAtText(cancelledAt)})가 오늘(${call.today})보다 뒤입니다.`);
    }
    if (issues.length !== before || bookingId === null || reservedAt === null) continue;
    records.push({
      row: row.row,
      bookingId,
      name: value<string>('name') ?? '',
      nationality: value('nationality'),
      birthDate,
      email: value('email'),
      phone: value('phone'),
      department: value('department'),
      reservedAt,
      status,
      cancelledAt: status === 'cancelled' ? cancelledAt : null,
    });
  }
  const bytes = Buffer.from(upload.dataBase64, 'base64');
  return { preview: importPreview(upload.fileName, sheet, table, RESERVATION_IMPORT_FIELDS, issues), records, bytes };
}

const CHUNK = 1000;

/**
 * Adds the new booking ids and updates the ones already held (status and cancellation, and so
 * the due date), in the call's transaction: raw prepared statements on the same connection, so
 * 100,000 rows take seconds, not minutes. Returns how many were added and updated.
 */
async function saveReservations(
  call: CallContext,
  upload: Upload,
  parsed: ReservationImport,
): Promise<{ added: number; updated: number; importId: number }> {
  const sqlite = openDatabaseOf(call).sqlite;
  const rule = await reservationRule(call.db);
  const now = call.now.toISOString();
  const imported = await call.db
    .insertInto('reservation_imports')
    .values({
      file_name: upload.fileName,
      format: parsed.preview.format,
      size: parsed.bytes.length,
      sha256: createHash('sha256').update(parsed.bytes).digest('hex'),
      added: 0,
      updated: 0,
      imported_by: actor(call).id,
      imported_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const existing = new Map<string, { id: number; requested_on: string | null }>();
  const select = sqlite.prepare('SELECT id, booking_id, requested_on FROM reservations WHERE source = ?');
  for (const row of select.iterate(upload.source) as Iterable<{ id: number; booking_id: string; requested_on: string | null }>) {
    existing.set(row.booking_id, { id: row.id, requested_on: row.requested_on });
  }
  const insert = sqlite.prepare(
    `INSERT INTO reservations (source, booking_id, name, nationality, birth_date, email, phone, department, reserved_at,
       reserved_on, status, cancelled_at, child, import_id, request_kind, requested_on, due_on, destroy_by, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?)`,
  );
  const update = sqlite.prepare(
    'UPDATE reservations SET status = ?, cancelled_at = ?, due_on = ?, destroy_by = ?, updated_at = ? WHERE id = ?',
  );
  let added = 0;
  let updated = 0;
  parsed.records.forEach((record, index) => {
    const cancelledAt = record.cancelledAt ? reservedAtText(record.cancelledAt) : null;
    const held = existing.get(record.bookingId);
    const due = dueOfRow(rule, {
      reserved_on: record.reservedAt.date,
      cancelled_at: cancelledAt,
      status: record.status,
      requested_on: held?.requested_on ?? null,
    });
    if (held) {
      update.run(record.status, cancelledAt, due.due_on, due.destroy_by, now, held.id);
      updated += 1;
    } else {
      insert.run(
        upload.source,
        record.bookingId,
        record.name,
        record.nationality,
        record.birthDate,
        record.email,
        record.phone,
        record.department,
        reservedAtText(record.reservedAt),
        record.reservedAt.date,
        record.status,
        cancelledAt,
        isChildAt(record.birthDate, record.reservedAt.date) ? 1 : 0,
        imported.id,
        due.due_on,
        due.destroy_by,
        now,
        now,
      );
      added += 1;
    }
    if (index % CHUNK === CHUNK - 1 || index === parsed.records.length - 1) call.progress('import', index + 1, parsed.records.length);
  });
  await call.db.updateTable('reservation_imports').set({ added, updated }).where('id', '=', imported.id).execute();
  call.target('reservation_import', imported.id);
  return { added, updated, importId: imported.id };
}

/** A destruction the performer has signed deletes its rows; until it is approved the count must not move. */
async function refuseWhileAwaitingApproval(call: CallContext): Promise<void> {
  const waiting = await call.db
    .selectFrom('reservation_disposal_rows')
    .innerJoin('disposal_requests', 'disposal_requests.id', 'reservation_disposal_rows.request_id')
    .select('disposal_requests.id')
    .where('disposal_requests.status', '=', 'performed')
    .executeTakeFirst();
  if (waiting) {
    throw new AppError(
      'CONFLICT',
      `승인을 기다리는 예약 기록 파기(요청 ${waiting.id}번)가 있습니다. [파기 관리]에서 승인한 뒤에 가져와 주세요.`,
    );
  }
}

export const reservationImportHandlers: Pick<HandlersOf<typeof reservationsApi>, 'reservations.importPreview' | 'reservations.import'> = {
  'reservations.importPreview': async (call, input) => (await analyseReservations(call, input)).preview,

  // One at a time per window (the contract's oneAtATime): a second import while one runs is refused.
  'reservations.import': async (call, input) => {
    const parsed = await analyseReservations(call, input);
    refuseIfIssues(parsed.preview);
    await refuseWhileAwaitingApproval(call);
    const saved = await saveReservations(call, input, parsed);
    await syncFileCount(call);
    return { imported: saved.added + saved.updated, ...saved, preview: parsed.preview };
  },
};
