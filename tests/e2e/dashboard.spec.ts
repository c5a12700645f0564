import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_ACCOUNTS } from '../../electron/accounts/fixtures.ts';
import { runDaily } from '../../electron/daily/run.ts';
import { seedDemo } from '../../electron/demo/builder.ts';
import { MAIN_DOMAINS } from '../../electron/domains.ts';
import { ok } from '../support/accounts.ts';
import { signedInAs } from '../support/tamper.ts';
import { expect, OFFICER, SCREENSHOTS, signIn, test } from './harness.ts';

const account = (login: string) => {
  const found = DEMO_ACCOUNTS.find((a) => a.login === login);
  if (!found) throw new Error(`no demo account ${login}`);
  return found;
};

test('the dashboard after a daily run: every section’s due items, each one click from its screen; the run, ledger, backup and drill; eight weeks ahead', async ({
  page,
  rd,
}) => {
  test.setTimeout(180_000);
  await seedDemo(rd.app, rd.clock);
  rd.clock.set('2026-11-24T09:05:00+09:00');
  const director = account('director');
  const folder = join(rd.dir, 'usb');
  mkdirSync(folder);
  const officer = signedInAs(1, 'officer', rd.clock.now());
  await ok(rd.app, officer, 'backups.saveSettings', { folder });
  await runDaily(rd.app, { trigger: 'schedule', domains: MAIN_DOMAINS });

  await rd.open(page);
  await signIn(page, director.login, director.password);
  await expect(page.getByRole('heading', { name: '오늘 할 일', exact: true })).toBeVisible();

  // Today's work of every section that has some, overdue first.
  const items = page.getByRole('list', { name: '오늘 할 일' }).getByRole('listitem');
  const expected: Array<[string, string, RegExp]> = [
    ['접속기록 월간 점검이 밀려 있습니다', '#/access-log', /review=due/],
    ['파기 기한이 지난 개인정보파일 1개', '#/register', /status=overdue/],
    ['점검 기한이 지난 수탁자 1곳', '#/processors', /filter=overdue/],
    ['삭제 확인이 없는 CCTV 촬영일 2일', '#/cctv', /tab=log/],
    ['파기 기한이 지난 예약 기록 29건', '#/reservations', /state=overdue/],
    ['처리방침에 게시한 위탁 현황이 실제와 1곳 다릅니다', '#/processors', /tab=policy/],
    ['삭제를 확인할 CCTV 촬영일 20일', '#/cctv', /tab=log/],
    ['10일 답변 기한이 가까운 개인영상정보 요구 1건', '#/cctv', /tab=requests/],
    ['오늘 파기할 예약 기록 31건', '#/reservations', /state=due/],
    ['처리를 기다리는 삭제 요구·동의 철회 1건', '#/reservations', /tab=person/],
    ['승인을 기다리는 파기 1건', '#/disposal', /.*/],
    ['계약이 끝나 파기 확인서를 기다리는 수탁자 1곳', '#/processors', /filter=awaiting/],
    ['수탁자 파기 확인을 기다리는 파기 1건', '#/reservations', /tab=disposals/],
  ];
  await expect(items).toHaveCount(expected.length);
  for (const [index, [text]] of expected.entries()) await expect(items.nth(index)).toContainText(text);

  // The run's notifications, for what the officer can act on.
  const notes = page.getByRole('list', { name: '알림' }).getByRole('listitem');
  await expect(notes).toHaveCount(expected.length);
  await expect(page.getByRole('region', { name: '알림' }).getByLabel('읽지 않음').first()).toHaveText(String(expected.length));

  // The state of the run, the ledger, the backups and the drill.
  const status = page.getByRole('list', { name: '점검·백업 상태' });
  await expect(status.getByRole('listitem', { name: '마지막 일일 점검' })).toContainText(
    '2026-11-24 (화) — 찾은 일 91건, 처리 5건, 실패 0건',
  );
  await expect(status.getByRole('listitem', { name: '마지막 실패' })).toContainText('실패한 점검이 없습니다.');
  await expect(status.getByRole('listitem', { name: '관리대장 마지막 검증' })).toContainText('이상 없음');
  await expect(status.getByRole('listitem', { name: '마지막 정상 백업' })).toContainText('(0일 전)');
  await expect(status.getByRole('listitem', { name: '마지막 정상 백업' })).toContainText('복구 시트를 아직 인쇄하지 않았습니다');
  await expect(status.getByRole('listitem', { name: '복원 훈련(월 1회)' })).toContainText('최신 백업을 복원해 검증했습니다');

  // Eight weeks ahead: the November review falls due on 2026-12-01.
  const chart = page.getByRole('region', { name: '앞으로 8주 동안 기한이 오는 일' });
  await expect(chart.getByText('접속기록', { exact: true })).toBeVisible();
  expect(await chart.locator('.recharts-bar-rectangle path').count()).toBeGreaterThan(0);
  await expect(chart.getByRole('listitem').filter({ hasText: '접속기록' })).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'dashboard-officer.png'), fullPage: true });

  // Each item lands on its screen.
  const home = () =>
    page
      .getByRole('navigation', { name: 'sections' })
      .getByRole('link', { name: /오늘 할 일/ })
      .click();
  for (const [index, [, hash, query]] of expected.entries()) {
    await home();
    await items.nth(index).click();
    await expect.poll(() => new URL(page.url()).hash).toBe(hash);
    expect(page.url()).toMatch(query);
    if (hash === '#/disposal') await expect(page.getByRole('button', { name: '승인 서명' })).toBeVisible();
  }
  // And from the chart, each section's total.
  await home();
  await chart.getByRole('listitem').filter({ hasText: '접속기록' }).click();
  await expect.poll(() => new URL(page.url()).hash).toBe('#/access-log');

  // Opening a notification marks it read.
  await home();
  await notes.filter({ hasText: '승인을 기다리는 파기' }).click();
  await expect.poll(() => new URL(page.url()).hash).toBe('#/disposal');
  await home();
  await expect(page.getByRole('region', { name: '알림' }).getByLabel('읽지 않음').first()).toHaveText(String(expected.length - 1));
});

test('backups: the folder, a backup now with progress, the recovery sheet printed once', async ({ page, rd }) => {
  test.setTimeout(180_000);
  await seedDemo(rd.app, rd.clock);
  rd.clock.set('2026-11-24T09:05:00+09:00');
  const director = account('director');
  const folder = join(rd.dir, 'usb');
  mkdirSync(folder);
  await rd.open(page, '/backups');
  await signIn(page, director.login, director.password);
  await page.getByRole('navigation', { name: 'sections' }).getByRole('link', { name: /백업/ }).click();
  await expect(page.getByRole('heading', { name: '백업 설정' })).toBeVisible();
  await expect(page.getByText('아직 백업이 없습니다.')).toBeVisible();

  // A maximum age beyond the destruction deadline is refused at the field.
  await page.getByLabel('백업 폴더').fill(folder);
  await page.getByLabel('최대 보관 일수').fill('7');
  await page.getByRole('button', { name: '저장' }).click();
  await expect(page.getByText('최대 5일입니다', { exact: false })).toBeVisible();
  await page.getByLabel('최대 보관 일수').fill('5');
  await page.getByRole('button', { name: '저장' }).click();
  await expect(page.getByText('백업 설정을 저장했습니다.')).toBeVisible();

  // The recovery sheet: the officer's password, the code shown once, its printout.
  await page.getByRole('button', { name: '복구 시트 발급' }).click();
  await page.getByRole('dialog').getByLabel('본인 비밀번호').fill(director.password);
  await page.getByRole('dialog').getByRole('button', { name: '복구 시트 발급' }).click();
  const code = page.getByRole('dialog').getByLabel('복구 코드');
  await expect(code).toHaveText(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
  const shown = (await code.textContent()) ?? '';
  await page.getByRole('dialog').getByRole('button', { name: '인쇄' }).click();
  const sheet = page.getByRole('article', { name: '백업 복구 시트' });
  await expect(sheet).toContainText(shown);
  await expect(sheet).toContainText('함께 가진 사람은 그 백업의 모든 내용');
  await page.screenshot({ path: join(SCREENSHOTS, 'backups-recovery-sheet.png'), fullPage: true });
  await page.getByRole('button', { name: '돌아가기' }).click();

  await page.getByRole('button', { name: '지금 백업' }).click();
  await expect(page.getByText(/백업을 만들었습니다: retention-desk-/)).toBeVisible();
  const table = page.getByRole('table', { name: '백업 목록' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1)).toContainText('보관 중');
  await expect(table.getByRole('row').nth(1)).toContainText('2026-11-29 (일)');
  await expect(page.getByText(/현재 시트: [0-9a-f]{12}/)).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'backups-page.png'), fullPage: true });
});

test('restore in the app: the warning about destroyed records, then the file replaced and the app going on', async ({ page, rd }) => {
  test.setTimeout(180_000);
  await seedDemo(rd.app, rd.clock);
  rd.clock.set('2026-11-24T09:05:00+09:00');
  const director = account('director');
  const folder = join(rd.dir, 'usb');
  mkdirSync(folder);
  const officer = signedInAs(1, 'officer', rd.clock.now());
  await ok(rd.app, officer, 'backups.saveSettings', { folder });
  const backup = await ok(rd.app, officer, 'backups.run');
  const waiting = await ok(rd.app, officer, 'disposal.list', {});
  const performed = waiting.find((request) => request.status === 'performed');
  if (!performed) throw new Error('the demo has a destruction waiting for approval');
  const approved = await ok(rd.app, officer, 'disposal.approve', { requestId: performed.id, password: director.password });

  await rd.open(page, '/backups');
  await signIn(page, director.login, director.password);
  await page.getByRole('navigation', { name: 'sections' }).getByRole('link', { name: /백업/ }).click();
  const table = page.getByRole('table', { name: '백업 목록' });
  await table
    .getByRole('row', { name: new RegExp(backup.fileName) })
    .getByRole('button', { name: '복원' })
    .click();
  await page.getByRole('dialog').getByLabel('비밀번호').fill(director.password);
  await page.getByRole('dialog').getByRole('button', { name: '복원' }).click();
  const warning = page.getByRole('dialog', { name: '파기한 기록이 되살아납니다' });
  await expect(warning).toContainText(approved.serial ?? 'serial');
  await page.screenshot({ path: join(SCREENSHOTS, 'backups-restore-warning.png') });
  await warning.getByRole('button', { name: '그래도 복원' }).click();
  await expect(page.getByText(`백업 ${backup.id}번을 복원했습니다.`, { exact: false })).toBeVisible();
  await expect(page.getByText(`(${approved.serial ?? ''})의 파기를 다시 해 주세요`, { exact: false })).toBeVisible();
  // The app goes on with the restored file: the destruction waits for its approval again.
  await page
    .getByRole('navigation', { name: 'sections' })
    .getByRole('link', { name: /오늘 할 일/ })
    .click();
  await expect(page.getByRole('list', { name: '오늘 할 일' })).toContainText('승인을 기다리는 파기 1건');
});

test('a new clinic’s dashboard says what to do: no run yet, no backup, no drill, no notification', async ({ page, rd }) => {
  await rd.setUpClinic();
  await rd.open(page);
  await signIn(page, OFFICER.login, OFFICER.password);
  const status = page.getByRole('list', { name: '점검·백업 상태' });
  await expect(status.getByRole('listitem', { name: '마지막 일일 점검' })).toContainText(
    '아직 일일 점검이 실행되지 않았습니다. 매일 09:00에',
  );
  await expect(status.getByRole('listitem', { name: '마지막 정상 백업' })).toContainText('[백업 설정]에서 백업할 폴더');
  await expect(status.getByRole('listitem', { name: '복원 훈련(월 1회)' })).toContainText('아직 복원 훈련을 하지 않았습니다');
  // Even a new clinic has the monthly access-log review coming.
  await expect(page.getByRole('region', { name: '앞으로 8주 동안 기한이 오는 일' }).getByRole('listitem')).toHaveText(['접속기록 2']);
  await expect(page.getByText('알림이 없습니다.', { exact: false })).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'dashboard-empty.png'), fullPage: true });
  // 지금 점검 runs today's check at once.
  await page.getByRole('button', { name: '지금 점검' }).click();
  await expect(page.getByText('1일치 점검을 실행했습니다.')).toBeVisible();
  await expect(status.getByRole('listitem', { name: '마지막 일일 점검' })).toContainText('2026-11-24 (화)');
});
