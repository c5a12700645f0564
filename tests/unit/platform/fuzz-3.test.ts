import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLERS, RUNS, fuzzBase, fuzzMethod, methodsPart } from '../../support/fuzz.ts';

// The one door under fast-check (tests/support/fuzz.ts): part 3 of 4 of the contract's methods, one
// file each so that the suite's workers share them. `npm run fuzz` runs ten times as many payloads.

let base: Awaited<ReturnType<typeof fuzzBase>>;
beforeAll(async () => {
  base = await fuzzBase();
});
afterAll(() => base.cleanup());

describe(`dispatch under fuzzing (${RUNS} payloads per method and caller)`, () => {
  it.each(methodsPart(2, 4))(
    '%s: never throws, answers in the one shape, a refusal writes only its log entry, both chains verify',
    async (method) => {
      expect(await fuzzMethod(base, method)).toBe(RUNS * CALLERS.length);
    },
    1_800_000,
  );
});
