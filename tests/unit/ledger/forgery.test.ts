import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/ledger/canonical.ts';
import type { LedgerContent, LedgerSignature } from '../../../shared/ledger/types.ts';
import { issueKey, signText } from '../../../electron/crypto/signing.ts';
import { dispatch } from '../../../electron/dispatch.ts';
import { entryHash } from '../../../electron/ledger/append.ts';
import { LAST_OFFICER_LOCK_MINUTES } from '../../../electron/accounts/handlers.ts';
import { openUserKey } from '../../../electron/accounts/keys.ts';
import { newSession, type Session } from '../../../electron/session.ts';
import { OFFICER, createAccount, setUpClinic, type TestAccount } from '../../support/accounts.ts';
import { SIGN_IN_REFUSED } from '../../../electron/accounts/passwords.ts';
import { attempt, fileInput, ledgerRows, photo, presetPolicy, run, saveFile, type Sqlite } from '../../support/ledger.ts';
import { databaseOf, testApp, type TestApp } from '../../support/tempdb.ts';

let t: TestApp;
let officer: Session;
let deputy: TestAccount;
let sqlite: Sqlite;

/** An officer performs and a second officer approves one destruction: an old record signature exists. */
beforeEach(async () => {
  t = testApp('2026-03-02T09:00:00+09:00');
  officer = await setUpClinic(t.app);
  deputy = await createAccount(t.app, officer, 'deputy', 'officer', '부책임자');
  const clerk = await createAccount(t.app, officer, 'clerk', 'admin');
  const policy = await presetPolicy(t.app, clerk.session, '예약', 'service-web-reservation', '예약 업무 종료일');
  const file = await saveFile(t.app, clerk.session, fileInput(policy, { eventDate: '2026-02-27' }));
  t.clock.set('2026-03-03T10:00:00+09:00');
  const request = await run(t.app, clerk.session, 'disposal.request', {
    items: [{ fileId: file.id, count: 86 }],
    method: 'paper_shred',
    reason: 'purpose_achieved',
    place: '행정실',
    attachments: [photo()],
  });
  officer.lastActivityAt = t.clock.now().getTime();
  await run(t.app, officer, 'disposal.perform', { requestId: request.id, performedOn: '2026-03-03', password: OFFICER.password });
  await run(t.app, deputy.session, 'disposal.approve', { requestId: request.id, password: deputy.password });
  sqlite = databaseOf(t.app).sqlite;
});
afterEach(() => t.close());

/** What someone with write access to the file, but no password, can append. */
function appendForged(
  kind: string,
  body: Record<string, unknown>,
  signatures: Array<LedgerSignature | ((text: string) => LedgerSignature)>,
  serial: string | null = null,
) {
  const head = ledgerRows(sqlite).at(-1);
  if (!head) throw new Error('empty ledger');
  // What a forger writes: any kind and any body, hashed and signed as the app would.
  const content = {
    v: 1,
    seq: head.seq + 1,
    kind,
    prevHash: head.hash,
    recordedAt: '2026-03-04T01:00:00.000Z',
    body,
  };
  const text = canonicalJson(content);
  const signed = signatures.map((s) => (typeof s === 'function' ? s(text) : s));
  sqlite
    .prepare('INSERT INTO ledger_entries (seq, kind, serial, content, signatures, hash) VALUES (?, ?, ?, ?, ?, ?)')
    .run(content.seq, kind, serial, text, canonicalJson(signed), entryHash(content, signed));
  return content.seq;
}

function performerSignatureAndRecord() {
  const row = ledgerRows(sqlite).find((r) => r.kind === 'destruction');
  if (!row) throw new Error('no destruction');
  const signature = (JSON.parse(row.signatures) as LedgerSignature[]).find((s) => s.role === 'performer');
  if (!signature) throw new Error('no performer signature');
  return { signature, record: (JSON.parse(row.content) as LedgerContent<'destruction'>).body.record };
}

const verify = async () => (await run(t.app, deputy.session, 'ledger.verify', {})).ledger;

/** A key registration for an officer nobody created, carrying a genuinely signed record along. */
function malloryOfficerKey(record: unknown) {
  const mallory = issueKey();
  return {
    keyId: mallory.keyId,
    publicKey: mallory.publicKey,
    userId: 77,
    login: 'mallory',
    name: 'Mallory',
    role: 'officer',
    reason: 'account.create',
    record,
  };
}

describe('a signature covers what its role signs for that kind of entry, nothing the entry claims', () => {
  it('an old performer signature cannot register a key by carrying the signed record along (claimed scope "record")', async () => {
    const { signature, record } = performerSignatureAndRecord();
    const seq = appendForged('key.register', malloryOfficerKey(record), [{ ...signature, role: 'registrar' }]);
    expect(await verify()).toMatchObject({ ok: false, entry: seq, code: 'SIGNATURE_SET' });
  });

  it('nor by claiming the right scope: the officer never signed that content', async () => {
    const { signature, record } = performerSignatureAndRecord();
    const seq = appendForged('key.register', malloryOfficerKey(record), [{ ...signature, role: 'registrar', signs: 'content' }]);
    expect(await verify()).toMatchObject({ ok: false, entry: seq, code: 'SIGNATURE_INVALID' });
  });

  it('an extra signature on an entry is refused', async () => {
    const { signature } = performerSignatureAndRecord();
    const row = ledgerRows(sqlite).find((r) => r.kind === 'destruction');
    if (!row) throw new Error('no destruction');
    const signatures = [...(JSON.parse(row.signatures) as LedgerSignature[]), { ...signature, role: 'approver' as const }];
    const content = JSON.parse(row.content) as LedgerContent;
    sqlite
      .prepare('UPDATE ledger_entries SET signatures = ?, hash = ? WHERE seq = ?')
      .run(canonicalJson(signatures), entryHash(content, signatures), row.seq);
    expect(await verify()).toMatchObject({ ok: false, entry: row.seq, code: 'SIGNATURE_SET' });
  });
});

describe('the two-signer rule is the one the ledger records', () => {
  it('waiving it in the settings table (not by a signed entry) lets the app approve, but verification names the entry', async () => {
    sqlite
      .prepare(
        "INSERT INTO settings (key, value) VALUES ('requireDistinctSigners', 'false') ON CONFLICT (key) DO UPDATE SET value = 'false'",
      )
      .run();
    const policy = await presetPolicy(t.app, officer, '예약2', 'service-web-reservation', '예약 업무 종료일');
    const file = await saveFile(t.app, officer, fileInput(policy, { name: '두 번째 묶음', eventDate: '2026-02-27' }));
    const request = await run(t.app, officer, 'disposal.request', {
      items: [{ fileId: file.id, count: 86 }],
      method: 'paper_shred',
      reason: 'purpose_achieved',
      place: '행정실',
    });
    await run(t.app, officer, 'disposal.perform', { requestId: request.id, performedOn: '2026-03-03', password: OFFICER.password });
    const approved = await run(t.app, officer, 'disposal.approve', {
      requestId: request.id,
      password: OFFICER.password,
    });
    expect(await verify()).toMatchObject({ ok: false, serial: approved.serial, code: 'POLICY_MISMATCH' });
  });

  it('waived by the officer’s signed entry, the same approval verifies', async () => {
    await run(t.app, officer, 'settings.update', { requireDistinctSigners: false, officerPassword: OFFICER.password });
    const policy = await presetPolicy(t.app, officer, '예약2', 'service-web-reservation', '예약 업무 종료일');
    const file = await saveFile(t.app, officer, fileInput(policy, { name: '두 번째 묶음', eventDate: '2026-02-27' }));
    const request = await run(t.app, officer, 'disposal.request', {
      items: [{ fileId: file.id, count: 86 }],
      method: 'paper_shred',
      reason: 'purpose_achieved',
      place: '행정실',
    });
    await run(t.app, officer, 'disposal.perform', { requestId: request.id, performedOn: '2026-03-03', password: OFFICER.password });
    await run(t.app, officer, 'disposal.approve', { requestId: request.id, password: OFFICER.password });
    expect(await verify()).toMatchObject({ ok: true });
  });
});

describe('a bundle that is not what it seems', () => {
  it('an entry signed by valid keys but malformed inside is reported (MALFORMED), not thrown', async () => {
    const performer = await openUserKey(databaseOf(t.app).db, 1, OFFICER.password);
    const approver = await openUserKey(databaseOf(t.app).db, deputy.id, deputy.password);
    if (!performer || !approver) throw new Error('keys did not open');
    const { record } = performerSignatureAndRecord();
    const broken = { ...record, serial: '2026-0002', requestId: 999, attachments: null };
    const approval = {
      approver: { userId: deputy.id, login: 'deputy', name: '부책임자', title: '직원', keyId: approver.keyId },
      approvedOn: '2026-03-04',
      approvedAt: '',
    };
    appendForged(
      'destruction',
      { serial: '2026-0002', record: broken, approval, requireDistinctSigners: true },
      [
        { role: 'performer', keyId: performer.keyId, signs: 'record', signature: signText(performer.privateKey, canonicalJson(broken)) },
        (text) => ({ role: 'approver', keyId: approver.keyId, signs: 'content', signature: signText(approver.privateKey, text) }),
      ],
      '2026-0002',
    );
    expect(await run(t.app, deputy.session, 'ledger.verify', {})).toMatchObject({ ok: false, failure: { code: 'MALFORMED' } });
    // Nor is such a file signed and sent out as a bundle.
    expect(await attempt(t.app, deputy.session, 'ledger.exportBundle', { password: deputy.password })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });
});

const signInAsOfficer = (password: string) => dispatch(t.app, newSession('test'), 'auth.signIn', { login: OFFICER.login, password });
const wrong = () => signInAsOfficer('Wrong#Guess2026');
const right = () => signInAsOfficer(OFFICER.password);

describe('the last officer cannot be locked out for good', () => {
  it('while another officer can unlock it, the lock stays', async () => {
    for (let i = 0; i < 5; i += 1) await wrong();
    t.clock.advanceMinutes(LAST_OFFICER_LOCK_MINUTES + 1);
    expect(await right()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: SIGN_IN_REFUSED } });
  });

  it(`with no other usable officer, it lifts after ${LAST_OFFICER_LOCK_MINUTES} minutes, and not before`, async () => {
    sqlite.prepare("UPDATE users SET disabled_at = '2026-03-03T00:00:00Z' WHERE login = 'deputy'").run();
    for (let i = 0; i < 5; i += 1) await wrong();
    expect(await right()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: SIGN_IN_REFUSED } });
    t.clock.advanceMinutes(LAST_OFFICER_LOCK_MINUTES + 1);
    expect(await right()).toMatchObject({ ok: true });
    // The count starts afresh: one more wrong password does not lock it again.
    expect(await wrong()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: SIGN_IN_REFUSED } });
    expect(sqlite.prepare('SELECT failed_attempts, locked_at FROM users WHERE id = 1').get()).toEqual({
      failed_attempts: 1,
      locked_at: null,
    });
  });
});

describe('sign-in tells an outsider nothing', () => {
  it('an unknown login, a wrong password, a locked and a disabled account all get one message', async () => {
    await run(t.app, deputy.session, 'users.disable', { userId: 1, officerPassword: deputy.password });
    const signIn = (login: string, password: string) => dispatch(t.app, newSession('test'), 'auth.signIn', { login, password });
    const generic = { ok: false, error: { code: 'UNAUTHENTICATED', message: SIGN_IN_REFUSED } };
    expect(await signIn('nobody', 'Wrong#Guess2026')).toEqual(generic);
    expect(await signIn(OFFICER.login, 'Wrong#Guess2026')).toEqual(generic);
    expect(await signIn(OFFICER.login, OFFICER.password)).toEqual(generic);
    for (let i = 0; i < 5; i += 1) await signIn('deputy', 'Wrong#Guess2026');
    expect(await signIn('deputy', deputy.password)).toEqual(generic);
    // The officer reviewing the log sees what happened: four failures, the fifth that locked the
    // account, and the right password refused because of the lock.
    const deputyId = sqlite.prepare("SELECT id FROM users WHERE login = 'deputy'").pluck().get();
    const results = sqlite
      .prepare("SELECT result FROM access_log WHERE method = 'auth.signIn' AND targets LIKE ? ORDER BY seq DESC LIMIT 6")
      .pluck()
      .all(`%"user:${String(deputyId)}"%`);
    expect(results.reverse()).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'LOCKED', 'LOCKED']);
  });
});
