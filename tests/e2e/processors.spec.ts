import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { CONFIRMATION_PDF_BASE64 } from '../../electron/disposal/fixtures.ts';
import { createAccount, ok } from '../support/accounts.ts';
import { expect, OFFICER, SCREENSHOTS, signIn, signOut, test } from './harness.ts';

const PDF = Buffer.from(CONFIRMATION_PDF_BASE64, 'base64');

async function fill(dialog: Locator, label: string, value: string) {
  await dialog.getByRole('textbox', { name: label }).fill(value);
}

async function pick(page: Page, dialog: Locator, label: string, option: string | RegExp, typed?: string) {
  const box = dialog
    .getByRole('combobox', { name: label })
    .or(dialog.getByRole('textbox', { name: label }))
    .first();
  await box.click();
  if (typed) await box.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

async function sign(page: Page, dialogName: RegExp, password: string) {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.getByRole('textbox', { name: '비밀번호' }).fill(password);
  await dialog.getByRole('button', { name: /서명/ }).click();
}

/** The print route as a PDF (Chromium's own engine, as the app archives it), looked at as PNG, read as text. */
async function printed(page: Page, name: string): Promise<string> {
  await expect(page.locator('body[data-print-ready="true"]')).toBeAttached();
  const pdfPath = join(SCREENSHOTS, `${name}.pdf`);
  writeFileSync(pdfPath, await page.pdf({ printBackground: true, preferCSSPageSize: true }));
  execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, join(SCREENSHOTS, name)], { stdio: 'pipe' });
  return execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

async function rowMenu(page: Page, name: string, action: string) {
  await page.getByRole('button', { name: `${name} 작업` }).click();
  await page.getByRole('menuitem', { name: action }).click();
}

test('processors: a re-entrusted overseas sub-processor, the missing clause, the contract, the policy text published and out of date, the end of contract destroyed by the processor with its confirmation, signed and certified', async ({
  page,
  rd,
}) => {
  test.setTimeout(240_000);
  const officer = await rd.setUpClinic();
  const clerk = await createAccount(rd.app, officer, 'clerk', 'admin', '이하은');
  const policy = await ok(rd.app, clerk.session, 'policies.save', {
    name: '위탁 업무 정보',
    startLabel: '위탁계약 종료일',
    source: { kind: 'preset', presetId: 'service-processor-contract' },
  });
  await ok(rd.app, clerk.session, 'register.save', {
    name: '예약 알림 이메일 수신자 (Mailjet 보관분)',
    items: '이름·이메일·국적·생년월일·예약일자',
    mediaKind: 'electronic',
    locationKind: 'processor',
    locationDetail: 'PREDAQ → Mailjet(Sinch), 프랑스 파리 서버',
    recordCount: 3120,
    policyId: policy.id,
    createdOn: '2025-07-01',
    eventDate: null,
  });

  await rd.open(page, '/processors');
  await signIn(page, clerk.login, clerk.password);
  await expect(page.getByRole('heading', { name: '처리위탁 현황 (수탁자)' })).toBeVisible();

  // The website operator, whose contract lacks the liability clause.
  await page.getByRole('button', { name: '수탁자 등록' }).click();
  const form = page.getByRole('dialog', { name: '수탁자 등록' });
  await fill(form, '수탁자(상호)', 'PREDAQ');
  await fill(form, '사업자등록번호', '214-81-12345');
  await fill(form, '주소', '서울특별시 중구 한강대로 416, 13층');
  await fill(form, '담당자 성명', '조재성');
  await fill(form, '이메일', 'privacy@predaq');
  await fill(form, '위탁업무 내용', '홈페이지 예약 시스템 운영 및 유지보수');
  await fill(form, '위탁하는 개인정보 항목', '진료과·이름·이메일·국적·생년월일·예약일자');
  await fill(form, '정보주체', '홈페이지 예약 고객');
  await fill(form, '계약 시작일', '2025-07-01');
  const clauses = [
    '위탁업무 수행 목적 외 개인정보의 처리 금지',
    '개인정보의 기술적·관리적 보호조치',
    '위탁업무의 목적 및 범위',
    '재위탁 제한',
    '개인정보 접근 제한 등 안전성 확보 조치',
    '관리 현황 점검 등 감독',
  ];
  for (const [index, clause] of clauses.entries()) {
    await form.getByRole('checkbox', { name: clause }).check();
    await fill(form, `${clause} 조항·쪽`, `제${index + 3}조`);
  }
  await form.getByRole('button', { name: '저장' }).click();
  // Refused at the fields, in Korean: the check digit, the e-mail.
  await expect(form.getByText('사업자등록번호의 검증번호(마지막 자리)가 맞지 않습니다.', { exact: false })).toBeVisible();
  await expect(form.getByText('이메일 주소 형식이 아닙니다', { exact: false })).toBeVisible();
  await fill(form, '사업자등록번호', '214-81-12346');
  await fill(form, '이메일', 'privacy@predaq.example');
  await form.getByRole('button', { name: '저장' }).click();
  await expect(page.getByText('수탁자를 저장했습니다.')).toBeVisible();

  // Mailjet, re-entrusted by PREDAQ, storing in France: the five facts are asked for.
  await rowMenu(page, 'PREDAQ', '재수탁자 등록');
  const sub = page.getByRole('dialog', { name: '재수탁자 등록' });
  await fill(sub, '수탁자(상호)', 'Mailjet SAS (Sinch Email)');
  await pick(page, sub, '국가', '프랑스 (FR)', '프랑스');
  await fill(sub, '주소', '13-13 bis, rue de l’Aubrac, 75012 Paris');
  await fill(sub, '담당자 성명', 'Data Protection Officer');
  await fill(sub, '이메일', 'privacy@mailjet.example');
  await fill(sub, '위탁업무 내용', '예약 확인·리마인더 이메일 발송');
  await fill(sub, '위탁하는 개인정보 항목', '진료과·이름·이메일·예약일자');
  await fill(sub, '정보주체', '홈페이지 예약 고객');
  await pick(page, sub, '사본을 보유하는 개인정보파일', '예약 알림 이메일 수신자 (Mailjet 보관분)');
  await page.screenshot({ path: join(SCREENSHOTS, 'processors-form-top.png'), fullPage: false });
  await fill(sub, '계약 시작일', '2025-07-15');
  await fill(sub, '재위탁 동의일', '2025-07-10');
  await fill(sub, '동의 방법', 'PREDAQ의 요청에 서면 동의서로 회신');
  for (const clause of [...clauses, '의무 위반 시 손해배상 등 책임']) {
    await sub.getByRole('checkbox', { name: clause }).check();
    await fill(sub, `${clause} 조항·쪽`, '부속서 2');
  }
  await sub.getByRole('button', { name: '저장' }).click();
  await expect(sub.getByText('이전 시기와 방법을 입력해 주세요', { exact: false })).toBeVisible();
  await expect(sub.getByText('이전을 거부하는 방법·절차와 거부의 효과를 입력해 주세요.')).toBeVisible();
  await fill(sub, '이전되는 개인정보 항목', '진료과·이름·이메일·예약일자');
  await fill(sub, '이전 시기 및 방법', '예약 접수 시마다 API로 실시간 전송');
  await fill(sub, '이전받는 자의 이용 목적', '예약 알림 이메일 발송');
  await fill(sub, '이전받는 자의 보유·이용 기간', '발송 후 30일');
  await fill(sub, '거부 방법·절차·효과', '보호책임자에게 이메일로 거부 — 거부하면 예약 알림 이메일을 받을 수 없음');
  await pick(page, sub, '이전 근거 (법 제28조의8①)', /계약 이행을 위한 처리위탁/);
  await page.screenshot({ path: join(SCREENSHOTS, 'processors-form.png'), fullPage: false });
  await sub.getByRole('button', { name: '저장' }).click();
  await expect(page.getByText('수탁자를 저장했습니다.')).toBeVisible();

  // The tree: Mailjet under PREDAQ; the missing clause is named where PREDAQ is listed.
  const table = page.getByRole('table', { name: '처리위탁 현황 (수탁자)' });
  await expect(table.getByRole('row').nth(1)).toContainText('PREDAQ');
  await expect(table.getByRole('row').nth(2)).toContainText('└');
  await expect(table.getByRole('row').nth(2)).toContainText('Mailjet SAS (Sinch Email)');
  await expect(table.getByRole('row').nth(2)).toContainText('국외 이전');
  await expect(table.getByRole('row').nth(2)).toContainText('프랑스');
  await expect(table.getByRole('row', { name: /PREDAQ/ }).first()).toContainText('필수 조항 누락 1개: 의무 위반 시 손해배상 등 책임');

  // The processor's page: its chain, the clause missing, the overseas facts.
  await page.getByRole('button', { name: 'Mailjet SAS (Sinch Email) 자세히 보기' }).click();
  const drawer = page.getByRole('dialog', { name: 'Mailjet SAS (Sinch Email)' });
  await expect(drawer).toContainText('PREDAQ → Mailjet SAS (Sinch Email)');
  await expect(drawer).toContainText('PREDAQ의 요청에 서면 동의서로 회신');
  await expect(drawer).toContainText('예약 접수 시마다 API로 실시간 전송');
  await page.screenshot({ path: join(SCREENSHOTS, 'processors-detail.png'), fullPage: false });
  await page.keyboard.press('Escape');

  // The contract: a file that is not a PDF or photo is refused at the field; the PDF is kept.
  await rowMenu(page, 'PREDAQ', '계약서 첨부');
  const upload = page.getByRole('dialog', { name: /PREDAQ — 계약서 첨부/ });
  await upload
    .locator('input[type=file]')
    .setInputFiles({ name: '계약서.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not a pdf') });
  await upload.getByRole('button', { name: '첨부', exact: true }).click();
  await expect(upload.getByRole('alert')).toContainText('사진(JPEG, PNG)이나 PDF만 첨부할 수 있습니다.');
  await upload.locator('input[type=file]').setInputFiles({ name: 'PREDAQ_위탁계약서.pdf', mimeType: 'application/pdf', buffer: PDF });
  await upload.getByRole('button', { name: '첨부', exact: true }).click();
  await expect(page.getByText('계약서를 첨부했습니다.')).toBeVisible();
  await expect(table.getByRole('row', { name: /PREDAQ/ }).first()).not.toContainText('계약서 미첨부');
  await page.screenshot({ path: join(SCREENSHOTS, 'processors-tree.png'), fullPage: true });
  // The printed inventory carries the warning too.
  await page.getByRole('button', { name: '인쇄', exact: true }).click();
  const inventoryText = await printed(page, 'processors-print');
  expect(inventoryText).toContain('⚠필수조항누락:의무위반시손해배상등책임');
  expect(inventoryText).toContain('└Mailjet');
  await page.goBack();

  // The policy text: both processors, the country, all five facts.
  await page.getByRole('tab', { name: '처리방침 문구' }).click();
  const text = page.getByLabel('생성된 문구(텍스트)');
  for (const expected of [
    '■ 개인정보 처리업무의 위탁',
    '- 수탁자: PREDAQ / 위탁업무 내용: 홈페이지 예약 시스템 운영 및 유지보수',
    '- 재수탁자(PREDAQ로부터 재위탁): Mailjet SAS (Sinch Email) / 위탁업무 내용: 예약 확인·리마인더 이메일 발송',
    '■ 개인정보의 국외 이전',
    '이전받는 자(연락처): Mailjet SAS (Sinch Email) (Data Protection Officer, privacy@mailjet.example)',
    '이전되는 국가: 프랑스',
    '이전 일시 및 방법: 예약 접수 시마다 API로 실시간 전송',
    '이전되는 개인정보 항목: 진료과·이름·이메일·예약일자',
    '이전받는 자의 이용 목적: 예약 알림 이메일 발송',
    '이전받는 자의 보유·이용 기간: 발송 후 30일',
    '이전을 거부하는 방법·절차 및 거부의 효과: 보호책임자에게 이메일로 거부',
    '이전 근거: 계약 이행을 위한 처리위탁·보관',
  ]) {
    await expect(text, expected).toContainText(expected);
  }
  await expect(page.getByText('아직 게시한 판이 없습니다.')).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'processors-policy-text.png'), fullPage: true });
  await page.getByRole('tab', { name: 'HTML 표' }).click();
  await expect(page.getByLabel('생성된 문구(HTML 표)')).toContainText('<td>프랑스</td>');
  await page.getByRole('button', { name: '게시함' }).click();
  await expect(page.getByText('게시한 판으로 보관했습니다.')).toBeVisible();
  await expect(page.getByText('게시본과 현재 현황이 같습니다.')).toBeVisible();
  await expect(page.getByRole('region', { name: '게시 상태' })).toContainText('이하은');
  // The printable A4 page of the same sections.
  await page.getByRole('button', { name: 'A4 인쇄' }).click();
  const policyText = await printed(page, 'processors-policy-print');
  for (const expected of [
    '개인정보 처리업무의 위탁',
    '재수탁자 (PREDAQ로부터 재위탁)',
    '이전되는 국가',
    '프랑스',
    '발송 후 30일',
    '쪽 1 / 1',
  ]) {
    expect(policyText, expected).toContain(expected.replace(/\s+/g, ''));
  }
  await page.goBack();

  // A row changes: the published text no longer matches, and the change is named.
  await page.getByRole('tab', { name: '수탁자 현황' }).click();
  await rowMenu(page, 'Mailjet SAS (Sinch Email)', '수정');
  const edit = page.getByRole('dialog', { name: 'Mailjet SAS (Sinch Email)' });
  await fill(edit, '위탁업무 내용', '예약 확인·리마인더·진료 후 안내 이메일 발송');
  await edit.getByRole('button', { name: '저장' }).click();
  await expect(page.getByText('수탁자를 저장했습니다.')).toBeVisible();
  await page.getByRole('tab', { name: '처리방침 문구' }).click();
  const changed = page.getByRole('alert').filter({ hasText: '게시 후 현황이 바뀌었습니다' });
  await expect(changed).toContainText('변경: Mailjet SAS (Sinch Email) — 위탁업무 내용');
  await page.screenshot({ path: join(SCREENSHOTS, 'processors-policy-changed.png'), fullPage: false });

  // The contract ends: a disposal request "수탁자 파기" waits for the processor's confirmation.
  await page.getByRole('tab', { name: '수탁자 현황' }).click();
  await rowMenu(page, 'PREDAQ', '계약 종료');
  const end = page.getByRole('dialog', { name: 'PREDAQ 위탁계약 종료' });
  await end.getByRole('button', { name: '계약 종료' }).click();
  await expect(page.getByText('계약 종료를 기록하고 파기 요청을 만들었습니다.')).toBeVisible();
  await expect(table.getByRole('row', { name: /PREDAQ/ }).first()).toContainText('파기 확인 대기');
  await expect(table.getByRole('row', { name: /Mailjet/ })).toContainText('파기 확인 대기');

  await page.getByRole('link', { name: /파기 진행/ }).click();
  const card = page.getByRole('region', { name: /예약 알림 이메일 수신자/ });
  await expect(card).toContainText('수탁자 파기');
  await expect(card).toContainText('수탁자: PREDAQ, Mailjet SAS (Sinch Email)');
  await expect(card).toContainText('파기 확인 대기 — 수탁자의 파기 확인서를 첨부해야 수행 서명을 할 수 있습니다.');
  // Signing before the confirmation is there is refused.
  await card.getByRole('button', { name: '수행 서명' }).click();
  await sign(page, /파기 수행 서명/, clerk.password);
  await expect(page.getByRole('dialog', { name: /파기 수행 서명/ })).toContainText('수탁자의 파기 확인서가 아직 첨부되지 않았습니다.');
  await page.keyboard.press('Escape');
  await card.locator('input[type=file]').setInputFiles({ name: 'PREDAQ_파기확인서.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(page.getByText('파기 확인서를 첨부했습니다.')).toBeVisible();
  await expect(card).not.toContainText('파기 확인 대기');
  await expect(card).toContainText('PREDAQ_파기확인서.pdf');
  await card.getByRole('button', { name: '수행 서명' }).click();
  await sign(page, /파기 수행 서명/, clerk.password);
  await expect(card).toContainText('승인 대기');
  await signOut(page, '이하은');
  await signIn(page, OFFICER.login, OFFICER.password);
  await page.getByRole('link', { name: /파기 진행/ }).click();
  await card.getByRole('button', { name: '승인 서명' }).click();
  await sign(page, /파기 승인/, OFFICER.password);
  await expect(page.getByText('관리대장 2026-0001번으로 기록되었습니다.')).toBeVisible();

  // The ledger entry verifies.
  await page.getByRole('link', { name: '파기 관리대장' }).click();
  await page.getByRole('button', { name: '관리대장 검증' }).click();
  await page.getByRole('dialog', { name: '관리대장 검증' }).getByRole('button', { name: '검증 시작' }).click();
  await expect(page.getByRole('status').first()).toContainText('파기 1건');
  await page.keyboard.press('Escape');

  // The certificate names the processors.
  const entry = page.getByRole('table', { name: '개인정보 파기 관리대장' }).getByRole('row', { name: /2026-0001/ });
  await entry.getByRole('button', { name: '확인서' }).click();
  await expect(page.locator('body[data-print-ready="true"]')).toBeAttached();
  const pdfPath = join(SCREENSHOTS, 'certificate-processor.pdf');
  writeFileSync(pdfPath, await page.pdf({ printBackground: true, preferCSSPageSize: true }));
  execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, join(SCREENSHOTS, 'certificate-processor')], { stdio: 'pipe' });
  const certificate = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  for (const expected of [
    '파기한 수탁자',
    'PREDAQ (대한민국)',
    '재수탁자 Mailjet SAS (Sinch Email) (프랑스)',
    '쪽 1 / 1',
    '수탁자 파기',
    'PREDAQ_파기확인서.pdf',
  ]) {
    expect(certificate, expected).toContain(expected.replace(/\s+/g, ''));
  }

  // Back on the inventory: the processor is ended now.
  await page.goto(`${page.url().split('#')[0]}#/processors`);
  await expect(
    page
      .getByRole('table', { name: '처리위탁 현황 (수탁자)' })
      .getByRole('row', { name: /PREDAQ/ })
      .first(),
  ).toContainText('종료(파기 완료)');
});
