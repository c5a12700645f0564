import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { PHOTO_PNG_BASE64 } from '../../electron/disposal/fixtures.ts';
import { createAccount, ok, type TestAccount, saveReservationFormsPolicy } from '../support/accounts.ts';
import { CLINIC, expect, OFFICER, SCREENSHOTS, signIn, signOut, test, type Harness } from './harness.ts';

const PHOTO = Buffer.from(PHOTO_PNG_BASE64, 'base64');

async function clinicWithDueFiles(rd: Harness): Promise<TestAccount> {
  const officer = await rd.setUpClinic();
  const clerk = await createAccount(rd.app, officer, 'clerk', 'admin', '이하은');
  const policy = await saveReservationFormsPolicy(rd.app, clerk.session);
  const file = (name: string, startDate: string) =>
    ok(rd.app, clerk.session, 'register.save', {
      name,
      items: '이름·연락처·진료과·예약일시',
      mediaKind: 'paper',
      locationKind: 'paper',
      locationDetail: '행정실 문서함',
      recordCount: 30,
      policyId: policy.id,
      createdOn: startDate,
      startDate,
    });
  // Due by 2026-10-06: forgotten until 2026-11-24.
  await file('예약 신청서 묶음 (2026년 9월)', '2026-09-01');
  // Due from 2026-11-20: shredded on the 21st, the request written on the 24th.
  await file('예약 신청서 묶음 (2026년 10월 20일분)', '2026-10-20');
  for (let n = 1; n <= 40; n += 1) await file(`건강강좌 신청서 ${String(n).padStart(2, '0')}회차`, '2026-10-23');
  return clerk;
}

async function sign(page: Page, dialogName: RegExp, password: string) {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.getByRole('textbox', { name: '비밀번호' }).fill(password);
  await dialog.getByRole('button', { name: /서명/ }).click();
  return dialog;
}

/** The clerk hands over to the officer, who approves the request on its card. */
async function approveAsOfficer(page: Page, card: Locator) {
  await signOut(page, '이하은');
  await signIn(page, OFFICER.login, OFFICER.password);
  await page.getByRole('link', { name: /파기 진행/ }).click();
  await card.getByRole('button', { name: '승인 서명' }).click();
  await sign(page, /파기 승인/, OFFICER.password);
}

test('a late destruction asks why, and the ledger, the certificate and the printout say it; evidence opens from the ledger and the completed list', async ({
  page,
  rd,
}) => {
  test.setTimeout(180_000);
  const clerk = await clinicWithDueFiles(rd);
  await rd.open(page, '/register');
  await signIn(page, clerk.login, clerk.password);

  // Search finds what the list shows: the status words, not their codes.
  const register = page.getByRole('table', { name: '개인정보파일 목록' });
  await page.getByRole('textbox', { name: '검색' }).fill('기한 경과');
  await expect(register.getByRole('row')).toHaveCount(2);
  await expect(register.getByRole('row').nth(1)).toContainText('예약 신청서 묶음 (2026년 9월)');
  await page.getByRole('textbox', { name: '검색' }).fill('overdue');
  await expect(register.getByRole('row')).toHaveCount(1);
  await page.getByRole('textbox', { name: '검색' }).fill('파기 예정');
  await expect(page.getByText('41건', { exact: true })).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'register-search-status.png'), fullPage: false });
  await page.getByRole('textbox', { name: '검색' }).fill('');
  // Sorted by status: by the words shown (가나다), not by the codes.
  await register.getByRole('button', { name: '상태' }).click();
  await expect(register.getByRole('row').nth(1)).toContainText('파기 기한 경과');

  // The request dialog: 42 due files, searchable, with "select all shown".
  await page.getByRole('link', { name: '파기 진행' }).click();
  await page.getByRole('button', { name: '파기 요청 만들기' }).click();
  const request = page.getByRole('dialog', { name: '파기 요청 만들기' });
  await expect(request).toContainText('42개 중 0개 선택');
  await request.getByRole('textbox', { name: '검색' }).fill('건강강좌');
  await request.getByRole('checkbox', { name: '보이는 40개 모두 선택' }).check();
  await expect(request).toContainText('42개 중 40개 선택');
  await request.getByRole('textbox', { name: '검색' }).fill('기한 경과');
  await request.getByRole('checkbox', { name: '보이는 1개 모두 선택' }).check();
  await expect(request).toContainText('42개 중 41개 선택');
  await page.screenshot({ path: join(SCREENSHOTS, 'disposal-request-picker.png'), fullPage: false });
  // Only the late file this time.
  await request.getByRole('textbox', { name: '검색' }).fill('건강강좌');
  await request.getByRole('checkbox', { name: '보이는 40개 모두 선택' }).uncheck();
  await expect(request).toContainText('42개 중 1개 선택');
  await request.getByRole('combobox', { name: '파기 방법' }).click();
  await page.getByRole('option', { name: '파쇄' }).click();
  await request.getByRole('textbox', { name: '파기 장소' }).fill('행정실 (문서 세단기)');
  await request.locator('input[type=file]').setInputFiles({ name: '세단_사진.png', mimeType: 'image/png', buffer: PHOTO });
  await request.getByRole('button', { name: '파기 요청 만들기' }).click();
  await expect(page.getByText('파기 요청을 만들었습니다.')).toBeVisible();

  // Performing after the deadline: the reason is asked at its own field, and nothing is signed without it.
  const card = page.getByRole('region', { name: /예약 신청서 묶음 \(2026년 9월\)/ });
  await card.getByRole('button', { name: '수행 서명' }).click();
  const perform = page.getByRole('dialog', { name: /파기 수행 서명/ });
  await expect(perform).toContainText('파기 기한(2026-10-06)보다 49일 늦습니다');
  await sign(page, /파기 수행 서명/, clerk.password);
  await expect(
    perform.getByText('파기 기한(2026-10-06)보다 49일 늦게 파기했습니다. 늦어진 사유를 입력해 주세요', { exact: false }),
  ).toBeVisible();
  await expect(card).toContainText('수행 대기');
  await page.screenshot({ path: join(SCREENSHOTS, 'disposal-perform-late.png'), fullPage: false });
  await perform.getByRole('textbox', { name: '파기 지연 사유' }).fill('서류함 정리 중 누락되어 11월 점검 때 발견함');
  await sign(page, /파기 수행 서명/, clerk.password);
  await expect(card).toContainText('승인 대기');
  await approveAsOfficer(page, card);
  await expect(page.getByText('관리대장 2026-0001번으로 기록되었습니다.')).toBeVisible();

  // The completed list: one number (the ledger serial, unbroken), and the evidence opens from it.
  await page.getByText('완료', { exact: true }).click();
  const completed = page.getByRole('table', { name: '파기 진행' });
  await expect(completed.getByRole('columnheader')).not.toContainText(['#']);
  const serialCell = completed.getByRole('cell', { name: '2026-0001', exact: true });
  expect((await serialCell.boundingBox())?.height ?? 99).toBeLessThan(40);
  await completed.getByText('세단_사진.png').click();
  const viewer = page.getByRole('dialog', { name: '세단_사진.png' });
  await expect(viewer.getByRole('status')).toContainText('서명된 기록의 SHA-256');
  await expect(viewer.getByRole('img', { name: '세단_사진.png' })).toBeVisible();
  await viewer.getByRole('button').first().click();

  // The ledger shows the lateness and its reason; its evidence opens there too, digest checked.
  await page.getByRole('link', { name: '파기 관리대장' }).click();
  const entry = page.getByRole('table', { name: '개인정보 파기 관리대장' }).getByRole('row', { name: /2026-0001/ });
  await expect(entry).toContainText('기한보다 49일 늦음');
  await expect(entry).toContainText('지연 사유: 서류함 정리 중 누락되어 11월 점검 때 발견함');
  await entry.getByText('세단_사진.png').click();
  await expect(page.getByRole('dialog', { name: '세단_사진.png' }).getByRole('status')).toContainText('일치함을 확인하고 열었습니다');
  await expect(page.getByRole('dialog', { name: '세단_사진.png' }).getByRole('img', { name: '세단_사진.png' })).toBeVisible();
  await page.waitForTimeout(300); // the dialog's opening transition, for the screenshot
  await page.screenshot({ path: join(SCREENSHOTS, 'ledger-evidence-open.png'), fullPage: false });
  await page.keyboard.press('Escape');

  // Verification counts what the list shows, and the records behind it, separately.
  await page.getByRole('button', { name: '관리대장 검증' }).click();
  await page.getByRole('dialog', { name: '관리대장 검증' }).getByRole('button', { name: '검증 시작' }).click();
  await expect(page.getByRole('status').first()).toContainText(/관리대장\(파기 1건, 계정·설정 기록 \d+건, 봉인·확인 서명 \d+건\)/);
  // Every column fits the window: nothing (the row's buttons included) is off to the right.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.screenshot({ path: join(SCREENSHOTS, 'ledger-late-entry.png'), fullPage: false });

  // The certificate says it too, and how an inspector checks it alone.
  await entry.getByRole('button', { name: '확인서' }).click();
  await expect(page.locator('body[data-print-ready="true"]')).toBeAttached();
  const pdfPath = join(SCREENSHOTS, 'certificate-late.pdf');
  writeFileSync(pdfPath, await page.pdf({ printBackground: true, preferCSSPageSize: true }));
  execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, join(SCREENSHOTS, 'certificate-late')], { stdio: 'pipe' });
  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  for (const expected of [
    '파기 지연',
    '파기 기한 2026-10-06보다 49일 늦음',
    '지연 사유: 서류함 정리 중 누락되어 11월 점검 때 발견함',
    '확인 방법: 기관의 Retention Desk에서 [파기 관리대장 → 확인서 대조]에 위 QR 코드를 읽히거나',
    '기관 인장 지문',
    '쪽 1 / 1',
    CLINIC.name,
  ]) {
    expect(text, expected).toContain(expected.replace(/\s+/g, ''));
  }

  // And the printed ledger.
  await page.goBack();
  await page.getByRole('button', { name: '관리대장 인쇄' }).click();
  await expect(page.getByRole('article', { name: '개인정보 파기 관리대장' })).toContainText('파기 기한 2026-10-06보다 49일 늦음');
  await expect(page.getByRole('article', { name: '개인정보 파기 관리대장' })).toContainText('지연 사유: 서류함 정리 중 누락되어');
});

test('paper shredded before the request gets its real date, within the file’s window, and the entry says so', async ({ page, rd }) => {
  test.setTimeout(120_000);
  const clerk = await clinicWithDueFiles(rd);
  await rd.open(page, '/disposal');
  await signIn(page, clerk.login, clerk.password);
  await page.getByRole('button', { name: '파기 요청 만들기' }).click();
  const request = page.getByRole('dialog', { name: '파기 요청 만들기' });
  await request.getByRole('textbox', { name: '검색' }).fill('10월 20일분');
  await request.getByRole('checkbox', { name: '예약 신청서 묶음 (2026년 10월 20일분)' }).check();
  // A count typed wrong is kept and named with its file, not replaced.
  await request.getByRole('textbox', { name: /10월 20일분\) 파기 건수/ }).fill('0');
  await request.getByRole('combobox', { name: '파기 방법' }).click();
  await page.getByRole('option', { name: '파쇄' }).click();
  await request.getByRole('textbox', { name: '파기 장소' }).fill('행정실 (문서 세단기)');
  await expect(request.getByRole('textbox', { name: /10월 20일분\) 파기 건수/ })).toHaveValue('0');
  await request.getByRole('button', { name: '파기 요청 만들기' }).click();
  await expect(request.getByRole('alert')).toContainText('예약 신청서 묶음 (2026년 10월 20일분): 파기 건수는 1 이상이어야 합니다.');
  await request.getByRole('textbox', { name: /10월 20일분\) 파기 건수/ }).fill('30');
  await request.getByRole('button', { name: '파기 요청 만들기' }).click();
  await expect(page.getByText('파기 요청을 만들었습니다.')).toBeVisible();

  const card = page.getByRole('region', { name: /10월 20일분/ });
  await card.getByRole('button', { name: '수행 서명' }).click();
  const perform = page.getByRole('dialog', { name: /파기 수행 서명/ });
  const date = perform.getByRole('textbox', { name: '파기일' });
  // Before the window opened: refused at the field, kept as typed.
  await date.fill('2026-11-19');
  await sign(page, /파기 수행 서명/, clerk.password);
  await expect(perform.getByText('파기일은 파기할 수 있게 된 날(2026-11-20)부터 오늘(2026-11-24) 사이의 날짜여야 합니다.')).toBeVisible();
  await expect(date).toHaveValue('2026-11-19');
  await date.fill('2026-11-21');
  await expect(perform).toContainText('요청일(2026-11-24)보다 앞선 날짜입니다');
  await sign(page, /파기 수행 서명/, clerk.password);
  await expect(card).toContainText('승인 대기');
  await approveAsOfficer(page, card);
  await page.getByRole('link', { name: '파기 관리대장' }).click();
  const entry = page.getByRole('table', { name: '개인정보 파기 관리대장' }).getByRole('row', { name: /2026-0001/ });
  await expect(entry).toContainText('2026-11-21');
  await expect(entry).toContainText('요청 전에 파기함');
  await expect(entry).not.toContainText('늦음');
});
