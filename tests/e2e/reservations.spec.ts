import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import iconv from 'iconv-lite';
import { CONFIRMATION_PDF_BASE64 } from '../../electron/disposal/fixtures.ts';
import { MAILJET, PREDAQ } from '../../electron/processors/fixtures.ts';
import { exportCsv, inventedReservations } from '../../electron/reservations/fixtures.ts';
import { createAccount, ok } from '../support/accounts.ts';
import { presetPolicy } from '../support/ledger.ts';
import { expect, OFFICER, SCREENSHOTS, signIn, signOut, test } from './harness.ts';

const PDF = Buffer.from(CONFIRMATION_PDF_BASE64, 'base64');
const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

async function sign(page: Page, dialogName: RegExp, password: string) {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.getByLabel('비밀번호').fill(password);
  await dialog.getByRole('button', { name: /서명|기록|삭제/ }).click();
  await expect(dialog).toBeHidden();
}

test('reservations: a CP949 export refused for one bad row, imported fixed, scheduled; a person destroyed on request, a day disposed with two signatures, PREDAQ and Mailjet confirmed, the certificate printed', async ({
  page,
  rd,
}) => {
  test.setTimeout(240_000);
  const officer = await rd.setUpClinic();
  const clerk = await createAccount(rd.app, officer, 'clerk', 'admin', '이하은');
  const policyId = await presetPolicy(rd.app, officer, '홈페이지 예약 정보', 'service-web-reservation', '예약 업무 종료일');
  const predaq = await ok(rd.app, officer, 'processors.save', { ...PREDAQ, fileIds: [], policyIds: [policyId] });
  await ok(rd.app, officer, 'processors.save', { ...MAILJET, parentId: predaq.id, fileIds: [], policyIds: [] });
  // The list as staff downloaded it (the app finds it in the downloads folder to offer its destruction).
  const downloads = mkdtempSync(join(tmpdir(), 'rd-e2e-downloads-'));
  process.env.RD_DOWNLOADS_DIR = downloads;
  const rows = inventedReservations(60, '2026-11-15', { perDay: 6 });
  const bad = rows.map((row, index) => (index === 7 ? { ...row, reservedAt: '2026-11-31 (화) 오전 10:00:00' } : row));
  const fixedName = '통인한의원_예약목록_20261124.csv';
  const fixed = iconv.encode(exportCsv(rows), 'cp949');
  writeFileSync(join(downloads, fixedName), fixed);

  await rd.open(page, '/reservations');
  await signIn(page, clerk.login, clerk.password);
  await page.getByRole('button', { name: '예약 명단 가져오기' }).click();
  const dialog = page.getByRole('dialog', { name: '예약 명단 가져오기' });
  await dialog
    .locator('input[type=file]')
    .setInputFiles({ name: '예약목록.csv', mimeType: 'text/csv', buffer: iconv.encode(exportCsv(bad), 'cp949') });
  await expect(dialog).toContainText('예약목록.csv — CSV (CP949), 머리글 4행, 60건');
  await expect(dialog.getByRole('list', { name: '고칠 곳' }).getByRole('listitem')).toHaveText([
    '12행 I열: ‘이용일시’: 없는 날짜입니다(입력: 2026-11-31 (화) 오전 10:00:00). 연·월·일을 확인해 주세요.',
  ]);
  await expect(dialog.getByRole('button', { name: '60건 가져오기' })).toBeDisabled();
  await shot(page, 'reservations-import-refused');
  expect(await ok(rd.app, clerk.session, 'reservations.list', {})).toEqual([]);

  await dialog.locator('input[type=file]').setInputFiles({ name: fixedName, mimeType: 'text/csv', buffer: fixed });
  await expect(dialog).toContainText('60건을 모두 가져올 수 있습니다');
  await dialog.getByRole('button', { name: '60건 가져오기' }).click();
  await expect(page.getByText('60건을 가져왔습니다.')).toBeVisible();

  // The downloaded file is offered for destruction: overwritten and removed, its digest signed.
  await expect(page.getByText('내려받은 파일도 파기하세요')).toBeVisible();
  await expect(page.getByRole('textbox', { name: '파일 위치' })).toHaveValue(join(downloads, fixedName));
  await page.getByRole('button', { name: '파일 등록' }).click();
  const downloadsTable = page.getByRole('table', { name: '내려받은 파일' });
  await expect(downloadsTable).toContainText('그대로 있음');
  await downloadsTable.getByRole('button', { name: '덮어쓰고 삭제' }).click();
  await sign(page, /내려받은 파일 파기/, clerk.password);
  await expect(downloadsTable).toContainText('파기함');
  expect(existsSync(join(downloads, fixedName))).toBe(false);
  await shot(page, 'reservations-downloads');

  // The schedule: per day, overdue in red (reserved 11-15 … 11-17: their five days are over).
  await page.getByRole('tab', { name: '파기 일정' }).click();
  const schedule = page.getByRole('table', { name: '파기 일정' });
  await expect(page.getByText('보유 60건 · 오늘 파기 대상 54건 · 기한 경과 24건')).toBeVisible();
  await expect(schedule.getByRole('row', { name: '2026-11-16' })).toContainText('기한 경과');
  await expect(schedule.getByRole('row', { name: '2026-11-20' })).toContainText('파기 대상');
  await expect(schedule.getByRole('row', { name: '2026-11-25' })).toContainText('보유 중');
  await shot(page, 'reservations-schedule');

  // A person asks for deletion: every record held of them, destroyed with that reason.
  await page.getByRole('tab', { name: '정보주체 요구' }).click();
  await page.getByRole('textbox', { name: '이름·이메일·전화번호' }).fill('patient58@example.com');
  await page.getByRole('button', { name: '찾기' }).click();
  await expect(page.getByText('1건 보유 중')).toBeVisible();
  await shot(page, 'reservations-person');
  // A 열람 request is answered with a printout of what is held.
  await page.getByRole('button', { name: '열람 회신 출력' }).click();
  const reply = page.getByRole('article', { name: '개인정보 열람 회신' });
  await expect(reply).toContainText('patient58@example.com');
  await expect(reply).toContainText(rows[58]?.bookingId ?? '');
  await shot(page, 'reservations-access-reply');
  await page.goBack();
  await page.getByRole('textbox', { name: '이름·이메일·전화번호' }).fill('patient58@example.com');
  await page.getByRole('button', { name: '찾기' }).click();
  await expect(page.getByText('1건 보유 중')).toBeVisible();
  await page.getByRole('button', { name: '삭제 요구로 파기 요청' }).click();
  const request = page.getByRole('dialog', { name: '예약 기록 파기 요청' });
  await expect(request.getByLabel('파기 사유')).toHaveValue('정보주체 삭제 요구');
  await request.getByRole('button', { name: '예약 기록 파기 요청' }).click();
  await expect(page).toHaveURL(/#\/disposal/);
  const card = page.getByRole('region', { name: /홈페이지 예약자 정보/ });
  await card.getByRole('button', { name: '수행 서명' }).click();
  await sign(page, /파기 수행 서명/, clerk.password);
  await expect(card).toContainText('승인 대기');
  expect(await ok(rd.app, clerk.session, 'reservations.find', { text: 'patient58@example.com' })).toEqual([]);
  await signOut(page, '이하은');
  await signIn(page, OFFICER.login, OFFICER.password);
  await page.getByRole('link', { name: /파기 진행/ }).click();
  await card.getByRole('button', { name: '승인 서명' }).click();
  await sign(page, /파기 승인/, OFFICER.password);
  await expect(page.getByText(/관리대장 2026-0001번으로 기록되었습니다/)).toBeVisible();
  await signOut(page, OFFICER.name);

  // A day's due records: requested by the clerk, performed by the clerk, approved by the officer.
  await signIn(page, clerk.login, clerk.password);
  await page.getByRole('link', { name: /^예약 기록/ }).click();
  await schedule.getByRole('row', { name: '2026-11-20' }).getByRole('button', { name: '이 날 것 파기 요청' }).click();
  await expect(request).toContainText('선택한 6건 파기 요청');
  await request.getByRole('button', { name: '예약 기록 파기 요청' }).click();
  await card.getByRole('button', { name: '수행 서명' }).click();
  await sign(page, /파기 수행 서명/, clerk.password);
  await signOut(page, '이하은');
  await signIn(page, OFFICER.login, OFFICER.password);
  await page.getByRole('link', { name: /파기 진행/ }).click();
  await card.getByRole('button', { name: '승인 서명' }).click();
  await sign(page, /파기 승인/, OFFICER.password);
  await expect(page.getByText(/관리대장 2026-0002번으로 기록되었습니다/)).toBeVisible();
  expect(await ok(rd.app, officer, 'reservations.due', { on: '2026-11-20' })).toHaveLength(24);

  // Every processor's copy: PREDAQ and its re-entrusted Mailjet confirm, with their letters.
  await page.getByRole('link', { name: /^예약 기록/ }).click();
  await page.getByRole('tab', { name: '파기 내역·수탁자 확인' }).click();
  const disposal = page.getByRole('region', { name: /2026-0002/ });
  await expect(disposal).toContainText('수탁자 확인 0/2');
  await expect(disposal).toContainText('PREDAQ의 재수탁자');
  for (const [index, name] of ['PREDAQ', 'Mailjet SAS (Sinch Email)'].entries()) {
    await disposal.getByRole('row', { name, exact: true }).getByRole('button', { name: '확인 기록' }).click();
    const confirm = page.getByRole('dialog', { name: `${name}: 파기 확인` });
    await confirm.locator('input[type=file]').setInputFiles({ name: `${name}_파기확인서.pdf`, mimeType: 'application/pdf', buffer: PDF });
    await confirm.getByLabel('비밀번호').fill(OFFICER.password);
    await confirm.getByRole('button', { name: '확인 기록' }).click();
    await expect(confirm).toBeHidden();
    await expect(disposal).toContainText(`수탁자 확인 ${index + 1}/2`);
  }
  await shot(page, 'reservations-confirmations');

  // The certificate: counts, the date range and the processors; no name, e-mail or birth date.
  await disposal.getByRole('link', { name: '파기 확인서' }).click();
  await expect(page.getByRole('article', { name: '개인정보 파기 확인서' })).toContainText('수탁자 확인 2/2');
  await expect(page.locator('body[data-print-ready="true"]')).toBeAttached();
  await shot(page, 'reservations-certificate');
  const pdfPath = join(SCREENSHOTS, 'reservations-certificate.pdf');
  writeFileSync(pdfPath, await page.pdf({ printBackground: true, preferCSSPageSize: true }));
  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('6건');
  expect(text).toContain('예약일2026-11-19~2026-11-19');
  expect(text).toContain('59/6/53');
  expect(text).toContain('PREDAQ');
  expect(text).toContain('Mailjet');
  expect(text).toContain('수탁자확인2/2');
  for (const row of rows.slice(24, 30)) {
    expect(text).not.toContain(row.name.replace(/\s+/g, ''));
    expect(text).not.toContain(row.email);
    expect(text).not.toContain(row.birthDate);
    expect(text).not.toContain(row.bookingId);
  }
});
