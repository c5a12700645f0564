import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { formatFingerprint } from '../../shared/ledger/fingerprint.ts';
import { createAccount, saveReservationFormsPolicy } from '../support/accounts.ts';
import { CLINIC, expect, OFFICER, SCREENSHOTS, signIn, signOut, test } from './harness.ts';

const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

function cliVerify(db: string) {
  const run = spawnSync(process.execPath, ['electron/cli/main.ts', 'verify', '--db', db], { encoding: 'utf8' });
  return { status: run.status, report: JSON.parse(run.stdout) as Record<string, unknown> };
}

test('a paper file falls due, is destroyed with two signatures, printed as a certificate, and verified; tampering is named', async ({
  page,
  rd,
}) => {
  test.setTimeout(180_000);
  const officer = await rd.setUpClinic();
  const clerk = await createAccount(rd.app, officer, 'clerk', 'admin', '이하은');
  await saveReservationFormsPolicy(rd.app, officer);

  // The admin office registers the paper binder.
  await rd.open(page, '/register');
  await signIn(page, clerk.login, clerk.password);
  await page.getByRole('button', { name: '개인정보파일 등록' }).click();
  const form = page.getByRole('dialog', { name: '개인정보파일 등록' });
  await form.getByLabel('개인정보 파일명').fill('예약 신청서 묶음 (2026년 11월)');
  await form.getByLabel('개인정보 항목').fill('이름·연락처·진료과·예약일시');
  await form.getByRole('textbox', { name: '보관 위치(구체적으로)' }).fill('행정실 문서함 2번 칸');
  await form.getByRole('textbox', { name: '보유 건수' }).fill('48');
  await form.getByRole('combobox', { name: '보존기간 정책' }).click();
  await page.getByRole('option', { name: /예약 신청서 — 30일/ }).click();
  await form.getByRole('textbox', { name: '생성일' }).fill('2026-11-02');
  await form.getByRole('textbox', { name: /보존기간 시작일/ }).fill('2026-11-02');
  await page.screenshot({ path: join(SCREENSHOTS, 'register-new-file.png'), fullPage: true });
  await form.getByRole('button', { name: '저장' }).click();
  const registerTable = page.getByRole('table', { name: '개인정보파일 목록' });
  const binder = registerTable.getByRole('row', { name: /예약 신청서 묶음/ });
  await expect(binder).toContainText('보유 중');
  await expect(binder).toContainText('2026-12-07 (월)까지 파기');
  await page.getByRole('button', { name: '인쇄' }).click();
  const printedRegister = page.getByRole('article', { name: '개인정보파일 목록' });
  await expect(printedRegister).toContainText('예약 신청서 묶음 (2026년 11월)');
  await expect(printedRegister).toContainText('개인정보 처리방침 제5조');
  await page.screenshot({ path: join(SCREENSHOTS, 'register-print.png'), fullPage: true });
  await page.goBack();

  // A month later it has fallen due.
  rd.clock.set('2026-12-04T10:00:00+09:00');
  await page.reload();
  // A month without use: the session locked itself; the same person unlocks it.
  await page.getByRole('dialog', { name: '화면이 잠겼습니다' }).getByRole('textbox', { name: '비밀번호' }).fill(clerk.password);
  await page.getByRole('button', { name: '잠금 해제' }).click();
  await expect(binder).toContainText('파기 예정');
  await page.screenshot({ path: join(SCREENSHOTS, 'register-due.png'), fullPage: true });

  // 1) The destruction is requested with a photo of the shredding.
  await binder.getByRole('button', { name: /작업/ }).click();
  await page.getByRole('menuitem', { name: '파기 요청' }).click();
  const request = page.getByRole('dialog', { name: '파기 요청 만들기' });
  await expect(request.getByRole('checkbox', { name: '예약 신청서 묶음 (2026년 11월)' })).toBeChecked();
  await request.getByRole('combobox', { name: '파기 방법' }).click();
  await expect(page.getByRole('option', { name: '복구 불가능한 방법으로 영구 삭제' })).toHaveCount(0);
  await page.getByRole('option', { name: '파쇄' }).click();
  await request.getByRole('textbox', { name: '파기 장소' }).fill('행정실 (문서 세단기)');
  await request.locator('input[type=file]').setInputFiles({ name: '세단_사진.png', mimeType: 'image/png', buffer: PHOTO });
  await expect(request).toContainText('세단_사진.png');
  await request
    .locator('input[type=file]')
    .setInputFiles({ name: '가짜_사진.png', mimeType: 'image/png', buffer: Buffer.from('not an image at all') });
  await request.getByRole('button', { name: '파기 요청 만들기' }).click();
  await expect(request.getByRole('alert')).toContainText('사진(JPEG, PNG)이나 PDF만 첨부할 수 있습니다');
  await request.getByRole('button', { name: '가짜_사진.png 삭제' }).click();
  await page.screenshot({ path: join(SCREENSHOTS, 'disposal-request.png'), fullPage: true });
  await request.getByRole('button', { name: '파기 요청 만들기' }).click();
  await expect(page.getByText('파기 요청을 만들었습니다.')).toBeVisible();

  // 2) The clerk performs it and signs with their password (a wrong one changes nothing).
  const card = page.getByRole('region', { name: /파기 요청: 예약 신청서 묶음 \(2026년 11월\)/ });
  await expect(card).toContainText('수행 대기');
  await card.getByRole('button', { name: '수행 서명' }).click();
  const perform = page.getByRole('dialog', { name: /파기 수행 서명/ });
  await perform.getByRole('textbox', { name: '비밀번호' }).fill('Wrong#Password1');
  await perform.getByRole('button', { name: '수행 서명' }).click();
  await expect(perform).toContainText('비밀번호가 올바르지 않습니다');
  await expect(card).toContainText('수행 대기');
  await perform.getByRole('textbox', { name: '비밀번호' }).fill(clerk.password);
  await perform.getByRole('button', { name: '수행 서명' }).click();
  await expect(card).toContainText('승인 대기');
  await expect(card.getByRole('button', { name: '승인 서명' })).toHaveCount(0);
  await signOut(page, '이하은');

  // 3) The officer approves with a second signature.
  await signIn(page, OFFICER.login, OFFICER.password);
  await page.getByRole('link', { name: '파기 진행' }).click();
  await card.getByRole('button', { name: '승인 서명' }).click();
  const approve = page.getByRole('dialog', { name: /파기 승인/ });
  await expect(approve).toContainText('이하은');
  await approve.getByRole('textbox', { name: '비밀번호' }).fill(OFFICER.password);
  await approve.getByRole('button', { name: '승인 서명' }).click();
  await expect(page.getByText('관리대장 2026-0001번으로 기록되었습니다.')).toBeVisible();

  // The certificate: on screen, archived as PDF by the app, and printed by Chromium here to read it.
  await page.getByRole('link', { name: '파기 관리대장' }).click();
  const ledger = page.getByRole('table', { name: '개인정보 파기 관리대장' });
  await expect(ledger.getByRole('row', { name: /2026-0001/ })).toContainText('예약 신청서 묶음 (2026년 11월)');
  await page.screenshot({ path: join(SCREENSHOTS, 'ledger.png'), fullPage: true });
  await ledger.getByRole('button', { name: '확인서' }).click();
  await expect(page.getByRole('article', { name: '개인정보 파기 확인서' })).toBeVisible();
  await expect(page.locator('body[data-print-ready="true"]')).toBeAttached();
  // Whoever prints or archives a certificate signs both chains as they stand, with their own password.
  await page.getByRole('button', { name: 'PDF로 보관' }).click();
  const signPrintout = page.getByRole('dialog', { name: '확인서 출력 서명' });
  await signPrintout.getByLabel('비밀번호').fill(OFFICER.password);
  await signPrintout.getByRole('button', { name: '서명하고 PDF로 보관' }).click();
  await expect(page.getByText('확인서 PDF를 관리대장 항목에 보관했습니다.')).toBeVisible();
  await expect(page.getByRole('article', { name: '개인정보 파기 확인서' })).toContainText(`출력 확인 서명: 관리대장`);
  await page.screenshot({ path: join(SCREENSHOTS, 'certificate-screen.png'), fullPage: true });
  const pdfPath = join(SCREENSHOTS, 'certificate-2026-0001.pdf');
  writeFileSync(pdfPath, await page.pdf({ printBackground: true, preferCSSPageSize: true }));
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  const { installationKeyId } = (
    (await page.evaluate(() => window.bridge.invoke('ledger.entry', { serial: '2026-0001' }))) as { value: { installationKeyId: string } }
  ).value;
  for (const expected of [
    '개인정보 파기 확인서',
    CLINIC.name,
    '2026-0001',
    '파쇄',
    '개인정보 처리방침 제5조',
    '이하은',
    OFFICER.name,
    '(서명 또는 인)',
    '출력 확인 서명',
  ]) {
    expect(text, expected).toContain(expected);
  }
  expect(text).toContain(formatFingerprint(installationKeyId));
  execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', pdfPath, join(SCREENSHOTS, 'certificate-2026-0001')], { stdio: 'pipe' });
  // The printed QR code itself (read from the page rendered at print resolution) holds the serial and the entry hash.
  execFileSync('pdftoppm', ['-png', '-r', '200', '-singlefile', pdfPath, join(rd.dir, 'certificate-hires')], { stdio: 'pipe' });
  const png = PNG.sync.read(readFileSync(join(rd.dir, 'certificate-hires.png')));
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  const entryRow = (await page.evaluate(() => window.bridge.invoke('ledger.entry', { serial: '2026-0001' }))) as {
    value: { qr: string; entry: { hash: string } };
  };
  expect(decoded?.data).toBe(`RD1|2026-0001|${entryRow.value.entry.hash}`);
  const archived = await page.evaluate(() => window.bridge.invoke('ledger.list', {}));
  expect(archived).toMatchObject({
    ok: true,
    value: [{ serial: '2026-0001', certificate: { kind: 'certificate_pdf', mime: 'application/pdf' } }],
  });

  // Verification passes, and the certificate's QR text is accepted by the verify screen.
  await page.goBack();
  // The ledger as a spreadsheet: UTF-8 with BOM, the official columns.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV 내보내기' }).click()]);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(download.suggestedFilename()).toMatch(/^파기관리대장_.*\.csv$/);
  expect(csv.startsWith('\uFEFF번호,개인정보 파일명,자료의 종류,생성일,파기일,파기사유,처리담당자,처리부서장 확인')).toBe(true);
  expect(csv).toContain('2026-0001,예약 신청서 묶음 (2026년 11월),종이문서');
  // Verified with what an auditor brings: the certificate's QR and the seal printed on it.
  await page.getByRole('button', { name: '관리대장 검증' }).click();
  const anchors = page.getByRole('dialog', { name: '관리대장 검증' });
  await anchors.getByRole('textbox', { name: '확인서 QR 내용' }).fill('RD1|2026-0001|틀린 값');
  await anchors.getByRole('button', { name: '검증 시작' }).click();
  await expect(anchors.getByText('1번째 줄')).toBeVisible();
  await anchors.getByRole('textbox', { name: '확인서 QR 내용' }).fill(decoded?.data ?? '');
  await anchors.getByRole('textbox', { name: '기관 인장 지문' }).fill(formatFingerprint(installationKeyId));
  await page.screenshot({ path: join(SCREENSHOTS, 'ledger-verify-anchors.png'), fullPage: false });
  await anchors.getByRole('button', { name: '검증 시작' }).click();
  await expect(anchors).toBeHidden();
  const verified = page.getByRole('status').first();
  await expect(verified).toContainText('온전합니다');
  // Given both, the report no longer says the seal or the certificates were not compared; only how recent.
  await expect(verified).not.toContainText('인장 지문과 대조하지 않았습니다');
  await expect(verified).toContainText('최신성');
  await page.screenshot({ path: join(SCREENSHOTS, 'ledger-verified-with-anchors.png'), fullPage: false });
  // A certificate whose hash the ledger does not hold (a rewritten ledger, or a forged printout) is named.
  await page.getByRole('button', { name: '관리대장 검증' }).click();
  await anchors.getByRole('textbox', { name: '확인서 QR 내용' }).fill(`RD1|2026-0001|${'0'.repeat(64)}`);
  await anchors.getByRole('button', { name: '검증 시작' }).click();
  await expect(page.getByRole('status').first()).toContainText('밖에서 가져온 기준 검증 실패');
  await page.getByRole('textbox', { name: 'QR 코드 내용' }).fill(decoded?.data ?? '');
  await page.getByRole('button', { name: '대조' }).click();
  await expect(page.getByText('2026-0001: 관리대장의 항목과 일치하며 서명과 체인이 온전합니다.')).toBeVisible();
  // The ledger for a chosen period: December has the destruction, November has none.
  await page.getByRole('textbox', { name: '시작일' }).fill('2026-11-01');
  await page.getByRole('textbox', { name: '종료일' }).fill('2026-11-30');
  await page.getByRole('textbox', { name: '종료일' }).blur();
  await page.getByRole('button', { name: '관리대장 인쇄' }).click();
  await expect(page.getByRole('article', { name: '개인정보 파기 관리대장' })).toContainText('기간: 2026-11-01 ~ 2026-11-30');
  await expect(page.getByRole('article', { name: '개인정보 파기 관리대장' })).not.toContainText('예약 신청서 묶음');
  await page.goBack();
  // Back from the printout, the period chosen is still there.
  await expect(page.getByRole('textbox', { name: '시작일' })).toHaveValue('2026-11-01');
  await page.getByRole('textbox', { name: '종료일' }).fill('2026-12-31');
  await page.getByRole('textbox', { name: '종료일' }).blur();
  await page.getByRole('button', { name: '관리대장 인쇄' }).click();
  await expect(page.getByRole('article', { name: '개인정보 파기 관리대장' })).toContainText('기간: 2026-11-01 ~ 2026-12-31');
  await expect(page.getByRole('article', { name: '개인정보 파기 관리대장' })).toContainText('예약 신청서 묶음');
  await page.screenshot({ path: join(SCREENSHOTS, 'ledger-print.png'), fullPage: true });

  // A correction is a new signed entry; the original stays as it was.
  await page.goBack();
  await ledger.getByRole('button', { name: '2026-0001 작업' }).click();
  await page.getByRole('menuitem', { name: '정정 기록' }).click();
  const correction = page.getByRole('dialog', { name: '2026-0001 정정 기록' });
  await correction.getByRole('textbox', { name: '정정 사유' }).fill('파기 장소 표기 보완');
  await correction.getByRole('textbox', { name: '바로잡는 내용' }).fill('파기 장소: 행정실 (문서 세단기, 2대 중 1번)');
  await correction.getByRole('textbox', { name: '비밀번호' }).fill(OFFICER.password);
  await correction.getByRole('button', { name: '정정 기록' }).click();
  await expect(page.getByText('정정 기록을 추가했습니다.')).toBeVisible();
  await expect(ledger.getByRole('row', { name: /2026-0001/ })).toContainText('정정 1건');

  // Tampering with the file: each is named by `npm run cli -- verify`.
  await rd.closeApp();
  expect(cliVerify(rd.dbPath)).toMatchObject({ status: 0 });
  const raw = new BetterSqlite3(rd.dbPath);
  const seq = raw.prepare("SELECT seq FROM ledger_entries WHERE serial = '2026-0001'").pluck().get() as number;
  raw.close();
  const tampered = (name: string, sql: string) => {
    const path = join(rd.dir, `${name}.db`);
    copyFileSync(rd.dbPath, path);
    const db = new BetterSqlite3(path);
    db.exec(sql);
    db.close();
    return cliVerify(path);
  };
  const body = tampered(
    'body',
    `UPDATE ledger_entries SET content = replace(content, '"countDestroyed":48', '"countDestroyed":4') WHERE seq = ${seq}`,
  );
  expect(body).toMatchObject({ status: 1, report: { ok: false, entry: seq } });
  const deleted = tampered('deleted', `DELETE FROM ledger_entries WHERE seq = ${seq}`);
  expect(deleted).toMatchObject({ status: 1, report: { ok: false, entry: seq } });
  const swapped = tampered(
    'swapped',
    `UPDATE ledger_entries SET signatures = (SELECT json_array(json_set(json_extract(signatures, '$[0]'), '$.signature', json_extract(signatures, '$[1].signature')), json_set(json_extract(signatures, '$[1]'), '$.signature', json_extract(signatures, '$[0].signature'))) FROM ledger_entries WHERE seq = ${seq}) WHERE seq = ${seq}`,
  );
  expect(swapped).toMatchObject({ status: 1, report: { ok: false, entry: seq } });
});
