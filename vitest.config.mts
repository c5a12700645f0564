import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Vitest's default leaves one core to its main process, which only collects results: on CI's
    // two cores that ran every file on a single worker, one core idle for the whole suite.
    maxWorkers: availableParallelism(),
    testTimeout: 30_000,
    // Several files build the whole demo clinic once in beforeAll; on a loaded 2-core runner that can pass 10 s.
    hookTimeout: 60_000,
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
