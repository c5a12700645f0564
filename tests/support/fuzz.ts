import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import type { z } from 'zod';
import { ERROR_CODES, type Result } from '../../shared/contract/errors.ts';
import { ROLES, type MethodDef, type Role } from '../../shared/contract/method.ts';
import { api } from '../../shared/domains.ts';
import { createAppContext, manualClock, type AppContext } from '../../electron/context.ts';
import { createDispatcher, type Dispatch } from '../../electron/dispatch.ts';
import { handlers } from '../../electron/domains.ts';
import type { Handler } from '../../electron/handler.ts';
import { verifyDatabase } from '../../electron/ledger/verification.ts';
import { newSession, type Session } from '../../electron/session.ts';
import type { ScryptParams } from '../../electron/crypto/scrypt.ts';
import { createAccount, setUpClinic } from './accounts.ts';
import { copyDatabase, signedInAs } from './tamper.ts';
import { databaseOf, tempDir } from './tempdb.ts';

/**
 * The property test of the one door (`dispatch`): fast-check payloads — anything a renderer could
 * send through structured clone, and objects shaped like each method's input with hostile values
 * in its fields (lone surrogates, 9999-12-31, 2^53, huge strings) — for every method and every
 * role, and unknown method names. For each call: nothing escapes, the result is `{ ok, value }` or
 * `{ ok: false, error: { code, message } }`, no internal error is reported, and a refusal writes
 * nothing but its access-log entry (a wrong password's count aside). Both chains verify afterwards.
 */

/** Runs per method × role: `FUZZ_RUNS` (npm run fuzz sets more), at least the 1,000. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

/** Passwords are checked hundreds of times: scrypt at its cheapest here (the cost is stored with each hash). */
const FUZZ_PASSWORD_COST: ScryptParams = { N: 2 ** 4, r: 1, p: 1 };

export type Caller = Role | 'anonymous';
export const CALLERS: readonly Caller[] = [...ROLES, 'anonymous'];

const HOSTILE_STRINGS = [
  '',
  ' ',
  '9999-12-31',
  '0000-01-01',
  '2026-02-29',
  '2024-02-29',
  '10000-01-01',
  '-000001-01-01',
  '2026-13-01',
  '2026-11-24T09:00:00+09:00',
  '+275760-09-13T00:00:00.000Z',
  '2026-11',
  '9999-12',
  '\ud800',
  'a\udc00b',
  '\u0000',
  '__proto__',
  'constructor',
  '=HYPERLINK("x")',
  '행정실',
  'RD1|2026-0001|' + 'a'.repeat(64),
  'x'.repeat(10_000),
];
const HOSTILE_NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.5,
  2 ** 31,
  2 ** 53 + 1,
  -(2 ** 53),
  1e308,
  Number.MAX_VALUE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
];

const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileLeaf },
  { weight: 1, arbitrary: fc.array(hostileLeaf, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), hostileLeaf, { maxKeys: 4 }) },
);

type AnySchema = z.ZodType & {
  _zod: {
    def: {
      type: string;
      shape?: Record<string, AnySchema>;
      innerType?: AnySchema;
      element?: AnySchema;
      entries?: Record<string, string | number>;
      values?: unknown[];
    };
  };
};

/** Values a window would plausibly send: they carry a call past validation into the handler. */
const PLAUSIBLE_STRINGS = [
  '2026-11-24',
  '2026-01-01',
  '2999-12-31',
  '9999-12-31',
  '2026-10',
  '행정실',
  '파쇄',
  '이름·연락처',
  'clerk',
  'director',
  'Temp#Clerk2026',
  'Officer#2026!',
  '124-81-00998',
  '2026-0001',
  'RD1|2026-0001|' + '0'.repeat(64),
];

function plausible(schema: AnySchema): fc.Arbitrary<unknown> {
  const def = schema._zod.def;
  if (def.type === 'enum' && def.entries) return fc.constantFrom(...Object.values(def.entries));
  if (def.type === 'literal' && def.values) return fc.constantFrom(...def.values);
  if (def.type === 'number') return fc.constantFrom(0, 1, 2, 3, 4, 5, 10, 100, 5000);
  if (def.type === 'boolean') return fc.boolean();
  if (def.type === 'string') return fc.constantFrom(...PLAUSIBLE_STRINGS);
  return hostileValue;
}

/** An object with the schema's own field names (recursively): mostly plausible values, some hostile ones. */
function shaped(schema: AnySchema, depth = 0): fc.Arbitrary<unknown> {
  const def = schema._zod.def;
  if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType) {
    return shaped(def.innerType, depth);
  }
  if (def.type === 'array' && def.element && depth < 3) return fc.array(shaped(def.element, depth + 1), { maxLength: 4 });
  if (def.type === 'object' && def.shape && depth < 3) {
    const fields = Object.fromEntries(Object.entries(def.shape).map(([key, field]) => [key, shaped(field, depth + 1)]));
    return fc.oneof(fc.record(fields), fc.record(fields, { requiredKeys: [] }));
  }
  return fc.oneof({ weight: 3, arbitrary: plausible(schema) }, { weight: 1, arbitrary: hostileValue });
}

/** What a window could send for `method`: anything, or its input's shape filled with hostile values. */
export function payloads(method: string): fc.Arbitrary<unknown> {
  const def = api[method as keyof typeof api] as MethodDef;
  return fc.oneof(
    {
      weight: 1,
      arbitrary: fc.anything({
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withTypedArray: true,
        withNullPrototype: true,
      }),
    },
    { weight: 3, arbitrary: shaped(def.input as unknown as AnySchema) },
  );
}

export const unknownMethodNames: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'ledger.',
    '.verify',
    'app.status ',
    'APP.STATUS',
    '\ud800app.status',
  ),
);

/** A clinic with one account of each role, set up once and copied for each method under test. */
export async function fuzzBase(): Promise<{ path: string; ids: Record<Role, number>; cleanup(): void }> {
  // In memory where the machine has it: hundreds of thousands of commits, each synced.
  const { dir, cleanup } = tempDir('retention-desk-fuzz-', existsSync('/dev/shm') ? '/dev/shm' : undefined);
  const path = `${dir}/base.db`;
  const app = createAppContext({ databasePath: path, clock: manualClock('2026-11-24T09:00:00+09:00'), passwordCost: FUZZ_PASSWORD_COST });
  const officer = await setUpClinic(app);
  const ids: Record<Role, number> = { officer: 1, admin: 0, facilities: 0, auditor: 0 };
  for (const role of ['admin', 'facilities', 'auditor'] as const) ids[role] = (await createAccount(app, officer, role, role)).id;
  await app.close();
  return { path, ids, cleanup };
}

/**
 * What is wrong with a result's shape, or null. Plain checks (a quarter of a million calls run
 * through here); the property's failure message names the problem and fast-check the payload.
 */
function shapeProblem(result: Result<unknown>): string | null {
  if (typeof result !== 'object' || result === null) return `not an object: ${String(result)}`;
  const keys = Object.keys(result).sort().join(',');
  if (result.ok === true) return keys === 'ok,value' ? null : `ok result with keys ${keys}`;
  if (result.ok !== false || keys !== 'error,ok') return `result with keys ${keys}`;
  const { code, message } = result.error;
  if (!(ERROR_CODES as readonly string[]).includes(code)) return `unknown error code ${String(code)}`;
  if (typeof message !== 'string' || !/[가-힣]/.test(message)) return `error message not Korean: ${String(message)}`;
  return null;
}

/** Fails the property (with `expect`'s message) only when something is wrong: the passing path stays cheap. */
function check(problem: string | null): void {
  if (problem !== null) expect.fail(problem);
}

/** Every method of the contract, split into `of` parts (one test file each, so the suite's workers share them). */
export function methodsPart(index: number, of: number): string[] {
  return Object.keys(api).filter((_, i) => i % of === index);
}

interface Probe {
  read(): { changes: number; log: number; ledger: number };
  unlockAll(): void;
}

const probes = new WeakMap<object, Probe>();

/** What a call changed, read through statements prepared once per open file. */
function probeOf(app: AppContext): Probe {
  const { sqlite } = databaseOf(app);
  let probe = probes.get(sqlite);
  if (!probe) {
    const changes = sqlite.prepare('SELECT total_changes()').pluck();
    const log = sqlite.prepare('SELECT coalesce(max(seq), 0) FROM access_log').pluck();
    const ledger = sqlite.prepare('SELECT count(*) FROM ledger_entries').pluck();
    const unlock = sqlite.prepare(
      'UPDATE users SET failed_attempts = 0, locked_at = NULL WHERE failed_attempts > 0 OR locked_at IS NOT NULL',
    );
    probe = {
      read: () => ({ changes: changes.get() as number, log: log.get() as number, ledger: ledger.get() as number }),
      unlockAll: () => void unlock.run(),
    };
    probes.set(sqlite, probe);
  }
  return probe;
}

/**
 * Fuzzes one method for every caller, each caller on its own copy of the base file; returns how
 * many calls were made. Every call adds an access-log entry, and methods that walk the whole log
 * (its verification, its export, an audit bundle) cost in proportion to it: on one copy for all
 * five callers the last caller's calls would walk five times the entries. A copy per caller also
 * makes a failure reproducible from its (method, caller) seed alone.
 */
export async function fuzzMethod(base: { path: string; ids: Record<Role, number> }, method: string, runs = RUNS): Promise<number> {
  let calls = 0;
  for (const caller of CALLERS) calls += await fuzzCaller(base, method, caller, runs);
  return calls;
}

async function fuzzCaller(
  base: { path: string; ids: Record<Role, number> },
  method: string,
  caller: Caller,
  runs: number,
): Promise<number> {
  const copy = copyDatabase(base.path, dirname(base.path));
  const clock = manualClock('2026-11-24T09:30:00+09:00');
  const app: AppContext = createAppContext({ databasePath: copy.path, clock, passwordCost: FUZZ_PASSWORD_COST });
  const internal: unknown[] = [];
  const door: Dispatch = createDispatcher(api, handlers as unknown as Record<string, Handler<MethodDef>>, {
    onInternalError: (_method, cause) => internal.push(cause),
  });
  const sessionOf = (): Session =>
    caller === 'anonymous' ? newSession('fuzz') : { ...signedInAs(base.ids[caller], caller, clock.now()), terminal: 'fuzz' };
  let calls = 0;
  try {
    await fc.assert(
      fc.asyncProperty(payloads(method), async (payload) => {
        internal.length = 0;
        const probe = probeOf(app);
        const before = probe.read();
        const result = await door(app, sessionOf(), method, payload);
        calls += 1;
        check(shapeProblem(result));
        check(internal.length > 0 ? `${method} as ${caller}: internal error ${String(internal[0])}` : null);
        if (!result.ok) {
          const after = probeOf(app).read();
          check(after.ledger === before.ledger ? null : `refused ${result.error.code}, yet the ledger changed`);
          check(after.log === before.log + 1 ? null : `refused ${result.error.code} with ${after.log - before.log} log entries`);
          // A wrong password is counted against the account (and may lock it); nothing else changes.
          const counted = result.error.code === 'UNAUTHENTICATED' || result.error.code === 'LOCKED';
          if (!counted)
            check(
              after.changes === before.changes + 1
                ? null
                : `refused ${result.error.code}, yet ${after.changes - before.changes} rows changed`,
            );
          // Each payload meets an account that earlier payloads' wrong passwords did not lock.
          else probe.unlockAll();
        }
      }),
      { numRuns: runs, seed: seedOf(method, caller) },
    );
    const state = app.state();
    if (!state.ok) throw new Error(`${method} as ${caller}: the file did not stay open`);
    const verified = await verifyDatabase(app, state.database);
    expect(verified.failure, `${method} as ${caller}: chains after fuzzing`).toBeNull();
    return calls;
  } finally {
    await app.close();
    copy.cleanup();
  }
}

/** Fuzzes unknown method names: every one is NOT_FOUND, logged, and changes nothing else. */
export async function fuzzUnknownMethods(base: { path: string; ids: Record<Role, number> }, runs = RUNS): Promise<number> {
  let calls = 0;
  const copy = copyDatabase(base.path, dirname(base.path));
  const app = createAppContext({
    databasePath: copy.path,
    clock: manualClock('2026-11-24T09:30:00+09:00'),
    passwordCost: FUZZ_PASSWORD_COST,
  });
  const door = createDispatcher(api, handlers as unknown as Record<string, Handler<MethodDef>>);
  try {
    await fc.assert(
      fc.asyncProperty(
        unknownMethodNames.filter((name) => !Object.hasOwn(api, name)),
        fc.anything(),
        fc.constantFrom(...CALLERS),
        async (name, payload, caller) => {
          const { sqlite } = databaseOf(app);
          const before = sqlite.prepare('SELECT total_changes()').pluck().get() as number;
          const session =
            caller === 'anonymous' ? newSession('fuzz') : signedInAs(base.ids[caller], caller, new Date('2026-11-24T00:30:00Z'));
          const result = await door(app, session, name, payload);
          calls += 1;
          check(shapeProblem(result));
          expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
          expect((sqlite.prepare('SELECT total_changes()').pluck().get() as number) - before).toBe(1);
        },
      ),
      { numRuns: runs, seed: seedOf('?', 'anonymous') },
    );
    const state = app.state();
    if (!state.ok) throw new Error('the file did not stay open');
    expect((await verifyDatabase(app, state.database)).failure).toBeNull();
    return calls;
  } finally {
    await app.close();
    copy.cleanup();
  }
}

/** A fixed seed per method and caller: a failure is reproduced by running the suite again. */
function seedOf(method: string, caller: Caller): number {
  let hash = 2166136261;
  for (const char of `${method}|${caller}|${process.env.FUZZ_SEED ?? ''}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}
