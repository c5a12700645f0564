import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../../electron/accounts/fixtures.ts';
import { seedDemo } from '../../../electron/demo/builder.ts';
import { newSession, signIn, type Session } from '../../../electron/session.ts';
import { testApp, type TestApp } from '../../support/tempdb.ts';
import { present, run } from '../../support/ledger.ts';

let t: TestApp;
let clerk: Session;

beforeAll(async () => {
  t = testApp();
  await seedDemo(t.app, t.clock);
  t.clock.set('2026-11-24T09:00:00+09:00');
  clerk = newSession('test');
  // The demo's second account (id 2) is the admin office's clerk.
  if (DEMO_ACCOUNTS[1]?.login !== 'clerk') throw new Error('demo accounts changed');
  signIn(clerk, { id: 2, role: 'admin', mustChangePassword: false }, t.clock.now());
  // Building the demo clinic signs a dozen records (the other demo tests allow it as long).
}, 120_000);
afterAll(() => t.close());

describe('the register as a spreadsheet', () => {
  it('has a BOM, Korean headers, one row per file held, and neutralises a formula-like name', async () => {
    const policies = await run(t.app, clerk, 'policies.list');
    const events = policies.find((p) => p.name === '이벤트·설문 참여 정보');
    await run(t.app, clerk, 'register.save', {
      name: '=HYPERLINK("http://evil.example","열기")',
      items: '이름',
      mediaKind: 'electronic',
      locationKind: 'pc_folder',
      locationDetail: 'D:\\\\행사',
      recordCount: 3,
      policyId: present(events?.id),
      createdOn: '2026-11-01',
      eventDate: null,
    });
    const held = await run(t.app, clerk, 'register.list', {});
    const { fileName, csv, rows } = await run(t.app, clerk, 'register.exportCsv', {});
    expect(fileName).toBe('개인정보파일목록_2026-11-24.csv');
    expect(rows).toBe(held.length);
    expect(csv.startsWith('\uFEFF개인정보 파일명,개인정보 항목,자료의 종류,보관 위치,보유 건수')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(held.length + 1);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""열기"")"`);
    expect(csv).toContain('진료기록부 (2015년 진료 종결분)');
    expect(csv).not.toContain('홈페이지 예약 정보 (2026년 1분기)'); // destroyed: only with includeDestroyed
    const all = await run(t.app, clerk, 'register.exportCsv', { includeDestroyed: true });
    expect(all.csv).toContain('홈페이지 예약 정보 (2026년 1분기)');
  });
});
