import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { CLINIC, expect, OFFICER, SCREENSHOTS, signIn, signOut, test } from './harness.ts';

const FACILITY = { login: 'facility1', name: '박민호', title: '시설팀장', temporary: 'Temp#Facility2026', own: 'Own#Cctv-2026!' };

test('setup, roles, lockout, unlock, idle lock and a tamper-evident access log', async ({ page, rd }) => {
  test.setTimeout(120_000);
  await rd.open(page);

  // First run: the wizard and nothing else.
  await expect(page.getByRole('heading', { name: 'Retention Desk 처음 설정' })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  const clinic = page.getByRole('group', { name: '기관', exact: true });
  await clinic.getByLabel('기관명').fill(CLINIC.name);
  await clinic.getByLabel('대표자').fill(CLINIC.representative);
  await clinic.getByLabel('사업자등록번호').fill(CLINIC.businessNumber);
  await clinic.getByLabel('주소').fill(CLINIC.address);
  const officerGroup = page.getByRole('group', { name: '개인정보 보호책임자' });
  await officerGroup.getByLabel('성명').fill(CLINIC.privacyOfficerName);
  await officerGroup.getByLabel('직위').fill(CLINIC.privacyOfficerTitle);
  await officerGroup.getByLabel('연락처').fill(CLINIC.privacyOfficerContact);
  const cctvGroup = page.getByRole('group', { name: '영상정보 관리책임자' });
  await cctvGroup.getByLabel('성명').fill(CLINIC.cctvManagerName);
  await cctvGroup.getByLabel('직위').fill(CLINIC.cctvManagerTitle);
  await cctvGroup.getByLabel('연락처').fill(CLINIC.cctvManagerContact);
  await page.screenshot({ path: join(SCREENSHOTS, 'setup-1-clinic.png'), fullPage: true });
  await page.getByRole('button', { name: '다음' }).click();

  await page.getByLabel('아이디').fill(OFFICER.login);
  await page.getByLabel('이름').fill(OFFICER.name);
  await page.getByLabel(/^비밀번호\s*\*?$/).fill('short1');
  await page.getByLabel('새 비밀번호 확인').fill('short1');
  await page.getByRole('button', { name: '다음' }).click();
  await expect(page.getByText('2종류 이상으로 10자 이상', { exact: false }).first()).toBeVisible();
  await page.getByLabel(/^비밀번호\s*\*?$/).fill(OFFICER.password);
  await page.getByLabel('새 비밀번호 확인').fill(OFFICER.password);
  await page.screenshot({ path: join(SCREENSHOTS, 'setup-2-officer.png'), fullPage: true });
  await page.getByRole('button', { name: '다음' }).click();
  await page.getByRole('button', { name: '설정 완료' }).click();
  await expect(page.getByRole('heading', { name: '설정이 끝났습니다' })).toBeVisible();
  await expect(page.getByTestId('installation-fingerprint')).toHaveText(/^[0-9a-f]{4}( [0-9a-f]{4}){7}$/);
  await page.screenshot({ path: join(SCREENSHOTS, 'setup-3-done.png'), fullPage: true });
  await page.getByRole('button', { name: '시작하기' }).click();

  // The officer creates a facilities account.
  await page.getByRole('link', { name: '계정 관리' }).click();
  await page.getByRole('button', { name: '새 계정' }).click();
  const dialog = page.getByRole('dialog', { name: '새 계정' });
  await dialog.getByLabel('아이디').fill(FACILITY.login);
  await dialog.getByRole('combobox', { name: '역할' }).click();
  await page.getByRole('option', { name: '시설팀' }).click();
  await dialog.getByLabel('이름').fill(FACILITY.name);
  await dialog.getByLabel('직위').fill(FACILITY.title);
  await dialog.getByLabel('임시 비밀번호').fill(FACILITY.temporary);
  await dialog.getByLabel('새 비밀번호 확인').fill(FACILITY.temporary);
  await dialog.getByLabel('본인(보호책임자) 비밀번호').fill('Wrong#Password1');
  await dialog.getByRole('button', { name: '새 계정' }).click();
  await expect(dialog.getByText('비밀번호가 올바르지 않습니다.')).toBeVisible();
  await dialog.getByLabel('본인(보호책임자) 비밀번호').fill(OFFICER.password);
  await dialog.getByRole('button', { name: '새 계정' }).click();
  await expect(page.getByText(`${FACILITY.name} 계정을 만들었습니다.`)).toBeVisible();
  const table = page.getByRole('table', { name: '계정 관리' });
  await expect(table.getByRole('row', { name: new RegExp(FACILITY.login) })).toContainText('임시 비밀번호');
  await page.screenshot({ path: join(SCREENSHOTS, 'users.png'), fullPage: true });
  await signOut(page, OFFICER.name);

  // The facilities account replaces its temporary password and sees only the CCTV section.
  await signIn(page, FACILITY.login, FACILITY.temporary);
  await expect(page.getByRole('heading', { name: '임시 비밀번호를 바꿔 주세요' })).toBeVisible();
  await page.getByLabel('현재 비밀번호').fill(FACILITY.temporary);
  await page.getByLabel('새 비밀번호', { exact: true }).fill(FACILITY.own);
  await page.getByLabel('새 비밀번호 확인').fill(FACILITY.own);
  await page.getByRole('button', { name: '비밀번호 변경' }).click();
  const nav = page.getByRole('navigation', { name: 'sections' });
  // Facilities has the home page (nothing waits for it yet) and CCTV, nothing else.
  await expect(nav.getByRole('link')).toHaveText(['오늘 할 일', 'CCTV']);
  await expect(page.getByRole('heading', { name: '오늘 할 일' })).toBeVisible();
  await nav.getByRole('link', { name: 'CCTV' }).click();
  await expect(page.getByRole('heading', { name: 'CCTV 녹화기와 보관기간' })).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'facilities-only-cctv.png'), fullPage: true });

  // The main process decides, not the menu: a direct call to an admin-office method is refused.
  const forbidden = await page.evaluate(() => window.bridge.invoke('clinic.get', {}));
  expect(forbidden).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  const forbiddenChange = await page.evaluate(() => window.bridge.invoke('disposal.cancel', { requestId: 1, reason: '시설팀이 취소' }));
  expect(forbiddenChange).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  const claimsOther = await page.evaluate(() =>
    window.bridge.invoke('auth.changePassword', { userId: 1, currentPassword: 'x', newPassword: 'Another#Pass2026' }),
  );
  expect(claimsOther).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  await signOut(page, FACILITY.name);

  // Five wrong passwords lock the account; the right one no longer helps. The sign-in screen says the
  // same thing each time (and for an unknown login): it tells a guesser nothing about the account.
  const refusal = page.getByRole('alert', { name: '처리하지 못했습니다' });
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await signIn(page, FACILITY.login, `Wrong#Guess${attempt}x`);
    await expect(refusal).toContainText('아이디 또는 비밀번호가 올바르지 않거나, 잠기거나 사용이 중지된 계정입니다');
  }
  await signIn(page, FACILITY.login, FACILITY.own);
  await expect(refusal).toContainText('잠금 해제는 개인정보 보호책임자에게 요청하세요');
  await expect(page.getByRole('navigation', { name: 'sections' })).toHaveCount(0);
  await page.screenshot({ path: join(SCREENSHOTS, 'signin-locked.png'), fullPage: true });

  // The officer unlocks it.
  await signIn(page, OFFICER.login, OFFICER.password);
  await page.getByRole('link', { name: '계정 관리' }).click();
  const row = table.getByRole('row', { name: new RegExp(FACILITY.login) });
  await expect(row).toContainText('잠김');
  await row.getByRole('button', { name: `${FACILITY.login} 작업` }).click();
  await page.getByRole('menuitem', { name: '잠금 해제' }).click();
  await expect(page.getByText(`${FACILITY.name} 계정의 잠금을 풀었습니다.`)).toBeVisible();
  await expect(row).toContainText('사용 중');

  // Idle for longer than the lock time: the screen locks and keeps its place.
  await page.getByRole('link', { name: '접속기록' }).click();
  await expect(page.getByRole('heading', { name: '접속기록' })).toBeVisible();
  rd.clock.advanceMinutes(11);
  await page.getByRole('link', { name: '계정 관리' }).click();
  await expect(page.getByRole('dialog', { name: '화면이 잠겼습니다' })).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'idle-lock.png'), fullPage: true });
  await page.getByRole('dialog').getByLabel('비밀번호').fill(OFFICER.password);
  await page.getByRole('button', { name: '잠금 해제' }).click();
  await expect(page.getByRole('dialog', { name: '화면이 잠겼습니다' })).toHaveCount(0);

  // The access log shows all of it, and its chain verifies.
  await page.getByRole('link', { name: '접속기록' }).click();
  const log = page.getByRole('table', { name: '접속기록' });
  await expect(log).toContainText('자동 잠금(미사용)');
  await expect(log).toContainText('계정 잠금 해제');
  // The refused and failed attempts, as the officer finds them: filter by kind. Four plain failures;
  // the fifth locked the account, and the right password after it was refused as locked.
  await page.getByRole('combobox', { name: '구분' }).click();
  await page.getByRole('option', { name: '거부·실패' }).click();
  await expect(log.getByRole('row').filter({ hasText: '로그인' }).filter({ hasText: '인증 실패' })).toHaveCount(4);
  await expect(log.getByRole('row').filter({ hasText: '로그인' }).filter({ hasText: '잠김' })).toHaveCount(2);
  await expect(log.getByRole('row').filter({ hasText: '권한 없음' })).toHaveCount(2);
  await page.getByRole('button', { name: '인쇄' }).click();
  const printed = page.getByRole('article', { name: '개인정보처리시스템 접속기록' });
  await expect(printed.getByRole('row').filter({ hasText: '로그인' }).filter({ hasText: '인증 실패' })).toHaveCount(4);
  await expect(printed.getByRole('row').filter({ hasText: '권한 없음' })).toHaveCount(2);
  await page.screenshot({ path: join(SCREENSHOTS, 'access-log-print.png'), fullPage: true });
  await page.goBack();
  await page.getByRole('button', { name: '체인 검증' }).click();
  await expect(page.getByRole('status')).toContainText('해시 체인이 온전합니다');
  await page.screenshot({ path: join(SCREENSHOTS, 'access-log.png'), fullPage: true });

  // A plain UPDATE of one row in the file: the CLI and the app both name that row.
  await rd.closeApp();
  const raw = new BetterSqlite3(rd.dbPath);
  const target = raw.prepare("SELECT seq FROM access_log WHERE result = 'FORBIDDEN'").pluck().get() as number;
  raw.prepare("UPDATE access_log SET result = 'ok' WHERE seq = ?").run(target);
  raw.close();
  const verify = spawnSync(process.execPath, ['electron/cli/main.ts', 'verify', '--db', rd.dbPath], { encoding: 'utf8' });
  expect(verify.status).toBe(1);
  expect(JSON.parse(verify.stdout)).toMatchObject({ ok: false, chain: 'access_log', entry: target });

  await rd.reopenApp();
  await page.reload();
  await page.getByRole('button', { name: '체인 검증' }).click();
  await expect(page.getByRole('status')).toContainText(`${target}번 기록에서 검증 실패`);
  await page.screenshot({ path: join(SCREENSHOTS, 'access-log-tampered.png'), fullPage: true });
});
