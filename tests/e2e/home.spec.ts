import { join } from 'node:path';
import { DEMO_ACCOUNTS } from '../../electron/accounts/fixtures.ts';
import { seedDemo } from '../../electron/demo/builder.ts';
import { expect, SCREENSHOTS, signIn, signOut, test } from './harness.ts';

const account = (login: string) => {
  const found = DEMO_ACCOUNTS.find((a) => a.login === login);
  if (!found) throw new Error(`no demo account ${login}`);
  return found;
};

test('오늘 할 일: each person lands on what waits for them, counted beside the menu, one click from where it is done', async ({
  page,
  rd,
}) => {
  test.setTimeout(120_000);
  await seedDemo(rd.app, rd.clock);
  rd.clock.set('2026-11-24T09:00:00+09:00');
  await rd.open(page);
  const director = account('director');
  await signIn(page, director.login, director.password);

  // The officer lands on the home page, not on a list.
  await expect(page.getByRole('heading', { name: '오늘 할 일' })).toBeVisible();
  const items = page.getByRole('list', { name: '오늘 할 일' }).getByRole('listitem');
  // Most urgent first: the overdue review, file, inspection, CCTV days and reservations; then what is due soon; then what waits.
  const expected = [
    '접속기록 월간 점검이 밀려 있습니다 — 2026-10까지',
    '파기 기한이 지난 개인정보파일 1개 — 가장 늦은 것은 2026-07-05까지',
    '점검 기한이 지난 수탁자 1곳 — 가장 오래된 기한 2026-01-02',
    '삭제 확인이 없는 CCTV 촬영일 2일',
    '파기 기한이 지난 예약 기록 29건',
    '처리방침에 게시한 위탁 현황이 실제와 1곳 다릅니다',
    '삭제를 확인할 CCTV 촬영일 20일',
    '10일 답변 기한이 가까운 개인영상정보 요구 1건',
    '오늘 파기할 예약 기록 31건',
    '처리를 기다리는 삭제 요구·동의 철회 1건',
    '승인을 기다리는 파기 1건',
    '계약이 끝나 파기 확인서를 기다리는 수탁자 1곳',
    '수탁자 파기 확인을 기다리는 파기 1건',
  ];
  await expect(items).toHaveCount(expected.length);
  for (const [index, text] of expected.entries()) await expect(items.nth(index)).toContainText(text);
  const nav = page.getByRole('navigation', { name: 'sections' });
  await expect(nav.getByRole('link', { name: /개인정보파일/ }).getByLabel('처리할 일 1건')).toBeVisible();
  await expect(nav.getByRole('link', { name: /파기 진행/ }).getByLabel('처리할 일 1건')).toBeVisible();
  await expect(nav.getByRole('link', { name: /접속기록/ }).getByLabel('처리할 일 1건')).toBeVisible();
  await expect(nav.getByRole('link', { name: /처리위탁 현황/ }).getByLabel('처리할 일 3건')).toBeVisible();
  await expect(nav.getByRole('link', { name: /파기 관리대장/ }).getByLabel(/처리할 일/)).toHaveCount(0);
  await page.screenshot({ path: join(SCREENSHOTS, 'home-officer.png'), fullPage: true });

  // One click lands on exactly the overdue files.
  await items.nth(1).click();
  await expect(page.getByRole('radio', { name: /파기 기한 경과 1/ })).toBeChecked();
  const register = page.getByRole('table', { name: '개인정보파일 목록' });
  await expect(register.getByRole('row')).toHaveCount(2);
  await expect(register.getByRole('row').nth(1)).toContainText('홈페이지 예약 정보 (2026년 2분기)');
  await page.screenshot({ path: join(SCREENSHOTS, 'home-to-register-overdue.png'), fullPage: true });

  // The overdue inspection: one click to exactly that processor.
  await nav.getByRole('link', { name: /오늘 할 일/ }).click();
  await items.nth(2).click();
  await expect(page.getByRole('radio', { name: /점검 기한 경과 1/ })).toBeChecked();
  const inventory = page.getByRole('table', { name: '처리위탁 현황 (수탁자)' });
  await expect(inventory.getByRole('row')).toHaveCount(2);
  await expect(inventory.getByRole('row').nth(1)).toContainText('더블유의원');

  // The approval waiting: one click to the request to sign.
  await nav.getByRole('link', { name: /오늘 할 일/ }).click();
  await items.nth(expected.indexOf('승인을 기다리는 파기 1건')).click();
  await expect(page.getByRole('button', { name: '승인 서명' })).toBeVisible();

  // The admin office sees what it can act on: the overdue file, not the officer's approval or review.
  await signOut(page, director.name);
  const clerk = account('clerk');
  await signIn(page, clerk.login, clerk.password);
  await expect(page.getByRole('heading', { name: '오늘 할 일' })).toBeVisible();
  await expect(items).toHaveCount(8);
  await expect(items.filter({ hasText: 'CCTV' })).toHaveCount(0);
  await expect(items.nth(0)).toContainText('파기 기한이 지난 개인정보파일 1개');
  await expect(items.nth(6)).toContainText('파기 확인서를 기다리는 수탁자 1곳');
  await expect(nav.getByRole('link', { name: /파기 진행/ }).getByLabel(/처리할 일/)).toHaveCount(0);

  // The facilities team: its CCTV days and the viewing request near its 10-day deadline, one click from the log.
  await signOut(page, clerk.name);
  const facility = account('facility');
  await signIn(page, facility.login, facility.password);
  await expect(page.getByRole('heading', { name: '오늘 할 일' })).toBeVisible();
  await expect(items).toHaveCount(3);
  await expect(items.nth(2)).toContainText('10일 답변 기한이 가까운 개인영상정보 요구 1건 — 2026-11-26까지');
  await items.nth(0).click();
  await expect(page.getByRole('tab', { name: '매일 삭제 확인' })).toHaveAttribute('aria-selected', 'true');
  await page.screenshot({ path: join(SCREENSHOTS, 'home-facility-to-cctv.png'), fullPage: true });

  // The auditor can act on nothing: the page says so.
  await signOut(page, facility.name);
  const auditor = account('auditor');
  await signIn(page, auditor.login, auditor.password);
  await expect(page.getByText('지금 처리할 일이 없습니다.', { exact: false })).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'home-auditor.png'), fullPage: true });
});
