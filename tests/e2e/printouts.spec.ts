import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createAccount, ok, saveReservationFormsPolicy } from '../support/accounts.ts';
import { expect, OFFICER, SCREENSHOTS, signIn, test, type Harness } from './harness.ts';

const pdfText = (path: string, page?: number) =>
  execFileSync('pdftotext', ['-layout', ...(page ? ['-f', String(page), '-l', String(page)] : []), path, '-'], { encoding: 'utf8' });
const pageCount = (path: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1] ?? 0);

/** Prints the open print route as the app does (printToPDF = page.pdf, with the page's own @page CSS) and looks at it. */
async function printed(page: Page, name: string): Promise<{ path: string; pages: number; text: (n: number) => string }> {
  await expect(page.locator('body[data-print-ready="true"]')).toBeAttached();
  const path = join(SCREENSHOTS, `${name}.pdf`);
  writeFileSync(path, await page.pdf({ printBackground: true, preferCSSPageSize: true }));
  execFileSync('pdftoppm', ['-png', '-r', '60', path, join(SCREENSHOTS, name)], { stdio: 'pipe' });
  // pdftotext spaces letters as they are laid out; compare without spaces.
  return { path, pages: pageCount(path), text: (n) => pdfText(path, n).replace(/\s+/g, '') };
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** Every page: the table's header again, the clinic and the period in the margin, its number of the whole. */
function expectEveryPage(sheet: Awaited<ReturnType<typeof printed>>, header: readonly string[], margin: readonly string[]) {
  for (let n = 1; n <= sheet.pages; n += 1) {
    const text = sheet.text(n);
    for (const expected of [...header, ...margin, `쪽${n}/${sheet.pages}`])
      expect(text, `page ${n}: ${expected}`).toContain(squeeze(expected));
  }
}

async function registerSixtyOneFiles(rd: Harness) {
  const officer = await rd.setUpClinic();
  const clerk = await createAccount(rd.app, officer, 'clerk', 'admin', '이하은');
  const policy = await saveReservationFormsPolicy(rd.app, clerk.session);
  const ids: number[] = [];
  for (let day = 1; day <= 61; day += 1) {
    const file = await ok(rd.app, clerk.session, 'register.save', {
      name: `예약 신청서 묶음 (2026년 10월 ${String(day).padStart(2, '0')}번 상자)`,
      items: '이름·연락처·진료과·예약일시',
      mediaKind: 'paper',
      locationKind: 'paper',
      locationDetail: `행정실 문서함 ${day}번 칸`,
      recordCount: 20 + day,
      policyId: policy.id,
      createdOn: '2026-10-24',
      startDate: '2026-10-24',
    });
    ids.push(file.id);
  }
  return { officer, clerk, ids };
}

test('the printed 파기 관리대장: every column, its header and 쪽 n / N on every page, a seal box, no blank page', async ({ page, rd }) => {
  test.setTimeout(180_000);
  const { officer, clerk, ids } = await registerSixtyOneFiles(rd);
  const request = await ok(rd.app, clerk.session, 'disposal.request', {
    items: ids.map((fileId) => ({ fileId, count: 1 })),
    method: 'paper_shred',
    reason: 'retention_expired',
    place: '행정실 (문서 세단기)',
  });
  await ok(rd.app, clerk.session, 'disposal.perform', { requestId: request.id, performedOn: '2026-11-24', password: clerk.password });
  await ok(rd.app, officer, 'disposal.approve', { requestId: request.id, password: OFFICER.password });

  await rd.open(page, '/ledger');
  await signIn(page, OFFICER.login, OFFICER.password);
  // On screen: the whole row fits, its buttons included (no box of its own to scroll sideways).
  const ledger = page.getByRole('table', { name: '개인정보 파기 관리대장' });
  const row = ledger.getByRole('row', { name: /2026-0001/ });
  const button = await row.getByRole('button', { name: '확인서' }).boundingBox();
  expect((button?.x ?? 9999) + (button?.width ?? 0)).toBeLessThanOrEqual(1360);
  const tableBox = await ledger.boundingBox();
  expect((tableBox?.x ?? 0) + (tableBox?.width ?? 0)).toBeLessThanOrEqual(1360);
  await page.screenshot({ path: join(SCREENSHOTS, 'ledger-screen.png'), fullPage: false });

  await page.getByRole('button', { name: '관리대장 인쇄' }).click();
  const sheet = page.getByRole('article', { name: '개인정보 파기 관리대장' });
  await expect(sheet).toContainText('처리부서장 확인');
  // On screen too, the last column is inside the sheet, not cut.
  const lastHeader = await sheet.getByRole('columnheader', { name: '처리부서장 확인' }).boundingBox();
  const sheetBox = await sheet.boundingBox();
  expect((lastHeader?.x ?? 0) + (lastHeader?.width ?? 0)).toBeLessThanOrEqual((sheetBox?.x ?? 0) + (sheetBox?.width ?? 0) + 1);
  await page.screenshot({ path: join(SCREENSHOTS, 'ledger-print-screen.png'), fullPage: false });

  const pdf = await printed(page, 'ledger-print');
  expect(pdf.pages).toBeGreaterThan(2);
  expectEveryPage(
    pdf,
    ['번호', '개인정보 파일명', '파기일', '처리담당자', '처리부서장 확인', '(서명 또는 인)'],
    ['기관명: 통인한의원', '기간: 처음 ~ 2026-11-24'],
  );
  // The last page is not blank: it ends the table with the last box and the total.
  const last = pdf.text(pdf.pages);
  expect(last).toContain(squeeze('61번 상자)'));
  expect(last).toContain(squeeze('총 61건'));
  expect(last).toContain(squeeze('김서연'));
  expect(pdfText(pdf.path)).not.toContain('(전자서명)');
});

test('the register and the access log print on the same sheet: page numbers, the clinic on every page, no blank page', async ({
  page,
  rd,
}) => {
  test.setTimeout(120_000);
  await registerSixtyOneFiles(rd);
  await rd.open(page, '/register');
  await signIn(page, OFFICER.login, OFFICER.password);
  await page.getByRole('button', { name: '인쇄' }).click();
  await expect(page.getByRole('article', { name: '개인정보파일 목록' })).toContainText('61번 상자');
  const register = await printed(page, 'register-print');
  expect(register.pages).toBeGreaterThan(1);
  expectEveryPage(register, ['개인정보 파일명', '보관 위치', '상태'], ['기관명: 통인한의원', '2026-11-24 현재']);
  expect(register.text(register.pages)).toContain(squeeze('총 61개 파일'));

  await page.goBack();
  await page.getByRole('link', { name: '접속기록' }).click();
  await page.getByRole('button', { name: '인쇄' }).click();
  await expect(page.getByRole('article', { name: '개인정보처리시스템 접속기록' })).toContainText('개인정보파일 ‘예약 신청서 묶음');
  const log = await printed(page, 'access-log-print');
  expectEveryPage(log, ['번호', '일시', '대상', '접속지'], ['기관명: 통인한의원', '기간: 처음 ~ 현재']);
  expect(log.text(log.pages)).toMatch(/총[\d,]+건/);
  expect(pdfText(log.path)).not.toMatch(/pi_file:|user:\d/);
});
