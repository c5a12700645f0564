import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ok, saveReservationFormsPolicy } from '../support/accounts.ts';
import { expect, OFFICER, SCREENSHOTS, signIn, test } from './harness.ts';

const HEADER = ['개인정보 파일명', '개인정보 항목', '자료의 종류', '보관 위치', '보유 건수', '보존기간 정책', '생성일', '보존기간 시작일'];

/** The admin office's register as it kept it in Excel: a title row, a date, then 3,000 binders. */
async function registerWorkbook(badRow: boolean): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('개인정보파일');
  sheet.addRow(['통인한의원 개인정보파일 관리대장']);
  sheet.addRow(['작성: 행정실 (2026-11-20 기준)']);
  sheet.addRow(HEADER);
  for (let n = 1; n <= 3000; n += 1) {
    // Every third binder is from the summer (long past its deadline); the others are recent.
    const start = n % 3 === 0 ? '2026-06-01' : '2026-11-10';
    sheet.addRow([
      `예약 신청서 묶음 ${String(n).padStart(4, '0')}`,
      '이름·연락처·진료과·예약일시',
      '종이문서',
      `종이 서류철 — 문서고 ${Math.ceil(n / 100)}번 서가`,
      n === 1500 && badRow ? '-5' : 10 + (n % 40),
      '예약 신청서',
      n === 2999 && badRow ? '2026-02-30' : new Date(`${start}T00:00:00Z`),
      new Date(`${start}T00:00:00Z`),
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test('moving in from Excel: an XLSX register of 3,000 files is refused for one bad row, then imported whole', async ({ page, rd }) => {
  test.setTimeout(240_000);
  const officer = await rd.setUpClinic();
  await saveReservationFormsPolicy(rd.app, officer);
  await rd.open(page, '/register');
  await signIn(page, OFFICER.login, OFFICER.password);
  await page.getByRole('button', { name: '엑셀·CSV 가져오기' }).click();
  const dialog = page.getByRole('dialog', { name: '개인정보파일 목록 가져오기' });

  // The first try: two bad cells among 3,000 rows; both named by row and column, nothing saved.
  await dialog.locator('input[type=file]').setInputFiles({
    name: '개인정보파일_관리대장.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await registerWorkbook(true),
  });
  await expect(dialog).toContainText('개인정보파일_관리대장.xlsx — XLSX · 개인정보파일, 머리글 3행, 3,000건', { timeout: 30_000 });
  const issues = dialog.getByRole('list', { name: '고칠 곳' }).getByRole('listitem');
  await expect(issues).toHaveText([
    '1503행 E열: ‘보유 건수’: 0 이상이어야 합니다(입력: -5).',
    '3002행 G열: ‘생성일’: 날짜가 올바르지 않습니다. 2026년 2월은 28일까지 있습니다(입력: 2026-02-30).',
  ]);
  await expect(dialog.getByRole('list', { name: '열과 항목' })).toContainText('D열 보관 위치 → 보관 위치');
  await expect(dialog.getByRole('button', { name: '3,000건 가져오기' })).toBeDisabled();
  await page.screenshot({ path: join(SCREENSHOTS, 'import-refused.png'), fullPage: false });
  // Even asked directly, the main process saves nothing from that file.
  expect(await ok(rd.app, officer, 'register.list', {})).toEqual([]);

  // Fixed in Excel and chosen again: all 3,000 in one go.
  await dialog.locator('input[type=file]').setInputFiles({
    name: '개인정보파일_관리대장_수정.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await registerWorkbook(false),
  });
  await expect(dialog).toContainText('3,000건을 모두 가져올 수 있습니다', { timeout: 30_000 });
  await page.screenshot({ path: join(SCREENSHOTS, 'import-ready.png'), fullPage: false });
  await dialog.getByRole('button', { name: '3,000건 가져오기' }).click();
  await expect(page.getByText('3,000건을 가져왔습니다.')).toBeVisible({ timeout: 60_000 });
  await expect(dialog).toBeHidden();

  // The register of 3,000: the status chips count them; search and sort follow what is shown.
  await expect(page.getByRole('radio', { name: '전체 3,000' })).toBeAttached();
  await expect(page.getByRole('radio', { name: '파기 기한 경과 1,000' })).toBeAttached();
  const search = page.getByRole('textbox', { name: '검색' });
  await search.fill('기한 경과');
  await expect(page.getByText('1,000건', { exact: true })).toBeVisible();
  await search.fill('보유 중');
  await expect(page.getByText('2,000건', { exact: true })).toBeVisible();
  await search.fill('overdue');
  await expect(page.getByText('0건', { exact: true })).toBeVisible();
  await search.fill('예약 신청서 묶음 2999');
  await expect(page.getByRole('table', { name: '개인정보파일 목록' }).getByRole('row')).toHaveCount(2);
  await search.fill('');
  await page.screenshot({ path: join(SCREENSHOTS, 'register-3000.png'), fullPage: false });
});
