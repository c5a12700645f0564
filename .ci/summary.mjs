// Prints `N passed, N failed` from vitest's and Playwright's JSON reports. A step that failed
// before any report was written (typecheck, lint, build) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const [vitestReport, playwrightReport, status] = process.argv.slice(2);
let passed = 0;
let failed = 0;

if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
}
if (existsSync(playwrightReport)) {
  const { stats } = JSON.parse(readFileSync(playwrightReport, 'utf8'));
  passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  failed += stats?.unexpected ?? 0;
}
if (Number(status) !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
