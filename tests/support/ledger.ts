import { createHash } from 'node:crypto';
import type { MethodName, MethodOutput } from '../../shared/domains.ts';
import { CONFIRMATION_PDF_BASE64, PHOTO_PNG_BASE64, photoUpload } from '../../electron/disposal/fixtures.ts';
import { sampleFileInput } from '../../electron/register/fixtures.ts';
import type { FileInput, FileView } from '../../shared/register/contract.ts';
import type { Result } from '../../shared/contract/errors.ts';
import type { AppContext } from '../../electron/context.ts';
import { dispatch } from '../../electron/dispatch.ts';
import type { LedgerRow } from '../../shared/ledger/types.ts';
import type { Session } from '../../electron/session.ts';
import { ok, type InputArgs } from './accounts.ts';
import type { databaseOf } from './tempdb.ts';

/** The evidence files the demo builder uses too (electron/disposal/fixtures.ts). */
export const PNG_BASE64 = PHOTO_PNG_BASE64;
export const PNG_BYTES = Buffer.from(PNG_BASE64, 'base64');
export const PDF_BASE64 = CONFIRMATION_PDF_BASE64;

export const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

export const photo = photoUpload;

/** A value the test found (a list's entry, an id): a missing one fails the test here, by name. */
export function present<T>(value: T | null | undefined, what = 'the value'): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
}

export type Sqlite = ReturnType<typeof databaseOf>['sqlite'];

/**
 * A call by someone at their desk: the manual clock jumps days between steps, and the idle lock is
 * not what these tests are about (the accounts tests cover it).
 */
export function attempt(app: AppContext, session: Session, method: string, payload: unknown = {}): Promise<Result<unknown>> {
  session.lastActivityAt = app.clock.now().getTime();
  return dispatch(app, session, method, payload);
}

export function run<M extends MethodName>(app: AppContext, session: Session, method: M, ...input: InputArgs<M>): Promise<MethodOutput<M>> {
  session.lastActivityAt = app.clock.now().getTime();
  return ok(app, session, method, ...input);
}

/** A record type from the statutory catalog. */
export async function presetPolicy(app: AppContext, session: Session, name: string, presetId: string, startLabel: string): Promise<number> {
  return (await run(app, session, 'policies.save', { name, startLabel, source: { kind: 'preset', presetId } })).id;
}

export const fileInput = sampleFileInput;

export async function saveFile(app: AppContext, session: Session, input: FileInput & { id?: number }): Promise<FileView> {
  return run(app, session, 'register.save', input);
}

export const count = (sqlite: Sqlite, table: string) => sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

/**
 * Everything a destruction may change: the ledger, the requests and their items and evidence, and
 * the register's rows. Equal before and after a refused call = "no change".
 */
export function snapshot(sqlite: Sqlite) {
  return {
    counts: {
      ledger_entries: count(sqlite, 'ledger_entries'),
      disposal_requests: count(sqlite, 'disposal_requests'),
      disposal_items: count(sqlite, 'disposal_items'),
      attachments: count(sqlite, 'attachments'),
      pi_files: count(sqlite, 'pi_files'),
    },
    ledgerHead: sqlite.prepare('SELECT seq, hash FROM ledger_entries ORDER BY seq DESC LIMIT 1').get(),
    requests: sqlite.prepare('SELECT * FROM disposal_requests ORDER BY id').all(),
    items: sqlite.prepare('SELECT * FROM disposal_items ORDER BY request_id, file_id').all(),
    attachments: sqlite.prepare('SELECT id, request_id, sha256 FROM attachments ORDER BY id').all(),
    files: sqlite.prepare('SELECT * FROM pi_files ORDER BY id').all(),
  };
}

export type LedgerRowRaw = LedgerRow;

export const ledgerRows = (sqlite: Sqlite) => sqlite.prepare('SELECT * FROM ledger_entries ORDER BY seq').all() as LedgerRowRaw[];

export function ledgerRow(sqlite: Sqlite, serial: string): LedgerRowRaw {
  const row = sqlite.prepare('SELECT * FROM ledger_entries WHERE serial = ?').get(serial) as LedgerRowRaw | undefined;
  if (!row) throw new Error(`no ledger entry ${serial}`);
  return row;
}

export const accessLogText = (sqlite: Sqlite) => JSON.stringify(sqlite.prepare('SELECT * FROM access_log ORDER BY seq').all());
