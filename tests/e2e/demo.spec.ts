import { join } from 'node:path';
import { DEMO_ACCOUNTS } from '../../electron/accounts/fixtures.ts';
import { seedDemo } from '../../electron/demo/builder.ts';
import { expect, SCREENSHOTS, signIn, test } from './harness.ts';

const account = (login: string) => {
  const found = DEMO_ACCOUNTS.find((a) => a.login === login);
  if (!found) throw new Error(`no demo account ${login}`);
  return found;
};

test('the demo clinic: an auditor reads every ledger but changes nothing; the UI also speaks English', async ({ page, rd }) => {
  test.setTimeout(120_000);
  await seedDemo(rd.app, rd.clock);
  rd.clock.set('2026-11-24T09:00:00+09:00');
  await rd.open(page);
  await expect(page.getByRole('alert').filter({ hasText: '데모 데이터베이스' })).toHaveCount(0); // not signed in yet: no banner
  const auditor = account('auditor');
  await signIn(page, auditor.login, auditor.password);
  await expect(page.getByText('데모 데이터베이스입니다.')).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'sections' });
  await expect(nav.getByRole('link')).toHaveText([
    '오늘 할 일',
    '개인정보파일',
    '예약 기록',
    '파기 진행',
    '파기 관리대장',
    '보존기간 정책',
    '처리위탁 현황',
    'CCTV',
    '접속기록',
    '계정 관리',
    '기관 정보',
  ]);
  await nav.getByRole('link', { name: '파기 관리대장' }).click();
  const ledger = page.getByRole('table', { name: '개인정보 파기 관리대장' });
  await expect(ledger.getByRole('row')).toHaveCount(6); // header + five destructions (the last: reservations due by 11-14)
  await page.getByRole('button', { name: '관리대장 검증' }).click();
  await page.getByRole('dialog', { name: '관리대장 검증' }).getByRole('button', { name: '검증 시작' }).click();
  await expect(page.getByRole('status').first()).toContainText('온전합니다');
  await page.screenshot({ path: join(SCREENSHOTS, 'demo-ledger-auditor.png'), fullPage: true });

  // Read-only: no request, no approval, no correction offered; the main process refuses them anyway.
  await nav.getByRole('link', { name: '파기 진행' }).click();
  // 2015's charts waiting for approval, and (주)피어나인's copy waiting for its 파기 확인서.
  await expect(page.getByRole('region', { name: /파기 요청/ })).toHaveCount(2);
  await expect(page.getByRole('button', { name: '파기 확인서 첨부' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '파기 요청 만들기' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '승인 서명' })).toHaveCount(0);
  const refused = await page.evaluate(() => window.bridge.invoke('disposal.cancel', { requestId: 5, reason: '감사인이 취소' }));
  expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

  // The processor inventory: read, not edited.
  await nav.getByRole('link', { name: '처리위탁 현황' }).click();
  const inventory = page.getByRole('table', { name: '처리위탁 현황 (수탁자)' });
  await expect(inventory.getByRole('row')).toHaveCount(14); // header + 13 processors
  await expect(inventory.getByRole('row', { name: /Mailjet/ })).toContainText('프랑스');
  await expect(inventory.getByRole('row', { name: /피어나인/ })).toContainText('파기 확인 대기');
  await expect(page.getByRole('button', { name: '수탁자 등록' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /PREDAQ 작업/ })).toHaveCount(0);

  // English: no raw keys, Korean legal terms on printouts stay Korean.
  await page.getByText('English', { exact: true }).click();
  await nav.getByRole('link', { name: 'Personal-info files' }).click();
  await expect(page.getByRole('heading', { name: 'Personal-information files' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(/\b(register|disposal|ledger|common|nav)\.[a-z]/);
  await page.screenshot({ path: join(SCREENSHOTS, 'demo-register-english.png'), fullPage: true });
  await nav.getByRole('link', { name: 'Processors' }).click();
  await expect(page.getByRole('heading', { name: 'Processors (entrustment)' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(/\bprocessors\.[a-z]/);
  await page.screenshot({ path: join(SCREENSHOTS, 'demo-processors-english.png'), fullPage: true });
  await page.getByText('한국어', { exact: true }).click();
});
