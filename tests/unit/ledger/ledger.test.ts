import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { serializeBundle, verifyBundle, type LedgerBundle } from '../../../electron/ledger/bundle.ts';
import { canonicalJson } from '../../../shared/ledger/canonical.ts';
import type { LedgerContent, LedgerSignature } from '../../../shared/ledger/types.ts';
import { createAppContext, manualClock } from '../../../electron/context.ts';
import { keyFilePathFor } from '../../../electron/crypto/secrets.ts';
import { DEMO_ACCOUNTS } from '../../../electron/accounts/fixtures.ts';
import type { Printer } from '../../../electron/printing.ts';
import type { Session } from '../../../electron/session.ts';
import { cli, type CliRun } from '../../support/cli.ts';
import {
  PNG_BASE64,
  accessLogText,
  attempt,
  count,
  ledgerRow,
  ledgerRows,
  run,
  sha256,
  type LedgerRowRaw,
  type Sqlite,
} from '../../support/ledger.ts';
import { copyDatabase, openCopy, signedInAs } from '../../support/tamper.ts';
import { TEST_PASSWORD_COST, databaseOf, tempDir, type TestApp } from '../../support/tempdb.ts';

// The signed ledger (파기 관리대장) as an auditor checks it. `npm run cli -- demo` builds the file once
// (a clinic, four completed, signed destructions with a photo and a processor's letter, one awaiting
// approval); every test works on its own copy, in the app (dispatch) and with the CLI.

const password = (login: string) => DEMO_ACCOUNTS.find((a) => a.login === login)?.password ?? '?';
const DIRECTOR = password('director');
const CLERK = password('clerk');
/** Any Korean sentence: every reason is written for the person reading the report. */
const KOREAN = expect.stringMatching(/[가-힣]/);
const DEMO_ITEMS = [
  '이름·국적·생년월일·이메일',
  '이름·연락처·진료과·예약일시',
  '이름·주민등록번호·주소·연락처·진료 내용',
  '영상(얼굴·행동)',
];

let dir: string;
let removeDir: () => void;
let demoPath: string;
let demoRun: CliRun;

beforeAll(async () => {
  ({ dir, cleanup: removeDir } = tempDir('retention-desk-ledger-'));
  demoPath = join(dir, 'demo.db');
  demoRun = await cli(['demo', '--db', demoPath]);
});

afterAll(() => {
  removeDir();
});

let copy: TestApp;
let sqlite: Sqlite;
const opened: TestApp[] = [];
const cleanups: Array<() => void> = [];

afterEach(async () => {
  for (const app of opened.splice(0)) await app.close();
  for (const cleanup of cleanups.splice(0)) cleanup();
});

interface Windows {
  director: Session;
  clerk: Session;
  auditor: Session;
}

/** A copy of the demo file on 2026-11-24, with the officer's, the clerk's (admin) and the auditor's windows. */
function fresh(): Windows {
  copy = openCopy(demoPath, '2026-11-24T09:00:00+09:00');
  opened.push(copy);
  sqlite = databaseOf(copy.app).sqlite;
  const now = copy.clock.now();
  return { director: signedInAs(1, 'officer', now), clerk: signedInAs(2, 'admin', now), auditor: signedInAs(4, 'auditor', now) };
}

async function cliVerify(): Promise<{ code: number; report: Record<string, unknown> }> {
  await copy.app.close();
  const result = await cli(['verify', '--db', copy.dbPath]);
  return { code: result.code, report: result.stdout ? result.json() : {} };
}

const seqOf = (serial: string) => ledgerRow(sqlite, serial).seq;
const setContent = (seq: number, content: string) =>
  sqlite.prepare('UPDATE ledger_entries SET content = ? WHERE seq = ?').run(content, seq);
const replaceInContent = (serial: string, from: string, to: string) => {
  const row = ledgerRow(sqlite, serial);
  expect(row.content, `${serial} holds ${from}`).toContain(from);
  setContent(row.seq, row.content.replace(from, to));
  return row.seq;
};
const attachmentOf = (fileName: string) =>
  sqlite.prepare('SELECT id, sha256 FROM attachments WHERE file_name = ?').get(fileName) as { id: string; sha256: string };

describe('`cli demo`', () => {
  it('creates a demo file: the accounts with their passwords, five signed destructions, one awaiting approval; it verifies', async () => {
    expect(demoRun.code).toBe(0);
    expect(demoRun.json()).toMatchObject({
      ok: true,
      db: demoPath,
      clinic: '데모 튼튼병원',
      accounts: DEMO_ACCOUNTS.map(({ login, role, password: pass }) => ({ login, role, password: pass })),
    });
    const { director } = fresh();
    const destructions = ledgerRows(sqlite).filter((row) => row.kind === 'destruction');
    expect(destructions.length).toBeGreaterThanOrEqual(4);
    expect(destructions.map((row) => row.serial)).toEqual(['2026-0001', '2026-0002', '2026-0003', '2026-0004', '2026-0006']);
    const open = await run(copy.app, director, 'disposal.list', {});
    // The performer's signature took the next serial: it waits for approval under it. (The other open
    // request is a processor's destruction waiting for its 파기 확인서: no serial yet.)
    expect(open.map(({ status, serial, method }) => ({ status, serial, method }))).toEqual([
      { status: 'requested', serial: null, method: 'processor' },
      { status: 'performed', serial: '2026-0005', method: 'paper_incinerate' },
    ]);
    expect(open[1]).toMatchObject({ performedBy: { name: '이하은' } });
    expect(sqlite.prepare("SELECT value FROM meta WHERE key = 'demo'").pluck().get()).toBe('true');
    const entries = count(sqlite, 'ledger_entries');
    const { code, report } = await cliVerify();
    expect(code).toBe(0);
    // The list call above was logged; closing the copy sealed it: one seal more, nothing left unsealed.
    expect(report).toMatchObject({
      ok: true,
      chains: { ledger: { ok: true, entries: entries + 1 }, accessLog: { ok: true, unsealed: { entries: 0 } } },
    });
  });

  it('refuses a path that exists (exit 2), leaving the file untouched', async () => {
    const other = join(dir, 'clinic-notes.txt');
    writeFileSync(other, '병원의 파일');
    const refused = await cli(['demo', '--db', other]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/이미 있는 파일입니다/);
    expect(readFileSync(other, 'utf8')).toBe('병원의 파일');
    expect(existsSync(keyFilePathFor(other))).toBe(false);

    const before = sha256(readFileSync(demoPath));
    expect((await cli(['demo', '--db', demoPath])).code).toBe(2);
    expect(sha256(readFileSync(demoPath))).toBe(before);
  });
});

describe('verification in the app (ledger.verify)', () => {
  it('passes on the demo’s history, for the officer and the auditor alike', async () => {
    const { director, auditor } = fresh();
    const entries = count(sqlite, 'ledger_entries');
    const head = ledgerRows(sqlite).at(-1);
    for (const session of [director, auditor]) {
      expect(await run(copy.app, session, 'ledger.verify', {})).toMatchObject({
        ok: true,
        ledger: { ok: true, chain: 'ledger', entries, head: { seq: head?.seq, hash: head?.hash }, installationKeyId: expect.any(String) },
        accessLog: { ok: true },
      });
    }
  });

  it('still passes after the performer’s key is revoked (password reset): each signature is checked against the key valid then', async () => {
    const { director } = fresh();
    await run(copy.app, director, 'users.resetPassword', { userId: 2, temporaryPassword: 'Reset#Clerk2026', officerPassword: DIRECTOR });
    expect(
      ledgerRows(sqlite)
        .slice(-3)
        .map((row) => row.kind),
    ).toEqual(['key.revoke', 'key.register', 'audit.seal']);
    // The waiting request was signed with the revoked key: it cannot be approved any more.
    const waiting = (await run(copy.app, director, 'disposal.list', {})).find((request) => request.status === 'performed');
    const before = count(sqlite, 'ledger_entries');
    expect(await attempt(copy.app, director, 'disposal.approve', { requestId: waiting?.id, password: DIRECTOR })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('서명 키가 그 뒤 바뀌었습니다') },
    });
    expect(count(sqlite, 'ledger_entries')).toBe(before);
    expect(await run(copy.app, director, 'ledger.verify', {})).toMatchObject({ ok: true, ledger: { ok: true, entries: before } });
    const { code } = await cliVerify();
    expect(code).toBe(0);
  });
});

type Tamper = () => { entry: number; code: string; serial?: string; reason?: unknown };

const swapSignatureValues = (serial: string) => {
  const row = ledgerRow(sqlite, serial);
  const signatures = JSON.parse(row.signatures) as LedgerSignature[];
  const [performer, approver] = signatures;
  if (!performer || !approver) throw new Error('two signatures expected');
  [performer.signature, approver.signature] = [approver.signature, performer.signature];
  sqlite.prepare('UPDATE ledger_entries SET signatures = ? WHERE seq = ?').run(canonicalJson(signatures), row.seq);
  return row.seq;
};

describe('tampering with the file through plain SQL: named by the app and by `cli verify` (exit 1)', () => {
  const cases: Array<[string, Tamper]> = [
    [
      'the place inside a destruction’s record changed (still canonical JSON)',
      () => ({
        entry: replaceInContent('2026-0002', '"place":"행정실 (문서 세단기)"', '"place":"외부 파쇄업체"'),
        serial: '2026-0002',
        code: 'SIGNATURE_INVALID',
        reason: expect.stringContaining('처리담당자(이하은)'),
      }),
    ],
    [
      'the number of destroyed records lowered',
      () => ({
        entry: replaceInContent('2026-0001', '"countDestroyed":412', '"countDestroyed":41'),
        serial: '2026-0001',
        code: 'SIGNATURE_INVALID',
      }),
    ],
    [
      'the approval date (outside the performer’s record) changed',
      () => ({
        entry: replaceInContent('2026-0003', '"approvedOn":"2026-07-01"', '"approvedOn":"2026-06-30"'),
        serial: '2026-0003',
        code: 'SIGNATURE_INVALID',
        reason: expect.stringContaining('승인자(한지원)'),
      }),
    ],
    [
      'a middle entry deleted',
      () => {
        const seq = seqOf('2026-0002');
        sqlite.prepare('DELETE FROM ledger_entries WHERE seq = ?').run(seq);
        return { entry: seq, code: 'MISSING_ENTRY', reason: expect.stringContaining(`${seq}번`) };
      },
    ],
    [
      'the last destruction and everything after it deleted (the completed disposal still points at it)',
      () => {
        const seq = seqOf('2026-0004');
        sqlite.prepare('DELETE FROM ledger_entries WHERE seq >= ?').run(seq);
        return { entry: seq, code: 'MISSING_ENTRY', reason: expect.stringContaining('2026-0004') };
      },
    ],
    [
      'the performer’s and the approver’s signatures swapped inside one entry',
      () => ({ entry: swapSignatureValues('2026-0003'), serial: '2026-0003', code: 'SIGNATURE_INVALID' }),
    ],
    [
      'the evidence photo’s bytes replaced',
      () => {
        const photo = attachmentOf('세단_사진.png');
        sqlite.prepare('UPDATE attachments SET data = ? WHERE id = ?').run(Buffer.from('다른 사진'), photo.id);
        return {
          entry: seqOf('2026-0002'),
          serial: '2026-0002',
          code: 'ATTACHMENT_MISMATCH',
          reason: expect.stringContaining('세단_사진.png'),
        };
      },
    ],
    [
      'the evidence photo replaced together with its stored digest',
      () => {
        const photo = attachmentOf('세단_사진.png');
        const other = Buffer.from('다른 사진');
        sqlite
          .prepare('UPDATE attachments SET data = ?, sha256 = ?, size = ? WHERE id = ?')
          .run(other, sha256(other), other.length, photo.id);
        return { entry: seqOf('2026-0002'), serial: '2026-0002', code: 'ATTACHMENT_MISMATCH' };
      },
    ],
    [
      'the processor’s confirmation letter deleted',
      () => {
        sqlite.prepare('DELETE FROM attachments WHERE id = ?').run(attachmentOf('PREDAQ_파기확인서.pdf').id);
        return {
          entry: seqOf('2026-0003'),
          serial: '2026-0003',
          code: 'ATTACHMENT_MISSING',
          reason: expect.stringContaining('PREDAQ_파기확인서.pdf'),
        };
      },
    ],
    [
      'the confirmation letter behind a processor’s confirmation entry (destruction.processor) replaced',
      () => {
        const [entry] = sqlite
          .prepare("SELECT seq, content FROM ledger_entries WHERE kind = 'destruction.processor' AND content LIKE '%\"evidence\":{%'")
          .all() as Array<{ seq: number; content: string }>;
        if (!entry) throw new Error('the demo should have a processor confirmation with its letter');
        const { evidence } = (JSON.parse(entry.content) as LedgerContent<'destruction.processor'>).body;
        sqlite.prepare('UPDATE attachments SET data = ? WHERE id = ?').run(Buffer.from('다른 확인서'), evidence?.id);
        return { entry: entry.seq, code: 'ATTACHMENT_MISMATCH', reason: expect.stringContaining('PREDAQ_파기확인서.pdf') };
      },
    ],
    [
      'a destroyed reservation put back into the table',
      () => {
        const destroyed = sqlite
          .prepare(
            "SELECT reservation_id FROM reservation_disposal_rows JOIN disposal_requests r ON r.id = request_id WHERE r.serial = '2026-0006' LIMIT 1",
          )
          .pluck()
          .get() as number;
        const live = sqlite.prepare('SELECT * FROM reservations LIMIT 1').get() as Record<string, unknown>;
        const row = { ...live, id: destroyed, booking_id: 'BK-RESURRECTED' };
        const columns = Object.keys(row);
        sqlite
          .prepare(`INSERT INTO reservations (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
          .run(...Object.values(row));
        return {
          entry: seqOf('2026-0006'),
          serial: '2026-0006',
          code: 'RECORDS_MISMATCH',
          reason: expect.stringContaining(String(destroyed)),
        };
      },
    ],
    [
      'the list of what a reservations destruction destroyed rewritten',
      () => {
        sqlite
          .prepare(
            `DELETE FROM reservation_disposal_rows WHERE request_id = (SELECT id FROM disposal_requests WHERE serial = '2026-0006')
               AND reservation_id = (SELECT min(reservation_id) FROM reservation_disposal_rows d JOIN disposal_requests r ON r.id = d.request_id WHERE r.serial = '2026-0006')`,
          )
          .run();
        return { entry: seqOf('2026-0006'), serial: '2026-0006', code: 'RECORDS_MISMATCH' };
      },
    ],
    [
      'a processor marked as having confirmed, with another destruction’s letter, and no signed entry behind it',
      () => {
        const unconfirmed = sqlite.prepare('SELECT id FROM processor_confirmations WHERE confirmed_on IS NULL LIMIT 1').pluck().get();
        const letter = attachmentOf('PREDAQ_파기확인서.pdf');
        sqlite
          .prepare("UPDATE processor_confirmations SET confirmed_on = '2026-11-24', evidence_id = ? WHERE id = ?")
          .run(letter.id, unconfirmed);
        const [last] = sqlite
          .prepare("SELECT seq FROM ledger_entries WHERE kind = 'destruction.processor' ORDER BY seq DESC LIMIT 1")
          .pluck()
          .all() as number[];
        return { entry: last ?? 0, code: 'CONFIRMATION_MISMATCH' };
      },
    ],
    [
      'a processor’s signed confirmation deleted from the table the certificate counts from',
      () => {
        sqlite.prepare('DELETE FROM processor_confirmations WHERE confirmed_on IS NOT NULL').run();
        return { entry: expect.any(Number) as unknown as number, code: 'CONFIRMATION_MISMATCH' };
      },
    ],
    [
      'a destruction’s content set to null',
      () => {
        const seq = seqOf('2026-0002');
        setContent(seq, 'null');
        return { entry: seq, serial: '2026-0002', code: 'MALFORMED' };
      },
    ],
    [
      'a destruction’s body emptied (canonical JSON, no record)',
      () => {
        const row = ledgerRow(sqlite, '2026-0001');
        const content = JSON.parse(row.content) as LedgerContent;
        setContent(row.seq, canonicalJson({ ...content, body: { serial: '2026-0001' } }));
        return { entry: row.seq, serial: '2026-0001', code: 'MALFORMED' };
      },
    ],
    [
      'the signatures of an entry not a list',
      () => {
        const seq = seqOf('2026-0004');
        sqlite.prepare("UPDATE ledger_entries SET signatures = '{}' WHERE seq = ?").run(seq);
        return { entry: seq, serial: '2026-0004', code: 'MALFORMED' };
      },
    ],
    [
      'the serial column renumbered',
      () => {
        const seq = seqOf('2026-0004');
        sqlite.prepare("UPDATE ledger_entries SET serial = '2026-0005' WHERE seq = ?").run(seq);
        return { entry: seq, serial: '2026-0005', code: 'FIELD_MISMATCH' };
      },
    ],
    [
      'the approver’s signatures of two entries exchanged',
      () => {
        const [a, b] = [ledgerRow(sqlite, '2026-0002'), ledgerRow(sqlite, '2026-0004')];
        const [sa, sb] = [JSON.parse(a.signatures) as LedgerSignature[], JSON.parse(b.signatures) as LedgerSignature[]];
        const [approverA, approverB] = [sa[1], sb[1]];
        if (!approverA || !approverB) throw new Error('approver signatures expected');
        [approverA.signature, approverB.signature] = [approverB.signature, approverA.signature];
        const update = sqlite.prepare('UPDATE ledger_entries SET signatures = ? WHERE seq = ?');
        update.run(canonicalJson(sa), a.seq);
        update.run(canonicalJson(sb), b.seq);
        return { entry: a.seq, serial: '2026-0002', code: 'SIGNATURE_INVALID', reason: expect.stringContaining('승인자') };
      },
    ],
    [
      'two entries changed: the first one is named',
      () => {
        replaceInContent('2026-0004', '"place":"1층 행정실 녹화기"', '"place":"2층 보안실 녹화기"');
        return {
          entry: replaceInContent('2026-0001', '"place":"행정실 PC"', '"place":"행정실 노트북"'),
          serial: '2026-0001',
          code: 'SIGNATURE_INVALID',
        };
      },
    ],
  ];

  it.each(cases)('%s', async (_what, tamper) => {
    const { auditor } = fresh();
    const expected = tamper();
    const failure = {
      ok: false,
      chain: 'ledger',
      entry: expected.entry,
      code: expected.code,
      reason: expected.reason ?? KOREAN,
    };
    const serial = expected.serial ? { serial: expected.serial } : {};
    expect(await run(copy.app, auditor, 'ledger.verify', {})).toMatchObject({ ok: false, ledger: { ...failure, ...serial } });
    const { code, report } = await cliVerify();
    expect(code).toBe(1);
    expect(report).toEqual({ ...failure, ...serial });
  });

  it.each([
    [
      'a correction',
      (w: Windows) =>
        run(copy.app, w.director, 'ledger.correct', {
          serial: '2026-0002',
          reason: '장소 오기',
          correction: '파기 장소는 행정실 세단기',
          password: DIRECTOR,
        }),
    ],
    [
      'a key revocation and registration (password reset)',
      (w: Windows) =>
        run(copy.app, w.director, 'users.resetPassword', { userId: 3, temporaryPassword: 'Temp#Reset2026', officerPassword: DIRECTOR }),
    ],
  ])('the entries added by %s deleted, with the seal after them, are named: the access log anchored the append', async (_what, append) => {
    const windows = fresh();
    const before = count(sqlite, 'ledger_entries');
    await append(windows);
    const appended = sqlite.prepare("SELECT max(seq) FROM ledger_entries WHERE kind != 'audit.seal'").pluck().get() as number;
    sqlite.prepare('DELETE FROM ledger_entries WHERE seq > ?').run(before);
    const { code, report } = await cliVerify();
    expect(code).toBe(1);
    expect(report).toMatchObject({ ok: false, chain: 'ledger', entry: appended, code: 'MISSING_ENTRY' });
  });

  it('the newest seal deleted is named by the checkpoint kept beside the file (nothing inside the file points at it)', async () => {
    const { director } = fresh();
    await run(copy.app, director, 'ledger.correct', {
      serial: '2026-0002',
      reason: '장소 오기',
      correction: '행정실 세단기',
      password: DIRECTOR,
    });
    const seal = ledgerRows(sqlite).at(-1);
    expect(seal?.kind).toBe('audit.seal');
    sqlite.prepare('DELETE FROM ledger_entries WHERE seq = ?').run(seal?.seq);
    const { code, report } = await cliVerify();
    expect(code).toBe(1);
    expect(report).toMatchObject({ ok: false, chain: 'ledger', entry: seal?.seq, code: 'ROLLED_BACK' });
  });

  it('an untouched copy passes (control for the cases above)', async () => {
    fresh();
    const { code, report } = await cliVerify();
    expect(code).toBe(0);
    expect(report).toMatchObject({ ok: true });
  });
});

/** Exports a copy of the demo to a bundle, as the director, then removes the database: only the bundle is left. */
async function exportBundle(): Promise<{ path: string; text: string; run: CliRun }> {
  const { path: db, cleanup } = copyDatabase(demoPath);
  cleanups.push(cleanup);
  const out = join(dir, `bundle-${Math.random().toString(36).slice(2)}.json`);
  cleanups.push(() => rmSync(out, { force: true }));
  const exported = await cli(['export-ledger', '--db', db, '--out', out], { RD_USER: 'director', RD_PASSWORD: DIRECTOR });
  for (const file of [db, `${db}-wal`, `${db}-shm`, keyFilePathFor(db), `${db}.checkpoint.json`]) rmSync(file, { force: true });
  return { path: out, text: readFileSync(out, 'utf8'), run: exported };
}

/** What a forger writes after an edit: the bundle in the exporter's own canonical form, so only the edit shows. */
const rewrite = (path: string, bundle: unknown) => writeFileSync(path, serializeBundle(bundle as LedgerBundle));

describe('the auditor’s bundle', () => {
  it('holds the entries, the header, the evidence list and a signed head, and verifies with nothing else present', async () => {
    const { path, text, run: exported } = await exportBundle();
    expect(exported.code).toBe(0);
    const bundle = JSON.parse(text) as LedgerBundle;
    expect(exported.json()).toEqual({
      ok: true,
      out: path,
      entries: bundle.entries.length,
      installationKeyId: bundle.head?.keyId,
      signedHead: true,
    });
    expect(bundle.format).toBe('retention-desk.ledger-bundle');
    expect(bundle.version).toBe(2);
    expect(bundle.entries.filter((e) => e.kind === 'destruction').map((e) => e.serial)).toEqual([
      '2026-0001',
      '2026-0002',
      '2026-0003',
      '2026-0004',
      '2026-0006',
    ]);
    expect(bundle.entries.at(-1)?.kind).toBe('checkpoint');
    expect(bundle.attachments.map((a) => a.fileName).sort()).toEqual(['PREDAQ_파기확인서.pdf', 'PREDAQ_파기확인서.pdf', '세단_사진.png']);

    const verified = await cli(['verify', '--bundle', path]);
    expect(verified.code).toBe(0);
    expect(verified.json()).toMatchObject({
      ok: true,
      chain: 'ledger',
      entries: bundle.entries.length,
      head: { seq: bundle.entries.length, hash: bundle.entries.at(-1)?.hash },
      installationKeyId: bundle.head?.keyId,
      signedHead: true,
      exportedBy: { login: 'director', name: '한지원' },
      // No anchor was given: the report says plainly what that leaves unproven.
      unproven: [expect.stringContaining('인장 지문'), expect.stringContaining('QR'), expect.stringContaining('최신성')],
    });
  });

  it('a bundle with its last entries cut off fails: the installation key signed its head at export', async () => {
    const { path, text } = await exportBundle();
    const bundle = JSON.parse(text) as LedgerBundle;
    rewrite(path, { ...bundle, entries: bundle.entries.slice(0, -2) });
    const cut = await cli(['verify', '--bundle', path]);
    expect([cut.code, cut.json()]).toEqual([1, expect.objectContaining({ ok: false, code: 'HEADER_UNSIGNED' })]);
    const head = bundle.head as NonNullable<LedgerBundle['head']>;
    const shorter = bundle.entries.slice(0, -2);
    const last = shorter.at(-1) as LedgerRowRaw;
    rewrite(path, { ...bundle, entries: shorter, head: { ...head, seq: last.seq, hash: last.hash } });
    const forged = await cli(['verify', '--bundle', path]);
    expect([forged.code, forged.json()]).toEqual([1, expect.objectContaining({ ok: false, code: 'HEADER_UNSIGNED' })]);
  });

  it('holds no evidence bytes, password hashes, sealed keys or passwords', async () => {
    const { text } = await exportBundle();
    const { director } = fresh();
    const letter = await run(copy.app, director, 'disposal.attachment', {
      id: attachmentOf('PREDAQ_파기확인서.pdf').id,
    });
    const sealed = sqlite.prepare('SELECT sealed_private_key FROM signing_keys').pluck().all() as string[];
    const forbidden = [
      PNG_BASE64,
      PNG_BASE64.slice(0, 40),
      letter.dataBase64.slice(0, 40),
      'scrypt$',
      ...sealed.map((s) => s.slice(-40)),
      ...DEMO_ACCOUNTS.map((a) => a.password),
    ];
    for (const value of forbidden) expect(text, value).not.toContain(value);
    // The official form's columns (file names, 자료의 종류, staff names) are in it by design; record content is not.
    expect(text).toContain('recordIdsDigest');
  });

  it('lists the evidence the entries signed, each file once: a stored file no entry signed, or one renamed in the table, is not in it', async () => {
    const { auditor } = fresh();
    const letter = sqlite.prepare("SELECT * FROM attachments WHERE kind = 'processor_confirmation' LIMIT 1").get() as Record<
      string,
      unknown
    >;
    const stray = { ...letter, id: 'ffffffff-0000-4000-8000-000000000001', file_name: '누구도_서명하지_않은.pdf' };
    const columns = Object.keys(stray);
    sqlite
      .prepare(`INSERT INTO attachments (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
      .run(...Object.values(stray));
    sqlite.prepare('UPDATE attachments SET file_name = ? WHERE id = ?').run('바뀐_이름.pdf', letter.id);
    const exported = await run(copy.app, auditor, 'ledger.exportBundle', { password: password('auditor') });
    expect(verifyBundle(exported.json)).toMatchObject({ ok: true });
    const listed = (JSON.parse(exported.json) as LedgerBundle).attachments;
    expect(listed.map((a) => a.fileName).sort()).toEqual(['PREDAQ_파기확인서.pdf', 'PREDAQ_파기확인서.pdf', '세단_사진.png']);
    expect(new Set(listed.map((a) => a.id)).size).toBe(listed.length);
  });

  it('is made in the app by the officer or the auditor with their password; the admin may not export it', async () => {
    const { auditor, clerk } = fresh();
    const exported = await run(copy.app, auditor, 'ledger.exportBundle', { password: password('auditor') });
    expect(exported.fileName).toBe('관리대장_감사용_2026-11-24.json');
    expect(verifyBundle(exported.json)).toMatchObject({ ok: true, exportedBy: { login: 'auditor' } });
    expect(await attempt(copy.app, clerk, 'ledger.exportBundle', { password: CLERK })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const before = count(sqlite, 'ledger_entries');
    expect(await attempt(copy.app, auditor, 'ledger.exportBundle', { password: 'Wrong#Guess2026' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(count(sqlite, 'ledger_entries')).toBe(before);
  });

  it('a bundle edited afterwards fails, naming the entry (exit 1)', async () => {
    const { path, text } = await exportBundle();
    const bundle = JSON.parse(text) as LedgerBundle;
    const entry = bundle.entries.find((e) => e.serial === '2026-0002');
    if (!entry) throw new Error('no 2026-0002 in the bundle');
    entry.content = entry.content.replace('"place":"행정실 (문서 세단기)"', '"place":"외부 파쇄업체"');
    rewrite(path, bundle);
    const result = await cli(['verify', '--bundle', path]);
    expect(result.code).toBe(1);
    expect(result.json()).toMatchObject({ ok: false, entry: entry.seq, serial: '2026-0002', code: 'SIGNATURE_INVALID' });
  });

  it('a bundle with a middle entry left out fails', async () => {
    const { path, text } = await exportBundle();
    const bundle = JSON.parse(text) as LedgerBundle;
    rewrite(path, { ...bundle, entries: bundle.entries.filter((e) => e.seq !== 7) });
    const gap = await cli(['verify', '--bundle', path]);
    expect([gap.code, gap.json()]).toEqual([1, expect.objectContaining({ ok: false, entry: 7, code: 'MISSING_ENTRY' })]);
  });

  it.each([
    ['the clinic header', (b: LedgerBundle) => ({ ...b, clinic: { ...b.clinic, name: '다른 병원' } }), 'HEADER_MISMATCH'],
    ['the export time', (b: LedgerBundle) => ({ ...b, exportedAt: '2027-01-01T00:00:00.000Z' }), 'HEADER_MISMATCH'],
    [
      'an evidence digest',
      (b: LedgerBundle) => ({ ...b, attachments: b.attachments.map((a) => ({ ...a, sha256: '0'.repeat(64) })) }),
      'HEADER_MISMATCH',
    ],
    [
      'an evidence file name',
      (b: LedgerBundle) => ({ ...b, attachments: b.attachments.map((a) => ({ ...a, fileName: `x-${a.fileName}` })) }),
      'HEADER_MISMATCH',
    ],
  ])('a bundle whose header was edited (%s) fails (exit 1)', async (_what, edit, code) => {
    const { path, text } = await exportBundle();
    rewrite(path, edit(JSON.parse(text) as LedgerBundle));
    const result = await cli(['verify', '--bundle', path]);
    expect([result.code, result.json()]).toEqual([1, expect.objectContaining({ ok: false, code })]);
  });

  it('a file that is not a bundle is reported (exit 1, NOT_A_BUNDLE); a missing file or bad options exit 2', async () => {
    const notBundle = join(dir, 'not-a-bundle.json');
    writeFileSync(notBundle, JSON.stringify({ hello: '감사' }));
    const wrongShape = await cli(['verify', '--bundle', notBundle]);
    expect([wrongShape.code, wrongShape.json()]).toEqual([1, expect.objectContaining({ ok: false, entry: 0, code: 'NOT_A_BUNDLE' })]);
    writeFileSync(notBundle, '감사 자료가 아닙니다');
    const notJson = await cli(['verify', '--bundle', notBundle]);
    expect([notJson.code, notJson.json()]).toEqual([1, expect.objectContaining({ ok: false, code: 'NOT_A_BUNDLE' })]);

    const missing = await cli(['verify', '--bundle', join(dir, 'nowhere.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere.json');
    expect((await cli(['verify', '--bundle', notBundle, '--db', demoPath])).code).toBe(2);
  });

  it('export-ledger refuses to overwrite an existing file (exit 2)', async () => {
    const out = join(dir, 'existing-bundle.json');
    writeFileSync(out, '이전 묶음');
    const { path: db, cleanup } = copyDatabase(demoPath);
    cleanups.push(cleanup);
    const refused = await cli(['export-ledger', '--db', db, '--out', out]);
    expect(refused.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('이전 묶음');
  });
});

describe('ledger.lookup: the certificate’s QR code', () => {
  it('accepts the code of ledger.entry; a wrong hash, an unknown serial and garbage are told apart', async () => {
    const { auditor } = fresh();
    const certificate = await run(copy.app, auditor, 'ledger.entry', { serial: '2026-0002' });
    const row = ledgerRow(sqlite, '2026-0002');
    expect(certificate.qr).toBe(`RD1|2026-0002|${row.hash}`);
    expect(certificate).toMatchObject({
      clinic: { name: '데모 튼튼병원' },
      installationKeyId: expect.any(String),
      entry: { seq: row.seq },
    });

    const lookup = (code: string) => run(copy.app, auditor, 'ledger.lookup', { code });
    expect(await lookup(` ${certificate.qr}\n`)).toMatchObject({
      status: 'ok',
      serial: '2026-0002',
      entry: { hash: row.hash },
      report: { ok: true },
    });
    expect(await lookup(`RD1|2026-0002|${'0'.repeat(64)}`)).toMatchObject({ status: 'hash_mismatch', serial: '2026-0002' });
    expect(await lookup(`RD1|2026-0099|${row.hash}`)).toEqual({ status: 'not_found', serial: '2026-0099', entry: null, report: null });
    expect(await lookup('https://example.invalid/2026-0002')).toEqual({ status: 'unreadable', serial: null, entry: null, report: null });
    expect(await attempt(copy.app, auditor, 'ledger.lookup', { code: '  ' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('says chain_failed for an intact entry of a ledger that fails verification', async () => {
    const { auditor } = fresh();
    const certificate = await run(copy.app, auditor, 'ledger.entry', { serial: '2026-0001' });
    sqlite.prepare('UPDATE attachments SET data = ? WHERE id = ?').run(Buffer.from('x'), attachmentOf('세단_사진.png').id);
    expect(await run(copy.app, auditor, 'ledger.lookup', { code: certificate.qr })).toMatchObject({
      status: 'chain_failed',
      report: { ok: false, code: 'ATTACHMENT_MISMATCH', entry: seqOf('2026-0002') },
    });
  });
});

describe('ledger.correct: a correction is a new signed entry', () => {
  const correction = { serial: '2026-0002', reason: '파기 장소 오기', correction: '파기 장소는 행정실이 아니라 2층 문서 보관실입니다.' };

  it('appends destruction.correction with its own serial, leaves the original as it was, and still verifies', async () => {
    const { director, auditor } = fresh();
    const original = ledgerRow(sqlite, '2026-0002');
    const entries = count(sqlite, 'ledger_entries');
    const view = await run(copy.app, director, 'ledger.correct', { ...correction, password: DIRECTOR });
    expect(view).toMatchObject({ serial: '2026-0002', seq: original.seq, hash: original.hash });
    expect(view.corrections).toEqual([
      {
        serial: '2026-0007',
        reason: correction.reason,
        correction: correction.correction,
        recordedAt: copy.clock.now().toISOString(),
        officerName: '한지원',
      },
    ]);
    expect(ledgerRow(sqlite, '2026-0002')).toEqual(original);
    const added = ledgerRow(sqlite, '2026-0007');
    expect(added).toMatchObject({ seq: entries + 1, kind: 'destruction.correction' });
    const body = (JSON.parse(added.content) as LedgerContent<'destruction.correction'>).body;
    expect(body).toMatchObject({
      serial: '2026-0007',
      corrects: { serial: '2026-0002', seq: original.seq, hash: original.hash },
      officer: { userId: 1 },
    });

    const list = await run(copy.app, auditor, 'ledger.list', {});
    expect(list.map((e) => [e.serial, e.corrections.map((c) => c.serial)])).toEqual([
      ['2026-0001', []],
      ['2026-0002', ['2026-0007']],
      ['2026-0003', []],
      ['2026-0004', []],
      ['2026-0006', []],
    ]);
    // Corrections and destructions share the year's numbering: the waiting destruction keeps the serial its
    // performer signed (2026-0005), the reservations' destruction 2026-0006, the correction the next one.
    const waiting = (await run(copy.app, director, 'disposal.list', {})).find((request) => request.status === 'performed');
    expect(await attempt(copy.app, director, 'disposal.approve', { requestId: waiting?.id, password: DIRECTOR })).toMatchObject({
      ok: true,
      value: { serial: '2026-0005' },
    });
    // The correction and the destruction, each followed by the access-log seal the dispatcher adds.
    expect(await run(copy.app, auditor, 'ledger.verify', {})).toMatchObject({ ok: true, ledger: { entries: entries + 4 } });
    const { code } = await cliVerify();
    expect(code).toBe(0);
  });

  it('refuses a wrong password (counted), the admin, and an unknown serial — appending nothing', async () => {
    const { director, clerk } = fresh();
    const before = ledgerRows(sqlite);
    expect(await attempt(copy.app, director, 'ledger.correct', { ...correction, password: 'Wrong#Guess2026' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', fields: { password: expect.stringMatching(/[가-힣]/) } },
    });
    expect(sqlite.prepare('SELECT failed_attempts FROM users WHERE id = 1').pluck().get()).toBe(1);
    expect(await attempt(copy.app, clerk, 'ledger.correct', { ...correction, password: CLERK })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await attempt(copy.app, director, 'ledger.correct', { ...correction, serial: '2026-0099', password: DIRECTOR })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('2026-0099') },
    });
    expect(await attempt(copy.app, director, 'ledger.correct', { ...correction, reason: ' ', password: DIRECTOR })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { reason: '정정 사유를 입력해 주세요.' } },
    });
    expect(ledgerRows(sqlite)).toEqual(before);
  });

  it('a correction edited afterwards is named by verification', async () => {
    const { director } = fresh();
    await run(copy.app, director, 'ledger.correct', { ...correction, password: DIRECTOR });
    const seq = replaceInContent('2026-0007', '2층 문서 보관실', '3층 문서 보관실');
    const { code, report } = await cliVerify();
    expect(code).toBe(1);
    expect(report).toMatchObject({ ok: false, entry: seq, serial: '2026-0007', code: 'SIGNATURE_INVALID' });
  });
});

describe('ledger.exportCsv: the 파기 관리대장 for Excel', () => {
  const FORMULA = '=HYPERLINK("http://example.invalid","열기")';

  it('has a BOM, the official columns, one row per destroyed file, and neutralises formula-like names', async () => {
    const { director, clerk, auditor } = fresh();
    const saved = await run(copy.app, clerk, 'register.save', {
      name: FORMULA,
      items: '이름·연락처',
      mediaKind: 'electronic',
      locationKind: 'pc_folder',
      locationDetail: '행정실 PC',
      recordCount: 3,
      policyId: 2,
      createdOn: '2026-11-02',
      eventDate: '2026-11-20',
    });
    const requested = await run(copy.app, clerk, 'disposal.request', {
      items: [{ fileId: saved.id, count: 3 }],
      method: 'electronic_erase',
      reason: 'purpose_achieved',
      place: '@행정실 PC',
    });
    await run(copy.app, clerk, 'disposal.perform', { requestId: requested.id, performedOn: '2026-11-24', password: CLERK });
    await run(copy.app, director, 'disposal.approve', { requestId: requested.id, password: DIRECTOR });

    const exported = await run(copy.app, auditor, 'ledger.exportCsv', {});
    expect(exported.csv.startsWith('\uFEFF번호,')).toBe(true);
    expect(exported.fileName).toBe('파기관리대장_처음_2026-11-24.csv');
    const records = parse(exported.csv, { bom: true }) as string[][];
    const [header = [], ...rows] = records;
    expect(header.slice(0, 8)).toEqual([
      '번호',
      '개인정보 파일명',
      '자료의 종류',
      '생성일',
      '파기일',
      '파기사유',
      '처리담당자',
      '처리부서장 확인',
    ]);
    expect(header).toEqual(expect.arrayContaining(['파기승인일', '전체 보유건수', '파기건수', '현 보유건수', '파기방법', '파기장소']));
    expect(exported.rows).toBe(6);
    expect(rows.map((r) => r[0])).toEqual(['2026-0001', '2026-0002', '2026-0003', '2026-0004', '2026-0006', '2026-0007']);
    const column = (name: string) => header.indexOf(name);
    expect(rows[1]?.slice(0, 8)).toEqual([
      '2026-0002',
      '예약 신청서 묶음 (2026년 1월)',
      '종이문서',
      '2026-01-05',
      '2026-04-02',
      '처리목적 달성',
      '이하은 (행정실장)',
      '한지원 (병원장)',
    ]);
    expect(rows[1]?.[column('파기건수')]).toBe('86');
    expect(rows[4]?.[column('개인정보 파일명')]).toBe('홈페이지 예약자 정보');
    expect(rows[5]?.[column('개인정보 파일명')]).toBe(`'${FORMULA}`);
    expect(rows[5]?.[column('파기장소')]).toBe("'@행정실 PC");
    expect(rows.flat().filter((cell) => /^[=+@\t\r]/.test(cell))).toEqual([]);

    const second = await run(copy.app, auditor, 'ledger.exportCsv', {
      from: '2026-06-01',
      to: '2026-11-03',
    });
    expect((parse(second.csv, { bom: true }) as string[][]).slice(1).map((r) => r[0])).toEqual(['2026-0003', '2026-0004']);
  });
});

describe('the archived certificate (PDF kept with the entry)', () => {
  it('is stored as the entry’s certificate, outside the signed content and the bundle; verification still passes', async () => {
    const { path, cleanup } = copyDatabase(demoPath);
    cleanups.push(cleanup);
    const routes: string[] = [];
    const printer: Printer = {
      toPdf: async (route) => {
        routes.push(route);
        return Buffer.from(`%PDF-1.7\n% 파기 확인서 ${route}\n%%EOF`);
      },
    };
    const app = createAppContext({
      databasePath: path,
      clock: manualClock('2026-11-24T09:00:00+09:00'),
      printer,
      passwordCost: TEST_PASSWORD_COST,
    });
    opened.push({ app, dbPath: path, clock: manualClock('2026-11-24T09:00:00+09:00'), close: () => app.close() });
    const director = signedInAs(1, 'officer', new Date('2026-11-24T00:00:00Z'));
    const entryBefore = ledgerRow(databaseOf(app).sqlite, '2026-0002');
    const ref = await run(app, director, 'ledger.archiveCertificate', { serial: '2026-0002', password: DIRECTOR });
    expect(routes).toEqual(['/print/certificate/2026-0002']);
    expect(ref).toMatchObject({ kind: 'certificate_pdf', fileName: '파기확인서_2026-0002.pdf', mime: 'application/pdf' });
    expect(await run(app, director, 'ledger.entry', { serial: '2026-0002' })).toMatchObject({
      entry: { certificate: ref },
    });
    expect(ledgerRow(databaseOf(app).sqlite, '2026-0002')).toEqual(entryBefore);
    const completed = await run(app, director, 'disposal.list', { status: 'completed' });
    expect(completed.flatMap((d) => d.attachments).map((a) => a.kind)).not.toContain('certificate_pdf');
    const bundle = await run(app, director, 'ledger.exportBundle', { password: DIRECTOR });
    expect(bundle.json).not.toContain(ref.id);
    expect(await run(app, director, 'ledger.verify', {})).toMatchObject({ ok: true });
  });

  it('without a printer (CLI, tests) it is refused and nothing is stored', async () => {
    const { director } = fresh();
    const attachments = count(sqlite, 'attachments');
    expect(await attempt(copy.app, director, 'ledger.archiveCertificate', { serial: '2026-0002', password: DIRECTOR })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(count(sqlite, 'attachments')).toBe(attachments);
  });
});

describe('the access log of the demo', () => {
  it('names files, requests, evidence and entries by id only', async () => {
    const { auditor } = fresh();
    await run(copy.app, auditor, 'disposal.attachment', { id: attachmentOf('세단_사진.png').id });
    await run(copy.app, auditor, 'ledger.list', {});
    const log = accessLogText(sqlite);
    for (const value of [
      ...DEMO_ITEMS,
      '예약 신청서 묶음',
      '세단_사진.png',
      PNG_BASE64,
      PNG_BASE64.slice(0, 24),
      attachmentOf('세단_사진.png').sha256,
    ]) {
      expect(log, value).not.toContain(value);
    }
    expect(log).toContain(`attachment:${attachmentOf('세단_사진.png').id}`);
    expect(log).toContain(`attachment:${attachmentOf('PREDAQ_파기확인서.pdf').id}`);
  });
});

describe('a file whose tables were damaged', () => {
  it.each([
    ['the access log dropped', 'DROP TABLE access_log'],
    ['a ledger column renamed', 'ALTER TABLE ledger_entries RENAME COLUMN content TO contents'],
  ])('%s: `cli verify` reports it (exit 1) instead of crashing', async (_what, sql) => {
    fresh();
    sqlite.exec(sql);
    const { code, report } = await cliVerify();
    expect(code).toBe(1);
    expect(report).toMatchObject({ ok: false, reason: KOREAN });
  });

  it('the app shows a failed report for a damaged ledger table, not an error', async () => {
    const { auditor } = fresh();
    sqlite.exec('ALTER TABLE ledger_entries RENAME COLUMN content TO contents');
    expect(await run(copy.app, auditor, 'ledger.verify', {})).toMatchObject({ ok: false, ledger: { ok: false, reason: KOREAN } });
  });
});
