import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomically } from '../files.ts';
import { z } from 'zod';
import type { DatabaseProblem } from '../../shared/app/contract.ts';
import type { OpenDatabase } from '../../db/connection.ts';
import type { AppContext } from '../context.ts';

/**
 * The newest heads of both chains, kept outside the database file (beside it, and in each
 * backup): a file whose chains no longer reach these heads was cut or rolled back, and opens on the
 * recovery screen instead of silently. Written after every commit that sealed the access log or
 * added a person's checkpoint. It proves nothing by itself (anyone may replace it with an older
 * one); it is the anchor that catches the file being replaced alone.
 */
export const CHECKPOINT_FORMAT = 'retention-desk.checkpoint';

const head = z.strictObject({ seq: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/) });
const checkpointSchema = z.strictObject({
  format: z.literal(CHECKPOINT_FORMAT),
  version: z.literal(1),
  writtenAt: z.string(),
  ledger: head,
  accessLog: head,
});

export type CheckpointFile = z.infer<typeof checkpointSchema>;

export function checkpointPathFor(databasePath: string): string {
  return `${databasePath}.checkpoint.json`;
}

function heads(database: OpenDatabase): { ledger: z.infer<typeof head>; accessLog: z.infer<typeof head> } {
  const pick = (table: string) =>
    (database.sqlite.prepare(`SELECT seq, hash FROM ${table} ORDER BY seq DESC LIMIT 1`).get() as
      { seq: number; hash: string } | undefined) ?? {
      seq: 0,
      hash: '0'.repeat(64),
    };
  return { ledger: pick('ledger_entries'), accessLog: pick('access_log') };
}

/** Replaces the file whole (electron/files.ts): a crash leaves the previous checkpoint, never half of one. */
export function writeCheckpointFile(app: AppContext): void {
  const state = app.state();
  if (!state.ok) return;
  const path = checkpointPathFor(app.databasePath);
  const file: CheckpointFile = {
    format: CHECKPOINT_FORMAT,
    version: 1,
    writtenAt: app.clock.now().toISOString(),
    ...heads(state.database),
  };
  try {
    writeFileAtomically(path, `${JSON.stringify(file, null, 2)}\n`);
  } catch (error) {
    // The database is already committed; a folder that cannot be written loses only this anchor.
    console.error('[checkpoint] could not write the external checkpoint', error);
  }
}

export type CheckpointReading = { state: 'missing' } | { state: 'unreadable' } | { state: 'found'; file: CheckpointFile };

export function readCheckpointFile(databasePath: string): CheckpointReading {
  const path = checkpointPathFor(databasePath);
  if (!existsSync(path)) return { state: 'missing' };
  try {
    const parsed = checkpointSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? { state: 'found', file: parsed.data } : { state: 'unreadable' };
  } catch {
    return { state: 'unreadable' };
  }
}

/** Whether the open file's chains still reach the heads the checkpoint recorded; the problem if not. */
export function compareWithCheckpoint(database: OpenDatabase, file: CheckpointFile): DatabaseProblem | null {
  const at = (table: string, seq: number) =>
    database.sqlite.prepare(`SELECT hash FROM ${table} WHERE seq = ?`).pluck().get(seq) as string | undefined;
  const checks = [
    { table: 'ledger_entries', head: file.ledger, chain: 'ledger' as const },
    { table: 'access_log', head: file.accessLog, chain: 'accessLog' as const },
  ];
  for (const { table, head: expected, chain } of checks) {
    if (expected.seq === 0) continue;
    const stored = at(table, expected.seq);
    if (stored !== expected.hash) {
      return {
        kind: 'rolled-back',
        chain,
        checkpointSeq: expected.seq,
        fileSeq: heads(database)[chain].seq,
        writtenAt: file.writtenAt,
      };
    }
  }
  return null;
}
