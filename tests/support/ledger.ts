import { createHash } from 'node:crypto';
import type { PolicyView } from '../../shared/api/policies.ts';
import type { FileInput, FileView } from '../../shared/api/register.ts';
import type { Result } from '../../shared/api/contract.ts';
import type { AppContext } from '../../electron/context.ts';
import { dispatch } from '../../electron/dispatch.ts';
import type { LedgerRow } from '../../shared/ledger/types.ts';
import type { Session } from '../../electron/session.ts';
import { ok } from './accounts.ts';
import type { databaseOf } from './tempdb.ts';

/** A real 1×1 PNG (the photo of the shredded paper). */
export const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
export const PNG_BYTES = Buffer.from(PNG_BASE64, 'base64');

/** A minimal one-page PDF (the processor's confirmation letter). */
export const PDF_BASE64 = Buffer.from(
  [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
  ].join('\n'),
).toString('base64');

export const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

export const photo = (fileName = '세단_사진.png', dataBase64 = PNG_BASE64) => ({
  kind: 'photo' as const,
  fileName,
  mime: 'image/png',
  dataBase64,
});

export type Sqlite = ReturnType<typeof databaseOf>['sqlite'];

/**
 * A call by someone at their desk: the manual clock jumps days between steps, and the idle lock is
 * not what these tests are about (the accounts tests cover it).
 */
export function attempt(app: AppContext, session: Session, method: string, payload: unknown = {}): Promise<Result<unknown>> {
  session.lastActivityAt = app.clock.now().getTime();
  return dispatch(app, session, method, payload);
}

export function run<T = unknown>(app: AppContext, session: Session, method: string, payload: unknown = {}): Promise<T> {
  session.lastActivityAt = app.clock.now().getTime();
  return ok<T>(app, session, method, payload);
}

/** A record type from the statutory catalog. */
export async function presetPolicy(app: AppContext, session: Session, name: string, presetId: string, startLabel: string): Promise<number> {
  return (await run<PolicyView>(app, session, 'policies.save', { name, startLabel, source: { kind: 'preset', presetId } })).id;
}

export function fileInput(policyId: number, overrides: Partial<FileInput> = {}): FileInput {
  return {
    name: '예약 신청서 묶음 (2026년 1월)',
    items: '이름·연락처·진료과·예약일시',
    mediaKind: 'paper',
    locationKind: 'paper',
    locationDetail: '행정실 문서함 2번 칸',
    recordCount: 86,
    policyId,
    createdOn: '2026-01-05',
    ...overrides,
  };
}

export async function saveFile(app: AppContext, session: Session, input: FileInput & { id?: number }): Promise<FileView> {
  return run<FileView>(app, session, 'register.save', input);
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
