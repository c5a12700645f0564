import { join } from 'node:path';
import { expect, OFFICER, SCREENSHOTS, signIn, test } from './harness.ts';

test('retention policies: attach the 30-day CCTV preset, see the next due date and its basis; own rules are validated', async ({
  page,
  rd,
}) => {
  await rd.setUpClinic();
  await rd.open(page, '/policies');
  await signIn(page, OFFICER.login, OFFICER.password);
  await expect(page.getByRole('heading', { name: '보존기간 정책' })).toBeVisible();

  await page.getByRole('button', { name: '기록 종류 추가' }).click();
  const dialog = page.getByRole('dialog', { name: '기록 종류 추가' });
  await dialog.getByRole('combobox', { name: '보존기간' }).fill('CCTV');
  await page.getByRole('option', { name: 'CCTV 영상 (30일)' }).click();
  await expect(dialog).toContainText('표준 개인정보 보호지침');
  await expect(dialog.getByLabel('기산 기준')).toHaveValue('촬영일');
  await dialog.getByLabel('기록 종류').fill('CCTV 영상');
  await dialog.getByRole('button', { name: '저장' }).click();
  await expect(page.getByText('보존기간 정책을 저장했습니다.')).toBeVisible();

  const table = page.getByRole('table', { name: '보존기간 정책' });
  const cctv = table.getByRole('row', { name: /CCTV 영상/ });
  await expect(cctv).toContainText('30일');
  await expect(cctv).toContainText('보관 한도');
  await expect(cctv).toContainText('표준 개인정보 보호지침');
  // 2026-11-24 + 30일, the first day not counted → kept through 2026-12-24, destroyed by 2026-12-29.
  await expect(cctv).toContainText('오늘(2026-11-24) 촬영일인 기록: 2026-12-24 (목)까지 보존, 2026-12-29 (화)까지 파기');

  // The clinic's own rule: a typo is explained in Korean, nothing is saved until it is right.
  await page.getByRole('button', { name: '기록 종류 추가' }).click();
  await dialog.getByText('병원이 직접 정하기').click();
  await dialog.getByRole('textbox', { name: '기간', exact: true }).fill('3월');
  await dialog.getByLabel('기록 종류').fill('상담 기록지');
  await dialog.getByLabel('기산 기준').fill('상담일');
  await dialog.getByRole('button', { name: '저장' }).click();
  await expect(dialog.getByText('3개월')).toBeVisible();
  await expect(dialog.getByText('근거(예: 개인정보 처리방침 제5조)를 입력해 주세요.')).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'policies-custom-invalid.png'), fullPage: true });
  await dialog.getByRole('textbox', { name: '기간', exact: true }).fill('3년');
  await dialog.getByRole('textbox', { name: '근거' }).fill('개인정보 처리방침 제5조');
  await dialog.getByRole('button', { name: '저장' }).click();
  const counselling = table.getByRole('row', { name: /상담 기록지/ });
  await expect(counselling).toContainText('3년');
  await expect(counselling).toContainText('개인정보 처리방침 제5조');
  await expect(counselling).toContainText('2029-11-24');

  // The calculator: a month counted from the 31st ends on the last day of February.
  await page.getByRole('textbox', { name: '시작일' }).fill('2025-01-31');
  await page.getByRole('textbox', { name: '시작일' }).press('Enter');
  await page.getByRole('textbox', { name: '기간', exact: true }).fill('1개월');
  await expect(page.getByTestId('보존 종료일(마지막 보관일)')).toHaveText('2025-02-28 (금)');
  await expect(page.getByTestId('파기 기한')).toHaveText('2025-03-05 (수)');
  await page.screenshot({ path: join(SCREENSHOTS, 'policies.png'), fullPage: true });
});
