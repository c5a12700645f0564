import { join } from 'node:path';
import { DEMO_ACCOUNTS } from '../../electron/accounts/fixtures.ts';
import { seedDemo } from '../../electron/demo/builder.ts';
import { expect, SCREENSHOTS, signIn, test } from './harness.ts';

const director = DEMO_ACCOUNTS.find((a) => a.login === 'director') ?? DEMO_ACCOUNTS[0];

test('the access log reads as a person reviews it, and the monthly review is done from that view', async ({ page, rd }) => {
  test.setTimeout(120_000);
  await seedDemo(rd.app, rd.clock);
  rd.clock.set('2026-11-24T09:00:00+09:00');
  await rd.open(page);
  // Someone guesses a login before the director arrives.
  await signIn(page, 'admin', 'guess-2026!');
  await expect(page.getByRole('alert')).toContainText('아이디 또는 비밀번호가 올바르지 않거나');
  await signIn(page, director?.login ?? '', director?.password ?? '');

  // From 오늘 할 일 to the review: the month's entries, oldest first, and the remark ready to type.
  await page.getByRole('listitem').filter({ hasText: '접속기록 월간 점검' }).click();
  const review = page.getByRole('region', { name: '월간 점검' });
  await expect(review.getByRole('textbox', { name: '점검한 기간(까지)' })).toHaveValue('2026-10');
  await expect(page.getByRole('textbox', { name: '시작일' })).toHaveValue('2026-10-01');
  await expect(page.getByRole('textbox', { name: '종료일' })).toHaveValue('2026-10-31');
  await expect(review.getByRole('textbox', { name: '점검 의견' })).toBeFocused();

  // The whole year, to see every kind of entry: what each was about, in words.
  await page.getByRole('textbox', { name: '시작일' }).fill('2026-01-01');
  await page.getByRole('textbox', { name: '종료일' }).fill('2026-11-30');
  await page.getByRole('textbox', { name: '종료일' }).blur();
  const log = page.getByRole('table', { name: '접속기록' });
  const search = page.getByRole('textbox', { name: '검색' });
  const firstFound = async (text: string, expected: string) => {
    await search.fill(text);
    await expect(log.getByRole('row').nth(1)).toContainText(expected);
  };
  await firstFound('계정 생성', '계정 이하은');
  await firstFound('파기 승인 서명', '관리대장 2026-0001');
  await firstFound('개인정보파일 저장', '개인정보파일 ‘홈페이지 예약 정보 (2026년 1분기)’');
  await search.fill('');
  await expect(log.getByRole('row').nth(10)).toBeAttached();
  await expect(log).not.toContainText(/pi_file:|user:\d|[0-9a-f]{64}/);
  // One line per entry: the time is not wrapped, and no row is taller than a badge's line.
  const firstRow = log.getByRole('row').nth(1);
  const timeCell = firstRow.getByRole('cell').nth(1);
  expect((await timeCell.boundingBox())?.height ?? 99).toBeLessThan(48);
  await page.screenshot({ path: join(SCREENSHOTS, 'access-log-readable.png'), fullPage: false });

  // The failed sign-in shows the login that was tried; the filters by kind and by account find it.
  await page.getByRole('textbox', { name: '종료일' }).fill('');
  await page.getByRole('combobox', { name: '구분' }).click();
  await page.getByRole('option', { name: '거부·실패' }).click();
  const refused = log.getByRole('row', { name: /로그인/ }).first();
  await expect(refused).toContainText('admin (로그인 시도)');
  await expect(refused).toContainText('인증 실패');
  await page.screenshot({ path: join(SCREENSHOTS, 'access-log-refused.png'), fullPage: false });

  // Search by what the view shows: a ledger serial finds the request, the signatures and the approval.
  await page.getByRole('combobox', { name: '구분' }).click();
  await page.getByRole('option', { name: '변경' }).click();
  await firstFound('2026-0002', '관리대장 2026-0002');
  await expect(log.getByRole('row', { name: /파기 요청/ })).toContainText('관리대장 2026-0002');

  // The review is recorded from here.
  await review.getByRole('textbox', { name: '점검한 기간(까지)' }).fill('2026-10');
  await review.getByRole('textbox', { name: '점검 의견' }).fill('로그인 실패 1건(존재하지 않는 아이디 admin) 확인, 그 밖의 이상 없음');
  // The officer signs what they reviewed, with their own password.
  await review.getByLabel('본인 비밀번호(점검 서명)').fill(director?.password ?? '');
  await review.getByRole('button', { name: '점검 기록' }).click();
  await expect(page.getByText('2026-10까지 점검했다고 기록했습니다.')).toBeVisible();
  await expect(review).toContainText('점검 완료');
});
