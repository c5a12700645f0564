import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../db/connection.ts';
import { expect, SCREENSHOTS, test } from './harness.ts';

test('a damaged database file gets a recovery screen, not a crash', async ({ page, rd }) => {
  await rd.closeApp();
  writeFileSync(rd.dbPath, 'this was a spreadsheet, not a database'.repeat(300));
  await rd.reopenApp();
  await rd.open(page);
  await expect(page.getByRole('heading', { name: '데이터베이스를 열 수 없습니다' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('데이터베이스 파일이 손상되었습니다');
  await expect(page.getByText(rd.dbPath)).toBeVisible();
  // Nothing else answers while the file is unusable.
  expect(await page.evaluate(() => window.bridge.invoke('session.get', {}))).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  await page.screenshot({ path: join(SCREENSHOTS, 'recovery-corrupt.png'), fullPage: true });
});

test('a database held by another running copy says so, and "다시 시도" opens it once that copy is closed', async ({ page, rd }) => {
  await rd.closeApp();
  const other = openDatabase(rd.dbPath);
  if (!other.ok) throw new Error('could not open as the other copy');
  await rd.reopenApp();
  await rd.open(page);
  await expect(page.getByRole('alert')).toContainText('다른 곳에서 이미 이 데이터베이스를 사용하고 있습니다');
  await page.screenshot({ path: join(SCREENSHOTS, 'recovery-locked.png'), fullPage: true });
  await other.database.close();
  await page.getByRole('button', { name: '다시 시도' }).click();
  await expect(page.getByRole('heading', { name: 'Retention Desk 처음 설정' })).toBeVisible();
});
