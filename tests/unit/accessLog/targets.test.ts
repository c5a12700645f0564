import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AccessLogRow } from '../../../shared/accessLog/contract.ts';
import { accountText } from '../../../shared/accessLog/labels.ts';
import { DEMO_ACCOUNTS } from '../../../electron/accounts/fixtures.ts';
import { newSession } from '../../../electron/session.ts';
import { DEMO_FILES } from '../../../electron/register/fixtures.ts';
import { attempt, run } from '../../support/ledger.ts';
import { demoClinic, demoCopy } from '../../support/demo.ts';
import type { TestApp } from '../../support/tempdb.ts';

// The access log as a person reviews it each month (the demo clinic's year): targets in words —
// "계정 이하은", "개인정보파일 ‘예약 신청서 묶음 (2026년 1월)’", "관리대장 2026-0002" — never ids and
// hashes; the login a failed sign-in typed; and a search that finds what the view shows.

let base: TestApp;
let copy: TestApp;

beforeAll(async () => {
  base = await demoClinic();
}, 120_000);

afterAll(async () => {
  await base.close();
});

afterEach(async () => {
  await copy.close();
});

function director() {
  const demo = demoCopy(base, '2026-11-24T09:00:00+09:00');
  copy = demo.copy;
  return demo.as('director');
}

const words = (row: AccessLogRow | undefined) => row?.targetText.map((target) => target.ko);

async function everything(session: ReturnType<typeof director>, text?: string) {
  return (await run(copy.app, session, 'accessLog.list', { order: 'oldest', limit: 5000, ...(text ? { text } : {}) })).rows;
}

describe('the access log’s targets, as a person reads them', () => {
  it('names accounts, files, requests by their ledger serial and attachments by file name; each once, no hashes', async () => {
    const officer = director();
    const rows = await everything(officer);
    // Creating an account also registers its signing key in the ledger (an entry without a serial; entry 3 is the setup's seal).
    expect(words(rows.find((row) => row.method === 'users.create'))).toEqual(['계정 이하은', '관리대장 4번 항목(서명 키 등록)']);
    const forms = DEMO_FILES.reservationForms.name;
    const request = rows.find((row) => row.method === 'disposal.request' && words(row)?.includes(`개인정보파일 ‘${forms}’`));
    expect(words(request)).toEqual([`개인정보파일 ‘${forms}’`, '관리대장 2026-0002', '첨부 ‘세단_사진.png’']);
    const approval = rows.filter((row) => row.method === 'disposal.approve')[1];
    expect(words(approval)).toEqual(['관리대장 2026-0002']);
    // The raw ids stay in the row (the log keeps only them), the words are resolved on listing.
    expect(approval?.targets.some((target) => /^ledger:\d+:[0-9a-f]{64}$/.test(target))).toBe(true);
    const shown = rows.flatMap((row) => row.targetText.map((target) => target.ko)).join('\n');
    expect(shown).not.toMatch(/[0-9a-f]{64}|pi_file:|user:\d|ledger:\d/);
    // The English view has the same things in its own words.
    expect(request?.targetText.map((target) => target.en)).toEqual([`File ‘${forms}’`, 'Ledger 2026-0002', 'Attachment ‘세단_사진.png’']);
  });

  it('shows the login a failed sign-in typed, for an unknown login and for a known one', async () => {
    const officer = director();
    await attempt(copy.app, newSession('test'), 'auth.signIn', { login: 'admin', password: 'guess#12345' });
    await attempt(copy.app, newSession('test'), 'auth.signIn', { login: 'clerk', password: 'guess#12345' });
    const failed = (await run(copy.app, officer, 'accessLog.list', { kind: 'denied' })).rows.slice(0, 2);
    expect(failed.map((row) => accountText(row))).toEqual(['clerk (로그인 시도)', 'admin (로그인 시도)']);
    expect(failed.map((row) => row.userId)).toEqual([null, null]);
  });

  it('finds entries by what they show: a file’s name, a ledger serial, a person’s name', async () => {
    const officer = director();
    const byFile = await everything(officer, '예약 신청서 묶음');
    expect(new Set(byFile.map((row) => row.method))).toEqual(
      new Set(['register.save', 'register.recordEvent', 'disposal.request', 'disposal.perform', 'disposal.approve']),
    );
    const bySerial = await everything(officer, '2026-0002');
    expect(bySerial.map((row) => row.method)).toEqual(expect.arrayContaining(['disposal.request', 'disposal.perform', 'disposal.approve']));
    expect(bySerial.every((row) => words(row)?.includes('관리대장 2026-0002'))).toBe(true);
    const clerk = DEMO_ACCOUNTS.find((account) => account.login === 'clerk');
    const byName = await everything(officer, clerk?.name);
    expect(byName.length).toBeGreaterThan(10);
    expect(byName.every((row) => row.userName === clerk?.name || words(row)?.includes(`계정 ${clerk?.name ?? ''}`))).toBe(true);
  });

  it('verification counts the entries by what they are: the destructions the list shows, and the records behind them', async () => {
    const officer = director();
    const report = await run(copy.app, officer, 'ledger.verify');
    const listed = await run(copy.app, officer, 'ledger.list', {});
    expect(report.ok).toBe(true);
    expect(report.counts.destruction).toBe(listed.length);
    // The installation key, the four demo people's keys and the three replaced when they set their own
    // passwords: the records that make the signatures trustworthy; then the seals of the access log and
    // the people's checkpoints; and the processors' confirmations of the reservations' destruction.
    expect(report.counts).toEqual({ destruction: 5, correction: 0, cctv: 0, copies: 3, accounts: 8, seals: 15 });
    expect(report.ledger.ok && report.ledger.entries).toBe(31);
  });

  it('exports and prints the same words (CSV: 대상 in words, the raw ids in their own column)', async () => {
    const officer = director();
    const { csv } = await run(copy.app, officer, 'accessLog.exportCsv', { text: '2026-0002' });
    const [header, first] = csv.replace('\uFEFF', '').split('\r\n');
    expect(header).toBe('번호,일시(KST),계정,이름,구분,작업,대상,결과,접속지,대상 ID');
    expect(first).toContain('관리대장 2026-0002');
    expect(first).toMatch(/disposal_request:\d+/);
  });
});
