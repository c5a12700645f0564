import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { ok, saveReservationFormsPolicy } from '../support/accounts.ts';
import { expect, OFFICER, SCREENSHOTS, signIn, test } from './harness.ts';

/** The colour an empty input draws its example (placeholder) in. */
const placeholderColor = (input: Locator) => input.evaluate((element) => getComputedStyle(element, '::placeholder').color);

async function typeAndLeave(page: Page, field: Locator, text: string) {
  await field.fill(text);
  await field.blur();
  await expect(field).toHaveValue(text);
}

test('typed dates and counts are kept exactly as typed and refused with a Korean reason; nothing is saved', async ({ page, rd }) => {
  test.setTimeout(90_000);
  const officer = await rd.setUpClinic();
  await saveReservationFormsPolicy(rd.app, officer);
  await rd.open(page, '/register');
  await signIn(page, OFFICER.login, OFFICER.password);

  // The file form: an impossible day, an impossible month, a negative count.
  await page.getByRole('button', { name: '개인정보파일 등록' }).click();
  const form = page.getByRole('dialog', { name: '개인정보파일 등록' });
  const name = form.getByLabel('개인정보 파일명');
  const exampleColor = await placeholderColor(name);
  await form.getByRole('combobox', { name: '보존기간 정책' }).click();
  await page.getByRole('option', { name: /예약 신청서 — 30일/ }).click();
  const createdOn = form.getByRole('textbox', { name: '생성일' });
  const startDate = form.getByRole('textbox', { name: /보존기간 시작일/ });
  const count = form.getByRole('textbox', { name: '보유 건수' });
  await typeAndLeave(page, createdOn, '2026-02-30');
  await expect(form.getByText('날짜가 올바르지 않습니다. 2026년 2월은 28일까지 있습니다.')).toBeVisible();
  await typeAndLeave(page, startDate, '2030-13-01');
  await expect(form.getByText('날짜가 올바르지 않습니다. 월은 01~12 사이여야 합니다(입력: 13).')).toBeVisible();
  await typeAndLeave(page, count, '-5');
  await form.getByRole('button', { name: '저장' }).click();
  // After the attempt, every field still holds what was typed and says what is wrong with it.
  await expect(createdOn).toHaveValue('2026-02-30');
  await expect(startDate).toHaveValue('2030-13-01');
  await expect(count).toHaveValue('-5');
  await expect(form.getByText('보유 건수는 0 이상이어야 합니다.')).toBeVisible();
  await expect(form.getByText('개인정보 파일명을 입력해 주세요.')).toBeVisible();
  // An example in an empty field keeps the colour of an example, even with the field in error.
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  expect(await placeholderColor(name)).toBe(exampleColor);
  await expect(name).toHaveAttribute('placeholder', /^예: /);
  await page.screenshot({ path: join(SCREENSHOTS, 'forms-impossible-dates.png'), fullPage: true });
  expect(await ok(rd.app, officer, 'register.list', {})).toEqual([]);

  // The calendar picks a real date instead of typing one.
  await form.getByRole('button', { name: '달력에서 날짜 고르기' }).first().click();
  await page.getByRole('button', { name: '2026-02-15' }).click();
  await expect(createdOn).toHaveValue('2026-02-15');
  await expect(form.getByText('2026년 2월은 28일까지 있습니다', { exact: false })).toHaveCount(0);
  await form.getByRole('button', { name: '취소' }).click();

  // The calculator keeps an impossible start date and computes nothing from it.
  await page.getByRole('link', { name: '보존기간 정책' }).click();
  const from = page.getByRole('textbox', { name: '시작일' });
  await typeAndLeave(page, from, '2026-02-30');
  await expect(page.getByText('날짜가 올바르지 않습니다. 2026년 2월은 28일까지 있습니다.')).toBeVisible();
  await expect(page.getByTestId('파기 기한')).toHaveCount(0);
  await typeAndLeave(page, from, '2025-01-31');
  await page.getByRole('textbox', { name: '기간', exact: true }).fill('1개월');
  await expect(page.getByTestId('파기 기한')).toHaveText('2025-03-05 (수)');

  // The access-log filter: an impossible date is kept, said so, and the list is not quietly refiltered.
  await page.getByRole('link', { name: '접속기록' }).click();
  const log = page.getByRole('table', { name: '접속기록' });
  await expect(log.getByRole('row').nth(1)).toBeVisible();
  const before = await page
    .getByText(/^\d[\d,]*건$/)
    .last()
    .textContent();
  const logFrom = page.getByRole('textbox', { name: '시작일' });
  await typeAndLeave(page, logFrom, '2030-13-01');
  await expect(page.getByText('날짜가 올바르지 않습니다. 월은 01~12 사이여야 합니다(입력: 13).')).toBeVisible();
  await expect(page.getByText(/^\d[\d,]*건$/).last()).toHaveText(before ?? '');
  await page.screenshot({ path: join(SCREENSHOTS, 'forms-access-log-filter.png'), fullPage: true });
});

test('CCTV and clinic fields say which field is missing and how to fill it', async ({ page, rd }) => {
  await rd.setUpClinic();
  await rd.open(page, '/cctv');
  await signIn(page, OFFICER.login, OFFICER.password);
  await page.getByRole('button', { name: '녹화기 추가' }).click();
  const dialog = page.getByRole('dialog', { name: '녹화기 추가' });
  await dialog.getByRole('textbox', { name: '영상 보관 장소' }).fill('');
  await dialog.getByRole('textbox', { name: '카메라 대수' }).fill('0');
  await dialog.getByRole('button', { name: '저장' }).click();
  await expect(dialog.getByText('녹화기 이름을 입력해 주세요(예: NVR-1).')).toBeVisible();
  await expect(dialog.getByText('카메라가 있는 곳과 촬영 범위를 입력해 주세요(예: 1층 로비, 출입구).')).toBeVisible();
  await expect(dialog.getByText('영상을 보관하는 곳을 입력해 주세요(예: 행정실 녹화기).')).toBeVisible();
  await expect(dialog.getByText('카메라는 1대 이상이어야 합니다.')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: '카메라 대수' })).toHaveValue('0');
  await expect(dialog.getByText('필수 입력 항목입니다.')).toHaveCount(0);
  await page.screenshot({ path: join(SCREENSHOTS, 'forms-cctv-invalid.png'), fullPage: true });
  await dialog.getByRole('button', { name: '취소' }).click();

  await page.getByRole('link', { name: '기관 정보' }).click();
  const clinic = page.getByRole('group', { name: '기관', exact: true });
  await clinic.getByLabel('대표자').fill('');
  await clinic.getByLabel('대표자').blur();
  await expect(page.getByText('대표자 성명을 입력해 주세요.')).toBeVisible();
  await expect(clinic.getByLabel('사업자등록번호')).toHaveAttribute('placeholder', '예: 123-45-67891');
});
