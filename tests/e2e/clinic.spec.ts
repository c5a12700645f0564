import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { CLINIC, expect, OFFICER, SCREENSHOTS, signIn, test } from './harness.ts';

test('clinic profile: edit, persist across reload, reject a bad 사업자등록번호 without changing anything', async ({ page, rd }) => {
  await rd.setUpClinic();
  await rd.open(page, '/settings');
  await signIn(page, OFFICER.login, OFFICER.password);
  await expect(page.getByRole('heading', { name: '기관 정보' })).toBeVisible();

  const clinic = page.getByRole('group', { name: '기관', exact: true });
  const cctv = page.getByRole('group', { name: '영상정보 관리책임자' });
  await clinic.getByLabel('기관명').fill('통인한의원 본원');
  await clinic.getByLabel('주소').fill('서울특별시 종로구 자하문로 17');
  await cctv.getByLabel('성명').fill('이준호');
  await page.getByRole('button', { name: '저장' }).first().click();
  await expect(page.getByText('저장했습니다.')).toBeVisible();

  await page.reload();
  await expect(clinic.getByLabel('기관명')).toHaveValue('통인한의원 본원');
  await expect(clinic.getByLabel('주소')).toHaveValue('서울특별시 종로구 자하문로 17');
  await expect(cctv.getByLabel('성명')).toHaveValue('이준호');
  // Korean is drawn with the bundled font, not whatever the PC happens to have.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].some((f) => f.family.includes('Pretendard') && f.status === 'loaded');
      }),
    )
    .toBe(true);
  await page.screenshot({ path: join(SCREENSHOTS, 'settings-clinic-profile.png'), fullPage: true });

  // A wrong check digit: the Korean message appears under the field and nothing is saved.
  await clinic.getByLabel('사업자등록번호').fill('124-81-00999');
  await clinic.getByLabel('사업자등록번호').blur();
  await expect(page.getByText('사업자등록번호의 검증번호(마지막 자리)가 맞지 않습니다.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: '저장' }).first().click();
  await page.screenshot({ path: join(SCREENSHOTS, 'settings-clinic-profile-invalid.png'), fullPage: true });

  // The main process refuses it too, whatever the renderer does.
  const direct = await page.evaluate(
    (profile) => window.bridge.invoke('clinic.update', { ...profile, name: '바뀐 이름', businessNumber: '124-81-00999' }),
    CLINIC,
  );
  expect(direct).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION', fields: { businessNumber: expect.stringContaining('검증번호') } },
  });

  await page.reload();
  await expect(clinic.getByLabel('사업자등록번호')).toHaveValue(CLINIC.businessNumber);
  await expect(clinic.getByLabel('기관명')).toHaveValue('통인한의원 본원');

  // The CLI reads the file the app wrote.
  await rd.closeApp();
  const output = execFileSync(process.execPath, ['electron/cli/main.ts', 'info', '--db', rd.dbPath], { encoding: 'utf8' });
  const info = JSON.parse(output) as { schemaVersion: number; appVersion: string; clinic: { name: string; businessNumber: string } };
  expect(info.schemaVersion).toBeGreaterThan(0);
  expect(info.clinic).toMatchObject({ name: '통인한의원 본원', businessNumber: CLINIC.businessNumber });
});
