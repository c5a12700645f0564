import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, SCREENSHOTS, test } from './harness.ts';

const PROFILE = {
  name: '통인한의원',
  representative: '김서연',
  address: '서울특별시 종로구 자하문로 15',
  businessNumber: '124-81-00998',
  officerName: '김서연',
  officerTitle: '원장',
  officerContact: '02-737-1234',
  cctvName: '박민호',
  cctvTitle: '시설팀장',
  cctvContact: '02-737-1235',
};

test('clinic profile: edit, persist across reload, reject a bad 사업자등록번호 without changing anything', async ({ page, rd }) => {
  await rd.open(page);
  await expect(page.getByRole('heading', { name: '기관 정보' })).toBeVisible();
  await expect(page.getByRole('link', { name: '설정' })).toBeVisible();

  const clinic = page.getByRole('group', { name: '기관' });
  const officer = page.getByRole('group', { name: '개인정보 보호책임자' });
  const cctv = page.getByRole('group', { name: '영상정보 관리책임자' });
  await clinic.getByLabel('기관명').fill(PROFILE.name);
  await clinic.getByLabel('대표자').fill(PROFILE.representative);
  await clinic.getByLabel('사업자등록번호').fill(PROFILE.businessNumber);
  await clinic.getByLabel('주소').fill(PROFILE.address);
  await officer.getByLabel('성명').fill(PROFILE.officerName);
  await officer.getByLabel('직위').fill(PROFILE.officerTitle);
  await officer.getByLabel('연락처').fill(PROFILE.officerContact);
  await cctv.getByLabel('성명').fill(PROFILE.cctvName);
  await cctv.getByLabel('직위').fill(PROFILE.cctvTitle);
  await cctv.getByLabel('연락처').fill(PROFILE.cctvContact);
  await page.getByRole('button', { name: '저장' }).first().click();
  await expect(page.getByText('저장했습니다.')).toBeVisible();

  await page.reload();
  await expect(clinic.getByLabel('기관명')).toHaveValue(PROFILE.name);
  await expect(clinic.getByLabel('사업자등록번호')).toHaveValue(PROFILE.businessNumber);
  await expect(cctv.getByLabel('성명')).toHaveValue(PROFILE.cctvName);
  await page.screenshot({ path: join(SCREENSHOTS, 'settings-clinic-profile.png'), fullPage: true });

  // A wrong check digit: the Korean message appears under the field and nothing is saved.
  await clinic.getByLabel('사업자등록번호').fill('124-81-00999');
  await clinic.getByLabel('사업자등록번호').blur();
  await expect(page.getByText('사업자등록번호의 검증번호(마지막 자리)가 맞지 않습니다.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: '저장' }).first().click();
  await page.screenshot({ path: join(SCREENSHOTS, 'settings-clinic-profile-invalid.png'), fullPage: true });

  // The main process refuses it too, whatever the renderer does.
  const direct = await page.evaluate(() =>
    window.bridge.invoke('clinic.update', {
      name: '바뀐 이름',
      representative: '김서연',
      address: '서울',
      businessNumber: '124-81-00999',
      privacyOfficerName: '김서연',
      privacyOfficerTitle: '원장',
      privacyOfficerContact: '02-737-1234',
      cctvManagerName: '박민호',
      cctvManagerTitle: '시설팀장',
      cctvManagerContact: '02-737-1235',
    }),
  );
  expect(direct).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { businessNumber: expect.stringContaining('검증번호') } } });

  await page.reload();
  await expect(clinic.getByLabel('사업자등록번호')).toHaveValue(PROFILE.businessNumber);
  await expect(clinic.getByLabel('기관명')).toHaveValue(PROFILE.name);

  // The CLI reads the file the app wrote.
  await rd.closeApp();
  const output = execFileSync(process.execPath, ['electron/cli/main.ts', 'info', '--db', rd.dbPath], { encoding: 'utf8' });
  const info = JSON.parse(output) as { schemaVersion: number; appVersion: string; clinic: { name: string; businessNumber: string } };
  expect(info.schemaVersion).toBeGreaterThan(0);
  expect(info.clinic).toMatchObject({ name: PROFILE.name, businessNumber: PROFILE.businessNumber });
});
