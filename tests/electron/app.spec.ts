import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

/**
 * The packaged flow in a real Electron window. It needs Electron's binary, which CI here cannot
 * download (ELECTRON_SKIP_BINARY_DOWNLOAD=1); on a developer's PC with the binary it runs.
 */
function electronBinary(): string | null {
  // Not require('electron'): since Electron 45 that starts a download when the binary is missing.
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const SKIP_REASON =
  'Electron binary not installed (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1): the real-window suite was skipped; ' +
  'the renderer, dispatcher and database were tested in Chromium by tests/e2e instead.';

test.describe('packaged app in Electron', () => {
  test.beforeAll(() => {
    if (!binary) console.log(`[electron suite] ${SKIP_REASON}`);
  });

  test('opens one secure window showing the app over a fresh database', async () => {
    test.skip(!binary, SKIP_REASON);
    const dir = mkdtempSync(join(tmpdir(), 'retention-desk-electron-'));
    const app = await electron.launch({
      executablePath: binary ?? undefined,
      args: [resolve(import.meta.dirname, '../..'), `--db=${join(dir, 'clinic.db')}`],
    });
    try {
      const page = await app.firstWindow();
      await expect(page).toHaveTitle(/Retention Desk/);
      await expect(page.getByText('데이터베이스를 열 수 없습니다')).toHaveCount(0);
      // The renderer has no Node: the only thing it sees of main is the bridge.
      const globals = await page.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        bridge: Object.keys(window.bridge).sort(),
      }));
      expect(globals).toEqual({ require: 'undefined', process: 'undefined', bridge: ['invoke', 'on'] });
      await page.screenshot({ path: 'test-results/screens/electron-first-window.png' });
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
