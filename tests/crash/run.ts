// `npm run crash` (50 trials; `-- --trials N` to change, `-- --seed S` to vary the points): a child
// process approving a destruction, sealing the access log and exporting a bundle (tests/crash/
// child.ts) is killed with SIGKILL at seeded random moments. After each kill the file must be
// wholly before or wholly after each step: it opens (quick_check), it does not open as rolled back
// against the checkpoint beside it, `verify` passes, a completed request has its ledger entry and
// an open one has none, and a bundle under its real name is complete and verifies. `npm test` runs
// a smaller count.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { createAppContext } from '../../electron/context.ts';
import { verifyBundle } from '../../electron/ledger/bundle.ts';
import { readCheckpointFile } from '../../electron/ledger/checkpointFile.ts';
import { verifyDatabase } from '../../electron/ledger/verification.ts';
import { cli } from '../support/cli.ts';
import { copyDatabase } from '../support/tamper.ts';
import { TEST_PASSWORD_COST, tempDir } from '../support/tempdb.ts';

const { values: args } = parseArgs({
  options: { trials: { type: 'string', default: '50' }, seed: { type: 'string', default: '20261202' } },
});
const TRIALS = Number(args.trials);
const SEED = Number(args.seed);
if (!Number.isInteger(TRIALS) || TRIALS < 1 || !Number.isInteger(SEED)) throw new Error('--trials and --seed take whole numbers');
const CHILD = join(import.meta.dirname, 'child.ts');

/** mulberry32: the same seed gives the same kill points on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Run {
  steps: string[];
  killed: boolean;
  readyAt: number | null;
  endedAt: number;
}

/** Runs the child on `db`; kills it `killAfter` ms after it says ready (never, if null). */
function runChild(db: string, outDir: string, killAfter: number | null): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CHILD, db, outDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const steps: string[] = [];
    let readyAt: number | null = null;
    let stderr = '';
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      for (let end = buffered.indexOf('\n'); end >= 0; end = buffered.indexOf('\n')) {
        const step = buffered.slice(0, end);
        buffered = buffered.slice(end + 1);
        steps.push(step);
        if (step === 'ready') {
          readyAt = performance.now() - started;
          if (killAfter !== null) setTimeout(() => child.kill('SIGKILL'), killAfter);
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`child failed (${code}): ${stderr}`));
      else resolve({ steps, killed: signal === 'SIGKILL', readyAt, endedAt: performance.now() - started });
    });
  });
}

/** Everything that must hold of a file after any kill; the problems found (none when it holds). */
async function inspect(db: string, outDir: string): Promise<{ problems: string[]; completed: number; bundles: number }> {
  const problems: string[] = [];
  if (readCheckpointFile(db).state === 'unreadable') problems.push('the checkpoint file beside the database is torn');
  // Opened as the app opens it: quick_check, migrations, and the comparison with the checkpoint.
  const app = createAppContext({ databasePath: db, passwordCost: TEST_PASSWORD_COST });
  let completed = 0;
  try {
    const state = app.state();
    if (!state.ok) return { problems: [...problems, `does not open: ${JSON.stringify(state.problem)}`], completed, bundles: 0 };
    const { sqlite } = state.database;
    const quick = sqlite.pragma('quick_check', { simple: true });
    if (quick !== 'ok') problems.push(`quick_check: ${String(quick)}`);
    const verified = await verifyDatabase(app, state.database);
    if (verified.failure) problems.push(`verify: ${verified.failure.code} ${verified.failure.reason}`);
    const requests = sqlite.prepare('SELECT id, status, ledger_seq, ledger_hash FROM disposal_requests').all() as Array<{
      id: number;
      status: string;
      ledger_seq: number | null;
      ledger_hash: string | null;
    }>;
    for (const request of requests) {
      const entries = sqlite
        .prepare("SELECT seq, hash FROM ledger_entries WHERE kind = 'destruction' AND json_extract(content, '$.body.record.requestId') = ?")
        .all(request.id) as Array<{ seq: number; hash: string }>;
      if (request.status === 'completed') {
        completed += 1;
        const [entry] = entries;
        if (entries.length !== 1 || entry?.seq !== request.ledger_seq || entry.hash !== request.ledger_hash) {
          problems.push(`request ${request.id} completed without exactly its ledger entry`);
        }
      } else if (entries.length > 0) {
        problems.push(`request ${request.id} is ${request.status} but the ledger holds its destruction`);
      }
    }
  } finally {
    await app.close();
  }
  const bundles = readdirSync(outDir).filter((name) => name.endsWith('.json'));
  for (const name of bundles) {
    const report = verifyBundle(readFileSync(join(outDir, name)));
    if (!report.ok) problems.push(`bundle ${name}: ${report.code} ${report.reason}`);
  }
  return { problems, completed, bundles: bundles.length };
}

const { dir, cleanup } = tempDir('retention-desk-crash-');
try {
  const base = join(dir, 'demo.db');
  const built = await cli(['demo', '--db', base]);
  if (built.code !== 0) throw new Error(`cli demo failed: ${built.stderr}`);

  // Calibration: how long the writing takes on this machine, from `ready` to the end.
  const calibration = copyDatabase(base, dir);
  const calibrationOut = join(dir, 'calibration-out');
  mkdirSync(calibrationOut);
  const whole = await runChild(calibration.path, calibrationOut, null);
  const window = whole.endedAt - (whole.readyAt ?? 0);
  const clean = await inspect(calibration.path, calibrationOut);
  if (clean.problems.length > 0 || clean.completed < 1 || clean.bundles !== 1) {
    throw new Error(`the uninterrupted run itself is wrong: ${JSON.stringify(clean)}`);
  }
  calibration.cleanup();

  const next = random(SEED);
  const outcomes = new Map<string, number>();
  const failures: string[] = [];
  for (let trial = 1; trial <= TRIALS; trial += 1) {
    const killAfter = Math.round(next() * window * 1.1);
    const copy = copyDatabase(base, dir);
    const out = join(dir, `out-${trial}`);
    mkdirSync(out);
    const run = await runChild(copy.path, out, killAfter);
    const found = await inspect(copy.path, out);
    const reached = run.steps.at(-1) ?? 'nothing';
    const outcome = `${run.killed ? `killed after "${reached}"` : 'finished'}: ${found.completed} completed, ${found.bundles} bundle(s)`;
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    if (found.problems.length > 0) failures.push(`trial ${trial} (kill at +${killAfter} ms, ${outcome}): ${found.problems.join('; ')}`);
    copy.cleanup();
  }

  console.log(`crash trials: ${TRIALS}, seed ${SEED}, writing window ${Math.round(window)} ms`);
  for (const [outcome, count] of [...outcomes].sort()) console.log(`  ${String(count).padStart(3)} × ${outcome}`);
  if (failures.length > 0) {
    console.error(`${failures.length} trial(s) left a file neither wholly before nor wholly after:`);
    for (const failure of failures) console.error(`  ${failure}`);
    process.exitCode = 1;
  } else {
    console.log('every file was wholly before or wholly after each step; verify passed and quick_check was ok after every kill');
  }
} finally {
  cleanup();
}
