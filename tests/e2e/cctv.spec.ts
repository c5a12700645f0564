import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createAccount, ok } from '../support/accounts.ts';
import { startOnvifResponder } from '../support/onvifResponder.ts';
import { addDays } from '../../shared/dates/calendar.ts';
import { footageDay } from '../../shared/cctv/footage.ts';
import { expect, SCREENSHOTS, signIn, test } from './harness.ts';

const squeeze = (text: string) => text.replace(/\s+/g, '');
const DAYS30 = { kind: 'fixed' as const, period: { length: 30, unit: 'day' as const }, countFirstDay: false };
const MONTH1 = { kind: 'fixed' as const, period: { length: 1, unit: 'month' as const }, countFirstDay: false };

async function pick(page: Page, scope: ReturnType<Page['getByRole']>, label: string, option: string | RegExp) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}

test('CCTV as the facilities team: two recorders, a month of confirmations, ONVIF proof, a police provision, a hold, a viewing request, the signed month and the printed 관리대장', async ({
  page,
  rd,
}) => {
  test.setTimeout(240_000);
  const officer = await rd.setUpClinic();
  const facility = await createAccount(rd.app, officer, 'facility', 'facilities', '박민호');
  const compliant = await startOnvifResponder({ mode: 'compliant', dataFrom: '2026-10-24T15:00:00Z', password: 'nvr-Secret#1' });
  const expired = await startOnvifResponder({ mode: 'expired', auth: 'wsse', dataFrom: '2026-09-30T15:00:00Z', password: 'dvr-Secret#2' });
  try {
    await rd.open(page, '/cctv');
    await signIn(page, facility.login, facility.password);
    await expect(page.getByRole('heading', { name: 'CCTV 녹화기와 보관기간' })).toBeVisible();
    // The facilities role works in this section alone.
    const nav = page.getByRole('navigation');
    await expect(nav.getByRole('link', { name: 'CCTV' })).toBeVisible();
    await expect(nav.getByRole('link', { name: '파기 관리대장' })).toHaveCount(0);

    // Two recorders: 30일 and 1개월.
    for (const [name, retention] of [
      ['NVR-1 (1층)', 'CCTV 영상 (30일)'],
      ['DVR-1 (방재실)', 'CCTV 영상 (1개월)'],
    ] as const) {
      await page.getByRole('button', { name: '녹화기 추가' }).click();
      const dialog = page.getByRole('dialog', { name: '녹화기 추가' });
      await dialog.getByLabel('녹화기 이름').fill(name);
      await dialog.getByLabel('카메라 대수').fill('2');
      await dialog.getByLabel('설치 장소·촬영 범위').fill('1층 로비, 출입구');
      await dialog.getByLabel('영상 보관 장소').fill('1층 행정실 녹화기');
      await pick(page, dialog, '보관기간', retention);
      await dialog.getByRole('button', { name: '저장' }).click();
      await expect(page.getByText('녹화기 정보를 저장했습니다.').last()).toBeVisible();
    }
    const recorders = await ok(rd.app, facility.session, 'cctv.recorders.list', {});
    const nvr = recorders.find((r) => r.retentionPresetId === 'cctv-30d');
    const dvr = recorders.find((r) => r.retentionPresetId === 'cctv-1m');
    if (!nvr || !dvr) throw new Error('recorders missing');

    // A camera through the dialog; an operating-room camera on the 1개월 recorder is refused at the field.
    await page.getByRole('button', { name: '카메라 추가' }).click();
    const cam = page.getByRole('dialog', { name: '카메라 추가' });
    await pick(page, cam, '녹화기', /DVR-1/);
    await cam.getByLabel('카메라 번호').fill('D-01');
    await cam.getByRole('textbox', { name: '위치', exact: true }).fill('3층 수술실');
    await cam.getByRole('textbox', { name: '촬영 범위', exact: true }).fill('수술대');
    await cam.getByRole('checkbox', { name: /수술실 카메라/ }).click();
    await cam.getByRole('button', { name: '저장' }).click();
    await expect(cam.getByText(/30일보다 짧은 달이 있습니다/)).toBeVisible();
    await page.screenshot({ path: join(SCREENSHOTS, 'cctv-camera-or-refused.png') });
    await cam.getByRole('checkbox', { name: /수술실 카메라/ }).click();
    await cam.getByRole('textbox', { name: '위치', exact: true }).fill('방재실 출입문');
    await cam.getByRole('textbox', { name: '촬영 범위', exact: true }).fill('출입문');
    await cam.getByRole('button', { name: '저장' }).click();
    await expect(page.getByText('카메라를 저장했습니다.').last()).toBeVisible();
    const lobby = await ok(rd.app, facility.session, 'cctv.cameras.save', {
      recorderId: nvr.id,
      number: 'C-01',
      location: '1층 로비',
      shootingRange: '로비 전체',
    });

    // A month of confirmations (September), each day confirmed the day it could be, but two days forgotten.
    const gaps = ['2026-09-17', '2026-09-18'];
    for (const [recorder, rule] of [
      [nvr, DAYS30],
      [dvr, MONTH1],
    ] as const) {
      for (let day = '2026-09-01'; day <= '2026-09-23'; day = addDays(day, 1)) {
        if (recorder === nvr && gaps.includes(day)) continue;
        await ok(rd.app, facility.session, 'cctv.log.fill', {
          recorderId: recorder.id,
          from: day,
          until: day,
          confirmedOn: footageDay(rule, day).deletableFrom,
          method: 'overwrite',
        });
      }
    }
    // The last week by hand in the app.
    await page.getByRole('tab', { name: '매일 삭제 확인' }).click();
    await pick(page, page.getByRole('tabpanel'), '촬영 월', '2026-09');
    for (const [recorder, confirmedOn] of [
      [/NVR-1/, '2026-11-04'],
      [/DVR-1/, '2026-11-05'],
    ] as const) {
      await pick(page, page.getByRole('tabpanel'), '녹화기', recorder);
      await page.getByRole('button', { name: '삭제 확인 입력' }).click();
      const fill = page.getByRole('dialog', { name: /삭제 확인 입력/ });
      await fill.getByLabel('촬영일(부터)').fill('2026-09-24');
      await fill.getByLabel('촬영일(까지)').fill('2026-09-30');
      await fill.getByLabel('확인일').fill(confirmedOn);
      await fill.getByRole('button', { name: '저장' }).click();
      await expect(page.getByText('7일을 확인했습니다(0일은 건너뜀).').last()).toBeVisible();
    }
    // 30일 and 1개월 part at the month end: 09-30 is kept through 10-30 under 30일, 10-31 under 1개월.
    const grid = (name: RegExp) => page.getByRole('table', { name });
    await expect(grid(/DVR-1/).getByRole('row', { name: /2026-09-30/ })).toContainText('2026-10-31');
    await pick(page, page.getByRole('tabpanel'), '녹화기', /NVR-1/);
    await expect(grid(/NVR-1/).getByRole('row', { name: /2026-09-30/ })).toContainText('2026-10-30');
    await expect(grid(/NVR-1/).getByRole('row', { name: /2026-09-17/ })).toContainText('확인 없음');
    await expect(grid(/NVR-1/).locator('tr[data-status="missing"]')).toHaveCount(2);
    await page.screenshot({ path: join(SCREENSHOTS, 'cctv-log-gaps.png'), fullPage: true });

    // A hold on the two days: they leave the due list, and come back when it is released.
    await page.getByRole('tab', { name: '보존 연장' }).click();
    await page.getByRole('button', { name: '보존 연장' }).click();
    const hold = page.getByRole('dialog', { name: '영상 보존 연장' });
    await hold.getByRole('combobox', { name: '카메라' }).click();
    await page.getByRole('option', { name: /C-01/ }).click();
    await hold.getByLabel('촬영일(부터)').fill('2026-09-17');
    await hold.getByLabel('촬영일(까지)').fill('2026-09-18');
    await hold.getByLabel('검토일').fill('2026-12-24');
    await hold.getByLabel('사유').fill('주차장 접촉 사고 분쟁');
    await hold.getByLabel('요청한 곳').fill('보험사');
    await hold.getByRole('button', { name: '저장' }).click();
    await expect(page.getByText('보존 연장을 등록했습니다.').last()).toBeVisible();
    await page.getByRole('tab', { name: '매일 삭제 확인' }).click();
    await expect(grid(/NVR-1/).locator('tr[data-status="missing"]')).toHaveCount(0);
    await expect(grid(/NVR-1/).locator('tr[data-status="held"]')).toHaveCount(2);
    await page.screenshot({ path: join(SCREENSHOTS, 'cctv-log-held.png'), fullPage: true });
    await page.getByRole('tab', { name: '보존 연장' }).click();
    await page.getByRole('button', { name: /2026-09-17 ~ 2026-09-18 작업/ }).click();
    await page.getByRole('menuitem', { name: '해제' }).click();
    await expect(page.getByText('보존 연장을 해제했습니다.').last()).toBeVisible();
    await page.getByRole('tab', { name: '매일 삭제 확인' }).click();
    await expect(grid(/NVR-1/).locator('tr[data-status="due"]')).toHaveCount(2);

    // ONVIF: the 30일 recorder is compliant, the 1개월 one still holds footage of 2026-10-01.
    await page.getByRole('tab', { name: '녹화기·카메라' }).click();
    for (const [name, url, password] of [
      ['NVR-1 (1층)', compliant.url, 'nvr-Secret#1'],
      ['DVR-1 (방재실)', expired.url, 'dvr-Secret#2'],
    ] as const) {
      await page.getByRole('button', { name: `${name} 작업` }).click();
      await page.getByRole('menuitem', { name: 'ONVIF 연결' }).click();
      const onvif = page.getByRole('dialog', { name: `${name} — ONVIF 연결 설정` });
      await onvif.getByLabel('녹화기 주소(device_service)').fill('http://8.8.8.8/onvif/device_service');
      await onvif.getByLabel('접속 아이디').fill('admin');
      await onvif.getByLabel('접속 비밀번호').fill(password);
      await onvif.getByRole('button', { name: '저장' }).click();
      await expect(onvif.getByText(/병원 내부망\(사설·루프백\) 주소가 아닙니다/)).toBeVisible();
      await onvif.getByLabel('녹화기 주소(device_service)').fill(url);
      await onvif.getByRole('button', { name: '저장' }).click();
      await expect(page.getByText(/ONVIF 연결을 저장했습니다/).last()).toBeVisible();
      await page
        .getByRole('row', { name: new RegExp(name.replace(/[()]/g, '\\$&')) })
        .getByRole('button', { name: '녹화기에서 조회' })
        .click();
    }
    const table = page.getByRole('table', { name: 'CCTV 녹화기와 보관기간' });
    await expect(table.getByRole('row', { name: /NVR-1/ })).toContainText('적합 — 가장 오래된 영상 2026-10-25');
    await expect(table.getByRole('row', { name: /DVR-1/ })).toContainText('보관기간 초과 영상 있음 — 가장 오래된 영상 2026-10-01');
    await page.screenshot({ path: join(SCREENSHOTS, 'cctv-recorders-onvif.png'), fullPage: true });

    // The compliant read proved the released days gone (장비 조회): September closes into one signed entry.
    await page.getByRole('tab', { name: '매일 삭제 확인' }).click();
    await expect(grid(/NVR-1/).getByRole('row', { name: /2026-09-17/ })).toContainText('장비 조회');
    await page.getByRole('button', { name: '월 마감(서명)' }).click();
    const sign = page.getByRole('dialog', { name: /NVR-1 \(1층\) 2026-09 마감/ });
    await sign.getByLabel('비밀번호').fill(facility.password);
    await sign.getByRole('button', { name: '월 마감(서명)' }).click();
    await expect(page.getByText(/2026-09을\(를\) 마감했습니다/).last()).toBeVisible();
    await expect(page.getByText(/마감됨 — 관리대장 \d+번 항목 \(박민호/).last()).toBeVisible();
    await expect(page.getByRole('button', { name: '삭제 확인 입력' })).toHaveCount(0);
    const verified = await ok(rd.app, officer, 'ledger.verify', {});
    expect(verified.ok).toBe(true);
    expect(verified.kinds['cctv.month']).toBe(1);

    // The policy section and the signs, written from the devices.
    await page.getByRole('tab', { name: '운영·관리 방침' }).click();
    const policy = page.getByRole('textbox', { name: '운영·관리 방침' });
    await expect(policy).toHaveValue(/총 2대/);
    for (const expected of ['촬영일로부터 30일 이내', '촬영일로부터 1개월 이내', '관리책임자', '위탁하지 않습니다'])
      expect(await policy.inputValue()).toContain(expected);
    await expect(page.getByLabel('1층 로비', { exact: true })).toContainText('촬영 범위: 로비 전체');
    await page.screenshot({ path: join(SCREENSHOTS, 'cctv-policy.png'), fullPage: true });

    // 개인영상정보 관리대장: a police provision needs its basis; a viewing request counts down its 10 days.
    await page.getByRole('tab', { name: '개인영상정보 관리대장' }).click();
    await page.getByRole('button', { name: '요청·제공 기록' }).click();
    const request = page.getByRole('dialog', { name: '요청·제공 기록' });
    await pick(page, request, '구분', '제3자 제공');
    await request.getByLabel('요구자·제공받는 자').fill('서울강남경찰서 형사과');
    await request.getByLabel('관계(본인·보호자·기관 등)').fill('수사기관');
    await request.getByLabel('목적·사유').fill('로비 절도 사건 수사');
    await request.getByRole('combobox', { name: '카메라' }).click();
    await page.getByRole('option', { name: /C-01/ }).click();
    await request.getByLabel('영상 시작 일시').fill('2026-11-20 14:00');
    await request.getByLabel('영상 끝 일시').fill('2026-11-20 15:00');
    await request.getByRole('button', { name: '저장' }).click();
    await expect(request.getByText(/이용·제공의 근거를 입력해 주세요/)).toBeVisible();
    await request.getByLabel('이용·제공 근거').fill('개인정보 보호법 제18조 제2항 제7호, 형사소송법 제199조');
    await request.getByRole('button', { name: '저장' }).click();
    await expect(page.getByText('관리대장에 기록했습니다.').last()).toBeVisible();
    const police = (await ok(rd.app, facility.session, 'cctv.requests.list', {}))[0];
    await ok(rd.app, facility.session, 'cctv.requests.record', {
      requestId: police?.id ?? 0,
      kind: 'provided',
      form: 'copy',
      medium: 'USB (MP4 1개)',
      masking: true,
      happenedAt: '2026-11-24 08:30',
    });
    const viewing = await ok(rd.app, facility.session, 'cctv.requests.save', {
      category: 'viewing',
      requesterName: '홍길동',
      requesterContact: '010-1234-5678',
      relation: '본인',
      purpose: '로비에서 잃어버린 지갑 확인',
      cameraIds: [lobby.id],
      rangeFrom: '2026-11-15 10:00',
      rangeUntil: '2026-11-15 11:00',
      receivedOn: '2026-11-16',
    });
    await page.reload();
    const register = page.getByRole('table', { name: '개인영상정보 관리대장' });
    const row = register.getByRole('row', { name: /홍길동/ });
    await expect(row).toContainText('2026-11-26');
    await expect(row).toContainText('D-2');
    await page.screenshot({ path: join(SCREENSHOTS, 'cctv-requests-countdown.png'), fullPage: true });
    await row.getByRole('button', { name: `#${viewing.id} 작업` }).click();
    await page.getByRole('menuitem', { name: '처리 기록' }).click();
    const event = page.getByRole('dialog', { name: `요청 ${viewing.id}번 처리 기록` });
    await event.getByLabel('일시').fill('2026-11-24 08:40');
    await pick(page, event, '결정', '허용');
    await event.getByRole('button', { name: '저장' }).click();
    await expect(page.getByText('처리 내용을 기록했습니다.').last()).toBeVisible();
    await row.getByRole('button', { name: `#${viewing.id} 작업` }).click();
    await page.getByRole('menuitem', { name: '처리 기록' }).click();
    await pick(page, event, '기록할 내용', '열람함');
    await event.getByLabel('일시').fill('2026-11-24 08:55');
    await pick(page, event, '제공 방법', '현장 열람');
    await event.getByLabel('열람한 사람').fill('홍길동');
    await event.getByRole('button', { name: '저장' }).click();
    await expect(row).toContainText('처리 완료');
    await expect(row).not.toContainText('D-2');

    // The printed 관리대장 for the period: the official columns, the provision with its basis.
    await page.getByLabel('기간(부터)').fill('2026-11-01');
    await page.getByLabel('기간(까지)').fill('2026-11-30');
    await page.getByRole('button', { name: '관리대장 인쇄' }).click();
    const sheet = page.getByRole('article', { name: '개인영상정보 관리대장' });
    await expect(sheet).toContainText('서울강남경찰서');
    await expect(page.locator('body[data-print-ready="true"]')).toBeAttached();
    const pdf = join(SCREENSHOTS, 'cctv-register-print.pdf');
    writeFileSync(pdf, await page.pdf({ printBackground: true, preferCSSPageSize: true }));
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(SCREENSHOTS, 'cctv-register-print')], { stdio: 'pipe' });
    const text = squeeze(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
    for (const expected of [
      '개인영상정보 관리대장',
      '번호',
      '구분',
      '파일명/형태',
      '담당자',
      '목적/사유',
      '이용·제공 근거',
      '이용·제공 형태',
      '기간: 2026-11-01 ~ 2026-11-30',
      '제공',
      '열람',
      '서울강남경찰서',
      '개인정보보호법제18조',
      '사본 제공',
      '현장 열람',
      '파기',
      '월마감',
      '총 3건',
      '쪽 1 / 1',
    ]) {
      expect(text, expected).toContain(squeeze(expected));
    }
  } finally {
    await compliant.close();
    await expired.close();
  }
});
