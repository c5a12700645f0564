// `npm run fuzz`: the one door's property test (tests/unit/platform/fuzz-*.test.ts) with ten times
// the payloads of `npm test` — 10,000 per method and caller; `-- --runs N` for another count.
import { parseArgs } from 'node:util';
import { startVitest } from 'vitest/node';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10000' } } });
process.env.FUZZ_RUNS = values.runs;
const vitest = await startVitest('test', ['tests/unit/platform/fuzz-'], { run: true, watch: false });
await vitest.close();
process.exitCode = vitest.state.getCountOfFailedTests() > 0 || process.exitCode ? 1 : 0;
