import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
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

test('security settings: turning off the two-signer rule needs the officer password and is signed into the ledger', async ({
  page,
  rd,
}) => {
  await rd.setUpClinic();
  await rd.open(page, '/settings');
  await signIn(page, OFFICER.login, OFFICER.password);
  const security = page.getByRole('group', { name: '보안 설정' });
  const rule = security.getByLabel('파기를 수행한 사람과 승인하는 사람이 달라야 함(권장)');
  await expect(rule).toBeChecked();
  const entriesBefore = await ledgerEntries(page);

  await rule.uncheck();
  await security.getByRole('button', { name: '저장' }).click();
  const dialog = page.getByRole('dialog', { name: '서명자 규칙 변경' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('비밀번호').fill('not-my-password');
  await dialog.getByRole('button', { name: '서명하고 저장' }).click();
  await expect(dialog.getByText('비밀번호가 올바르지 않습니다', { exact: false })).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'settings-signers-confirm.png') });
  // A wrong password changed nothing.
  expect(await page.evaluate(() => window.bridge.invoke('settings.get', {}))).toMatchObject({
    ok: true,
    value: { requireDistinctSigners: true },
  });

  await dialog.getByLabel('비밀번호').fill(OFFICER.password);
  await dialog.getByRole('button', { name: '서명하고 저장' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('저장했습니다.')).toBeVisible();

  await page.reload();
  await expect(
    page.getByRole('group', { name: '보안 설정' }).getByLabel('파기를 수행한 사람과 승인하는 사람이 달라야 함(권장)'),
  ).not.toBeChecked();
  // The change is a signed entry in the chain (with the seal of the access log after it), and the chain still verifies.
  expect(await ledgerEntries(page)).toBe(entriesBefore + 2);
});

/** How many entries the signed ledger holds, after checking that the whole chain verifies. */
async function ledgerEntries(page: Page): Promise<number> {
  const verify = await page.evaluate(() => window.bridge.invoke('ledger.verify', {}));
  expect(verify).toMatchObject({ ok: true, value: { ok: true, ledger: { ok: true } } });
  return (verify as { value: { ledger: { entries: number } } }).value.ledger.entries;
}
