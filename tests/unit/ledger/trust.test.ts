import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { serializeBundle, type LedgerBundle } from '../../../electron/ledger/bundle.ts';
import { appendLedgerEntry, entryHash } from '../../../electron/ledger/append.ts';
import { checkpointPathFor } from '../../../electron/ledger/checkpointFile.ts';
import { openInstallationKey, openUserKey } from '../../../electron/accounts/keys.ts';
import { keyFilePathFor } from '../../../electron/crypto/secrets.ts';
import { signText } from '../../../electron/crypto/signing.ts';
import { createAppContext, manualClock } from '../../../electron/context.ts';
import { DEMO_ACCOUNTS } from '../../../electron/accounts/fixtures.ts';
import { canonicalJson } from '../../../shared/ledger/canonical.ts';
import { formatFingerprint } from '../../../shared/ledger/fingerprint.ts';
import { qrPayload } from '../../../shared/ledger/anchors.ts';
import type { DestructionBody, LedgerContent, LedgerSignature } from '../../../shared/ledger/types.ts';
import { cli, type CliRun } from '../../support/cli.ts';
import { rebuildHistory } from '../../support/forger.ts';
import { attempt, ledgerRow, ledgerRows, run, type Sqlite } from '../../support/ledger.ts';
import { copyDatabase, openCopy, rechainAccessLog, signedInAs } from '../../support/tamper.ts';
import { appendAccessEntry } from '../../../electron/ledger/accessChain.ts';
import { accessLogKey } from '../../../electron/ledger/accessKey.ts';
import { TEST_PASSWORD_COST, databaseOf, tempDir, type TestApp } from '../../support/tempdb.ts';

// The attacks of an outside auditor's review, each against the demo file (four signed destructions):
// bundles cut, unsigned, stale, padded or re-encoded; entries forged by someone holding some of the
// keys; a file rolled back with its anchors; a history rebuilt with the installation key. Each is
// refused by `verify` (the app's and the CLI's) when the matching anchor is given, and each report
// says what stays unproven when none is.

const password = (login: string) => DEMO_ACCOUNTS.find((a) => a.login === login)?.password ?? '?';
const DIRECTOR = password('director');

let dir: string;
let removeDir: () => void;
let demoPath: string;

beforeAll(async () => {
  ({ dir, cleanup: removeDir } = tempDir('retention-desk-trust-'));
  demoPath = join(dir, 'demo.db');
  const demo = await cli(['demo', '--db', demoPath]);
  if (demo.code !== 0) throw new Error(`cli demo failed: ${demo.stderr}`);
});

afterAll(() => removeDir());

const opened: TestApp[] = [];
const cleanups: Array<() => void> = [];
afterEach(async () => {
  for (const app of opened.splice(0)) await app.close();
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A copy of the demo, open in a test app at `at`. */
function copyAt(at = '2026-11-24T09:00:00+09:00'): { copy: TestApp; sqlite: Sqlite } {
  const copy = openCopy(demoPath, at);
  opened.push(copy);
  return { copy, sqlite: databaseOf(copy.app).sqlite };
}

/** The file of a copy, with the app closed: what `cli verify --db` reads. */
async function verifyDb(copy: TestApp, ...flags: string[]): Promise<CliRun> {
  await copy.app.close();
  return cli(['verify', '--db', copy.dbPath, ...flags]);
}

/** A bundle exported by the director from a copy of the demo; only the bundle file is left. */
async function exportBundle(source = demoPath): Promise<{ path: string; bundle: LedgerBundle; run: CliRun }> {
  const { path: db, cleanup } = copyDatabase(source);
  cleanups.push(cleanup);
  const out = join(dir, `bundle-${Math.random().toString(36).slice(2)}.json`);
  cleanups.push(() => rmSync(out, { force: true }));
  const exported = await cli(['export-ledger', '--db', db, '--out', out], { RD_USER: 'director', RD_PASSWORD: DIRECTOR });
  const bundle = exported.code === 0 ? (JSON.parse(readFileSync(out, 'utf8')) as LedgerBundle) : (null as unknown as LedgerBundle);
  return { path: out, bundle, run: exported };
}

const verifyBundleFile = (path: string, ...flags: string[]) => cli(['verify', '--bundle', path, ...flags]);
const rewrite = (path: string, bundle: LedgerBundle) => writeFileSync(path, serializeBundle(bundle));
const failed = (code: string) => [1, expect.objectContaining({ ok: false, code })];

describe('a bundle verifies closed', () => {
  it('with its head removed it fails; --allow-unsigned-head reads the content but says loudly that completeness is unproven', async () => {
    const { path, bundle } = await exportBundle();
    rewrite(path, { ...bundle, head: null });
    const refused = await verifyBundleFile(path);
    expect([refused.code, refused.json()]).toEqual(failed('UNSIGNED_HEAD'));
    const allowed = await verifyBundleFile(path, '--allow-unsigned-head');
    expect(allowed.code).toBe(0);
    expect(allowed.json()).toMatchObject({
      ok: true,
      signedHead: false,
      unproven: [
        expect.stringContaining('잘리지 않았는지 증명되지 않았습니다'),
        expect.any(String),
        expect.any(String),
        expect.any(String),
      ],
    });
  });

  it('cut and unsigned, or empty, it fails even with --allow-unsigned-head: the exporter’s signed checkpoint must end it', async () => {
    const { path, bundle } = await exportBundle();
    rewrite(path, { ...bundle, entries: bundle.entries.slice(0, -3), head: null });
    const cut = await verifyBundleFile(path, '--allow-unsigned-head');
    expect([cut.code, cut.json()]).toEqual(failed('HEADER_UNSIGNED'));
    rewrite(path, { ...bundle, entries: [], attachments: [], head: null });
    const empty = await verifyBundleFile(path, '--allow-unsigned-head');
    expect([empty.code, empty.json()]).toEqual(failed('EMPTY'));
  });

  it('an unknown field, a second "entries" key or an invalid UTF-8 byte is refused, not read past', async () => {
    const { path, bundle } = await exportBundle();
    const text = serializeBundle(bundle);
    writeFileSync(path, serializeBundle({ ...bundle, note: '검토 완료' } as LedgerBundle));
    expect((await verifyBundleFile(path)).json()).toMatchObject({ ok: false, code: 'NOT_A_BUNDLE' });
    const [first] = bundle.entries;
    writeFileSync(
      path,
      serializeBundle({ ...bundle, entries: [{ ...first, approvedBy: '원장' }, ...bundle.entries.slice(1)] } as LedgerBundle),
    );
    expect((await verifyBundleFile(path)).json()).toMatchObject({ ok: false, code: 'NOT_A_BUNDLE' });
    // JSON.parse keeps the last of two keys: a reader that kept the first would see another ledger.
    writeFileSync(path, text.replace('"entries":[', '"entries":[],"entries":['));
    const twice = await verifyBundleFile(path);
    expect([twice.code, twice.json()]).toEqual(failed('NOT_CANONICAL'));
    const bytes = Buffer.from(text, 'utf8');
    const at = bytes.indexOf(Buffer.from('행정실', 'utf8'));
    bytes[at + 1] = 0xff;
    writeFileSync(path, bytes);
    const mangled = await verifyBundleFile(path);
    expect([mangled.code, mangled.json()]).toEqual(failed('NOT_UTF8'));
  });

  it('the export refuses to write a bundle it cannot sign (the installation key cannot be opened here)', async () => {
    const { path: db, cleanup } = copyDatabase(demoPath);
    cleanups.push(cleanup);
    rmSync(keyFilePathFor(db));
    const out = join(dir, 'unsignable.json');
    const refused = await cli(['export-ledger', '--db', db, '--out', out], { RD_USER: 'director', RD_PASSWORD: DIRECTOR });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/[가-힣]/);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.partial`)).toBe(false);
  });
});

describe('anchors from outside the file', () => {
  it('--not-before refuses an older genuine export presented as today’s, for a bundle and for a database', async () => {
    const older = await exportBundle();
    const exportedAt = older.bundle.exportedAt;
    const later = new Date(Date.parse(exportedAt) + 60_000).toISOString();
    expect((await verifyBundleFile(older.path, '--not-before', exportedAt)).code).toBe(0);
    const stale = await verifyBundleFile(older.path, '--not-before', later);
    expect([stale.code, stale.json()]).toEqual(failed('STALE'));
    // A day is Seoul's day: the demo's entries are from 2026, not from the 2030s.
    expect((await verifyBundleFile(older.path, '--not-before', '2031-01-01')).json()).toMatchObject({ code: 'STALE' });

    const { copy } = copyAt();
    const db = await verifyDb(copy, '--not-before', '2031-01-01');
    expect([db.code, db.json()]).toEqual(failed('STALE'));
  });

  it('--expect-fingerprint: the seal printed on the certificates passes, another clinic’s is refused, for a bundle and a database', async () => {
    const { path, bundle } = await exportBundle();
    const seal = formatFingerprint(bundle.head?.keyId ?? '');
    const good = await verifyBundleFile(path, '--expect-fingerprint', seal);
    expect(good.code).toBe(0);
    expect(good.json<{ unproven: string[] }>().unproven.join(' ')).not.toContain('인장 지문');
    const other = await verifyBundleFile(path, '--expect-fingerprint', '0123 4567 89ab cdef 0123 4567 89ab cdef');
    expect([other.code, other.json()]).toEqual(failed('SEAL_MISMATCH'));

    const { copy } = copyAt();
    expect((await verifyDb(copy, '--expect-fingerprint', seal)).code).toBe(0);
    const { copy: second } = copyAt();
    expect((await verifyDb(second, '--expect-fingerprint', '0123456789abcdef0123456789abcdef')).json()).toMatchObject({
      code: 'SEAL_MISMATCH',
    });
  });

  it('--anchor: a certificate’s QR must find its entry with that hash; a cut or rewritten ledger is refused', async () => {
    const { path, bundle } = await exportBundle();
    const entry = bundle.entries.find((e) => e.serial === '2026-0004');
    if (!entry) throw new Error('2026-0004 expected');
    const qr = qrPayload('2026-0004', entry.hash);
    expect((await verifyBundleFile(path, '--anchor', qr)).code).toBe(0);
    const wrong = await verifyBundleFile(path, '--anchor', qrPayload('2026-0004', 'a'.repeat(64)));
    expect([wrong.code, wrong.json()]).toEqual(failed('ANCHOR_MISMATCH'));
    const missing = await verifyBundleFile(path, '--anchor', qrPayload('2026-0009', entry.hash));
    expect([missing.code, missing.json()]).toEqual(failed('ANCHOR_MISSING'));
    expect((await verifyBundleFile(path, '--anchor', '아무 글자')).code).toBe(2);

    const { copy } = copyAt();
    expect((await verifyDb(copy, '--anchor', qr)).code).toBe(0);
  });

  it('whoever holds only the installation key can rebuild a flawless history under the genuine seal: a certificate’s QR refuses it', async () => {
    const { copy } = copyAt();
    const key = await openInstallationKey(databaseOf(copy.app).db, copy.app.secrets);
    if (!key) throw new Error('the installation key should open');
    const { path, bundle } = await exportBundle();
    const genuine = bundle.entries.find((e) => e.serial === '2026-0002');
    if (!genuine) throw new Error('2026-0002 expected');
    const forged = rebuildHistory(bundle, key, (content) => {
      if (content.kind === 'destruction' && content.body.serial === '2026-0002') content.body.record.place = '외부 파쇄업체';
    });
    rewrite(path, forged);
    const seal = formatFingerprint(key.keyId);
    // Inside the file nothing is wrong, and the seal is the clinic's own.
    const alone = await verifyBundleFile(path, '--expect-fingerprint', seal);
    expect(alone.code).toBe(0);
    expect(alone.json<{ unproven: string[] }>().unproven.join(' ')).toContain('QR');
    // The certificate printed before the forgery carries the genuine entry's hash.
    const anchored = await verifyBundleFile(path, '--expect-fingerprint', seal, '--anchor', qrPayload('2026-0002', genuine.hash));
    expect([anchored.code, anchored.json()]).toEqual(failed('ANCHOR_MISMATCH'));
  });

  it('the app’s verify takes the same anchors: QR texts, the seal, a not-before time — and refuses bad ones with Korean messages', async () => {
    const { copy, sqlite } = copyAt();
    const auditor = signedInAs(4, 'auditor', copy.clock.now());
    const row = ledgerRow(sqlite, '2026-0001');
    const installation = sqlite
      .prepare('SELECT key_id FROM signing_keys WHERE user_id IS NULL AND revoked_at IS NULL')
      .pluck()
      .get() as string;
    const good = await run(copy.app, auditor, 'ledger.verify', {
      qr: [qrPayload('2026-0001', row.hash)],
      fingerprints: [formatFingerprint(installation)],
      notBefore: '2026-07-01',
    });
    expect(good).toMatchObject({ ok: true, unproven: [] });
    expect(await run(copy.app, auditor, 'ledger.verify', { qr: [qrPayload('2026-0001', 'b'.repeat(64))] })).toMatchObject({
      ok: false,
      failure: { chain: 'anchor', code: 'ANCHOR_MISMATCH', reason: expect.stringContaining('2026-0001') },
    });
    expect(await attempt(copy.app, auditor, 'ledger.verify', { qr: ['RD1|엉뚱한 글'] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'qr.0': expect.stringMatching(/[가-힣]/) } },
    });
    expect(await attempt(copy.app, auditor, 'ledger.verify', { notBefore: '지난주' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});

/** An entry appended straight into a copy by someone holding the keys named, then `verify --db`. */
async function forge(
  build: (keys: {
    officer: NonNullable<Awaited<ReturnType<typeof openUserKey>>>;
    installation: NonNullable<Awaited<ReturnType<typeof openInstallationKey>>>;
    genuine: LedgerContent<'destruction'>;
    genuineSignatures: LedgerSignature[];
  }) => { body: DestructionBody; performerSignature: LedgerSignature },
): Promise<CliRun> {
  const { copy, sqlite } = copyAt();
  const { db } = databaseOf(copy.app);
  const officer = await openUserKey(db, 1, DIRECTOR);
  const installation = await openInstallationKey(db, copy.app.secrets);
  if (!officer || !installation) throw new Error('keys should open');
  const row = ledgerRow(sqlite, '2026-0001');
  const { body, performerSignature } = build({
    officer,
    installation,
    genuine: JSON.parse(row.content) as LedgerContent<'destruction'>,
    genuineSignatures: JSON.parse(row.signatures) as LedgerSignature[],
  });
  await db.transaction().execute((trx) =>
    appendLedgerEntry(trx, {
      kind: 'destruction',
      serial: body.serial,
      body,
      recordedAt: copy.clock.now(),
      earlierSignatures: [performerSignature],
      signers: [{ role: 'approver', keyId: officer.keyId, privateKey: officer.privateKey }],
    }),
  );
  return verifyDb(copy);
}

describe('signatures bind what they sign', () => {
  it('an officer reusing an old performer signature under a new serial is refused: the performer signed the serial', async () => {
    const moved = await forge(({ genuine, genuineSignatures }) => ({
      body: { ...genuine.body, serial: '2026-0009' },
      performerSignature: genuineSignatures.find((s) => s.role === 'performer') as LedgerSignature,
    }));
    expect([moved.code, moved.json()]).toEqual(failed('FIELD_MISMATCH'));
    const renumbered = await forge(({ genuine, genuineSignatures }) => ({
      body: { ...genuine.body, serial: '2026-0009', record: { ...genuine.body.record, serial: '2026-0009' } },
      performerSignature: genuineSignatures.find((s) => s.role === 'performer') as LedgerSignature,
    }));
    expect([renumbered.code, renumbered.json()]).toEqual(failed('SIGNATURE_INVALID'));
  });

  it('the same signed record entered twice is refused: a request and a serial appear once', async () => {
    // The file's own UNIQUE index stops this inside the app; a bundle has no index, so verify must.
    const { copy, sqlite } = copyAt();
    const officer = await openUserKey(databaseOf(copy.app).db, 1, DIRECTOR);
    if (!officer) throw new Error('the officer key should open');
    const { path, bundle } = await exportBundle();
    const genuine = ledgerRow(sqlite, '2026-0001');
    const last = bundle.entries.at(-1) as LedgerBundle['entries'][number];
    const content = { ...(JSON.parse(genuine.content) as LedgerContent<'destruction'>), seq: last.seq + 1, prevHash: last.hash };
    const contentText = canonicalJson(content);
    const signatures = [
      (JSON.parse(genuine.signatures) as LedgerSignature[]).find((s) => s.role === 'performer'),
      { role: 'approver', keyId: officer.keyId, signs: 'content', signature: signText(officer.privateKey, contentText) },
    ] as LedgerSignature[];
    const duplicate = {
      seq: content.seq,
      kind: 'destruction',
      serial: '2026-0001',
      content: contentText,
      signatures: canonicalJson(signatures),
      hash: entryHash(content, signatures),
    };
    rewrite(path, { ...bundle, entries: [...bundle.entries, duplicate], head: null });
    const again = await verifyBundleFile(path, '--allow-unsigned-head');
    expect([again.code, again.json()]).toEqual([1, expect.objectContaining({ entry: duplicate.seq, code: 'DUPLICATE_RECORD' })]);
  });

  it('the installation key acting as the performer is refused: it never signs as a person', async () => {
    const result = await forge(({ genuine, installation }) => {
      const record = {
        ...genuine.body.record,
        serial: '2026-0009',
        requestId: 99,
        performer: { ...genuine.body.record.performer, keyId: installation.keyId },
      };
      return {
        body: { ...genuine.body, serial: '2026-0009', record },
        performerSignature: {
          role: 'performer',
          keyId: installation.keyId,
          signs: 'record',
          signature: signText(installation.privateKey, canonicalJson(record)),
        },
      };
    });
    expect([result.code, result.json()]).toEqual(failed('KEY_NOT_A_PERSON'));
  });

  it('a key made with a temporary password (which the officer who set it could open) cannot sign', async () => {
    const { copy } = copyAt();
    const director = signedInAs(1, 'officer', copy.clock.now());
    const created = await run(copy.app, director, 'users.create', {
      login: 'newclerk',
      name: '신입 직원',
      title: '직원',
      role: 'admin',
      temporaryPassword: 'Temp#Newclerk2026',
      officerPassword: DIRECTOR,
    });
    const { db, sqlite } = databaseOf(copy.app);
    // The officer knows the temporary password, so could open the key it sealed.
    const temporary = await openUserKey(db, created.id, 'Temp#Newclerk2026');
    const officer = await openUserKey(db, 1, DIRECTOR);
    if (!temporary || !officer) throw new Error('keys should open');
    const genuine = JSON.parse(ledgerRow(sqlite, '2026-0001').content) as LedgerContent<'destruction'>;
    const record = {
      ...genuine.body.record,
      serial: '2026-0009',
      requestId: 99,
      performer: { userId: created.id, login: 'newclerk', name: '신입 직원', title: '직원', keyId: temporary.keyId },
    };
    await db.transaction().execute((trx) =>
      appendLedgerEntry(trx, {
        kind: 'destruction',
        serial: '2026-0009',
        body: { ...genuine.body, serial: '2026-0009', record },
        recordedAt: copy.clock.now(),
        earlierSignatures: [
          { role: 'performer', keyId: temporary.keyId, signs: 'record', signature: signText(temporary.privateKey, canonicalJson(record)) },
        ],
        signers: [{ role: 'approver', keyId: officer.keyId, privateKey: officer.privateKey }],
      }),
    );
    const result = await verifyDb(copy);
    expect([result.code, result.json()]).toEqual([
      1,
      expect.objectContaining({ code: 'TEMPORARY_KEY', reason: expect.stringContaining('임시 비밀번호') }),
    ]);
  });
});

describe('the keys table agrees with the ledger (`verify --db`)', () => {
  it.each([
    [
      'an active key marked revoked (the app would refuse its holder)',
      (s: Sqlite) =>
        s.prepare("UPDATE signing_keys SET revoked_at = '2026-11-24T00:00:00.000Z' WHERE user_id = 2 AND revoked_at IS NULL").run(),
      'KEY_TABLE_MISMATCH',
    ],
    [
      'a revoked key made usable again in place of its holder’s current one',
      (s: Sqlite) => {
        const revoked = s
          .prepare('SELECT key_id, user_id FROM signing_keys WHERE revoked_at IS NOT NULL AND user_id IS NOT NULL LIMIT 1')
          .get() as {
          key_id: string;
          user_id: number;
        };
        s.prepare('DELETE FROM signing_keys WHERE user_id = ? AND revoked_at IS NULL').run(revoked.user_id);
        s.prepare('UPDATE signing_keys SET revoked_at = NULL WHERE key_id = ?').run(revoked.key_id);
      },
      'KEY_TABLE_MISMATCH',
    ],
    [
      'a person’s public key replaced',
      (s: Sqlite) =>
        s
          .prepare(
            'UPDATE signing_keys SET public_key = (SELECT public_key FROM signing_keys WHERE user_id = 2 AND revoked_at IS NULL) WHERE user_id = 1 AND revoked_at IS NULL',
          )
          .run(),
      'KEY_TABLE_MISMATCH',
    ],
    [
      'a key that the ledger never registered',
      (s: Sqlite) =>
        s
          .prepare(
            "INSERT INTO signing_keys (key_id, user_id, public_key, sealed_private_key, created_at, revoked_at) SELECT 'ffffffffffffffffffffffffffffffff', user_id, public_key, sealed_private_key, created_at, created_at FROM signing_keys WHERE user_id = 2 LIMIT 1",
          )
          .run(),
      'KEY_TABLE_EXTRA',
    ],
  ])('%s is named (exit 1)', async (_what, tamper, code) => {
    const { copy, sqlite } = copyAt();
    tamper(sqlite);
    const result = await verifyDb(copy);
    expect([result.code, result.json()]).toEqual([1, expect.objectContaining({ chain: 'keys', code })]);
  });
});

describe('a file cut or rolled back together with its anchors', () => {
  it('the newest entries, the requests that pointed at them and the newest access-log rows deleted together: the checkpoint beside the file names it', async () => {
    const { copy, sqlite } = copyAt();
    const director = signedInAs(1, 'officer', copy.clock.now());
    const before = ledgerRows(sqlite).length;
    const logBefore = sqlite.prepare('SELECT max(seq) FROM access_log').pluck().get() as number;
    await run(copy.app, director, 'ledger.correct', {
      serial: '2026-0002',
      reason: '장소 오기',
      correction: '행정실 세단기',
      password: DIRECTOR,
    });
    sqlite.prepare('DELETE FROM ledger_entries WHERE seq > ?').run(before);
    sqlite.prepare('DELETE FROM access_log WHERE seq > ?').run(logBefore);
    const inside = await verifyDb(copy);
    expect([inside.code, inside.json()]).toEqual([1, expect.objectContaining({ code: 'ROLLED_BACK' })]);
    // Started on it, the app opens on the recovery screen instead of writing into a file that lost its history.
    const reopened = createAppContext({
      databasePath: copy.dbPath,
      clock: manualClock('2026-11-25T09:00:00+09:00'),
      passwordCost: TEST_PASSWORD_COST,
    });
    const state = reopened.state();
    expect(state).toMatchObject({ ok: false, problem: { kind: 'rolled-back', chain: 'ledger' } });
    await reopened.close();
  });

  it('an older copy of the whole file put back in place opens on the recovery screen: the newer checkpoint remembers more', async () => {
    const { copy } = copyAt();
    const director = signedInAs(1, 'officer', copy.clock.now());
    await copy.app.close();
    const older = readFileSync(copy.dbPath);
    await copy.app.reopen();
    await run(copy.app, director, 'ledger.correct', {
      serial: '2026-0002',
      reason: '장소 오기',
      correction: '행정실 세단기',
      password: DIRECTOR,
    });
    await copy.app.close();
    rmSync(`${copy.dbPath}-wal`, { force: true });
    writeFileSync(copy.dbPath, older);
    expect(existsSync(checkpointPathFor(copy.dbPath))).toBe(true);
    expect((await copy.app.reopen()).ok).toBe(false);
    expect(copy.app.state()).toMatchObject({ ok: false, problem: { kind: 'rolled-back' } });
  });

  it('the demo file ends sealed: nothing in its access log is unsealed', async () => {
    const { copy } = copyAt();
    const result = await verifyDb(copy);
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({
      chains: { accessLog: { ok: true, unsealed: { entries: 0 }, keyed: true } },
      external: 'matches',
    });
  });
});

/** A read as the director after the demo's last seal, then that row rewritten and re-hashed without the access-log key. */
async function rewriteUnsealedRow(copy: TestApp, sqlite: Sqlite): Promise<number> {
  await run(copy.app, signedInAs(1, 'officer', copy.clock.now()), 'register.list', {});
  const seq = sqlite.prepare('SELECT max(seq) FROM access_log').pluck().get() as number;
  sqlite.prepare(`UPDATE access_log SET targets = '["pi_file:3"]' WHERE seq = ?`).run(seq);
  rechainAccessLog(sqlite, seq);
  return seq;
}

/** A destruction for a request that does not exist, signed with the demo's own keys and passwords, put straight into the table. */
async function slipInDestruction(copy: TestApp, sqlite: Sqlite, logIt: boolean): Promise<number> {
  const { db } = databaseOf(copy.app);
  const genuine = JSON.parse(ledgerRow(sqlite, '2026-0001').content) as LedgerContent<'destruction'>;
  const performer = genuine.body.record.performer;
  const [performerKey, officer] = await Promise.all([
    openUserKey(db, performer.userId, password(performer.login)),
    openUserKey(db, 1, DIRECTOR),
  ]);
  if (!performerKey || !officer) throw new Error('keys should open');
  const record = { ...genuine.body.record, serial: '2026-0099', requestId: 99 };
  const body: DestructionBody = { ...genuine.body, serial: '2026-0099', record };
  const performerSignature: LedgerSignature = {
    role: 'performer',
    keyId: performerKey.keyId,
    signs: 'record',
    signature: signText(performerKey.privateKey, canonicalJson(record)),
  };
  const entry = await db.transaction().execute(async (trx) => {
    const appended = await appendLedgerEntry(trx, {
      kind: 'destruction',
      serial: body.serial,
      body,
      recordedAt: copy.clock.now(),
      earlierSignatures: [performerSignature],
      signers: [{ role: 'approver', keyId: officer.keyId, privateKey: officer.privateKey }],
    });
    const key = await accessLogKey(copy.app, trx);
    if (logIt && key) {
      await appendAccessEntry(
        trx,
        {
          at: copy.clock.now().toISOString(),
          userId: 1,
          kind: 'call',
          method: 'disposal.approve',
          targets: [`ledger:${appended.seq}:${appended.hash}`],
          result: 'ok',
          terminal: 'test',
        },
        key,
      );
    }
    return appended;
  });
  return entry.seq;
}

/** The outside auditor's second review: holes found by a verifier written from docs/ledger-format.md alone. */
describe('what an outside auditor found', () => {
  it('a rewritten access-log row is never signed over: export and a person’s checkpoint refuse, and a seal forged over it still fails', async () => {
    const { copy, sqlite } = copyAt();
    const seq = await rewriteUnsealedRow(copy, sqlite);
    const director = signedInAs(1, 'officer', copy.clock.now());
    expect(await attempt(copy.app, director, 'ledger.exportBundle', { password: DIRECTOR })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('검증을 통과하지 못해') },
    });
    const entries = ledgerRows(sqlite).length;
    // Someone holding the installation key seals over it anyway: every MAC is checked, not only the unsealed ones.
    const { db } = databaseOf(copy.app);
    const installation = await openInstallationKey(db, copy.app.secrets);
    if (!installation) throw new Error('the installation key should open');
    const head = sqlite.prepare('SELECT seq, hash FROM access_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string };
    await db.transaction().execute((trx) =>
      appendLedgerEntry(trx, {
        kind: 'audit.seal',
        body: { accessLog: head, reason: 'scheduled' },
        recordedAt: copy.clock.now(),
        signers: [{ role: 'seal', keyId: installation.keyId, privateKey: installation.privateKey }],
      }),
    );
    expect(ledgerRows(sqlite).length).toBe(entries + 1);
    const result = await verifyDb(copy);
    expect([result.code, result.json()]).toEqual([1, expect.objectContaining({ chain: 'access_log', entry: seq, code: 'MAC_MISMATCH' })]);
  });

  it('a completed request pointing at another request’s entry, or a destruction no completed request owns, is named', async () => {
    const swapped = copyAt();
    const [first, second] = swapped.sqlite
      .prepare("SELECT id, ledger_seq, ledger_hash FROM disposal_requests WHERE status = 'completed' ORDER BY id LIMIT 2")
      .all() as Array<{ id: number; ledger_seq: number; ledger_hash: string }>;
    if (!first || !second) throw new Error('the demo has completed requests');
    const point = swapped.sqlite.prepare('UPDATE disposal_requests SET ledger_seq = ?, ledger_hash = ? WHERE id = ?');
    point.run(second.ledger_seq, second.ledger_hash, first.id);
    point.run(first.ledger_seq, first.ledger_hash, second.id);
    const crossed = await verifyDb(swapped.copy);
    expect([crossed.code, crossed.json()]).toEqual([1, expect.objectContaining({ code: 'REQUEST_MISMATCH' })]);

    const undone = copyAt();
    undone.sqlite.prepare("UPDATE disposal_requests SET status = 'performed' WHERE id = ?").run(first.id);
    const orphan = await verifyDb(undone.copy);
    expect([orphan.code, orphan.json()]).toEqual([1, expect.objectContaining({ code: 'REQUEST_MISMATCH' })]);
  });

  it('an entry put into the table with no call to log it is named, and one logged for a request that does not exist is too', async () => {
    const unlogged = copyAt();
    const seq = await slipInDestruction(unlogged.copy, unlogged.sqlite, false);
    const silent = await verifyDb(unlogged.copy);
    expect([silent.code, silent.json()]).toEqual([1, expect.objectContaining({ entry: seq, code: 'UNLOGGED_ENTRY' })]);

    const logged = copyAt();
    await slipInDestruction(logged.copy, logged.sqlite, true);
    const noRequest = await verifyDb(logged.copy);
    expect([noRequest.code, noRequest.json()]).toEqual([1, expect.objectContaining({ code: 'REQUEST_MISMATCH' })]);
  });

  it('a bundle saved with a byte-order mark is refused like any other added byte', async () => {
    const { path, bundle } = await exportBundle();
    writeFileSync(path, `\uFEFF${serializeBundle(bundle)}`);
    const result = await verifyBundleFile(path);
    expect([result.code, result.json()]).toEqual(failed('NOT_CANONICAL'));
  });

  it('a seal with a reason outside its list, or a body with a member no kind has, is refused even when correctly signed', async () => {
    const { path, bundle } = await exportBundle();
    const { copy } = copyAt();
    const installation = await openInstallationKey(databaseOf(copy.app).db, copy.app.secrets);
    if (!installation) throw new Error('the installation key should open');
    const resign = (index: number, edit: (body: Record<string, unknown>) => Record<string, unknown>) => {
      const entries = bundle.entries.slice(0, index);
      const original = bundle.entries[index] as LedgerBundle['entries'][number];
      const content = JSON.parse(original.content) as LedgerContent<'audit.seal'>;
      const changed = {
        ...content,
        body: edit(content.body as unknown as Record<string, unknown>),
      } as unknown as LedgerContent<'audit.seal'>;
      const text = canonicalJson(changed);
      const signatures: LedgerSignature[] = [
        { role: 'seal', keyId: installation.keyId, signs: 'content', signature: signText(installation.privateKey, text) },
      ];
      entries.push({ ...original, content: text, signatures: canonicalJson(signatures), hash: entryHash(changed, signatures) });
      return { ...bundle, entries, head: null };
    };
    const sealAt = bundle.entries.findIndex((e) => e.kind === 'audit.seal');
    rewrite(
      path,
      resign(sealAt, (body) => ({ ...body, reason: 'whenever' })),
    );
    const reason = await verifyBundleFile(path, '--allow-unsigned-head');
    expect([reason.code, reason.json()]).toEqual([1, expect.objectContaining({ entry: sealAt + 1, code: 'MALFORMED' })]);
    rewrite(
      path,
      resign(sealAt, (body) => ({ ...body, note: '확인함' })),
    );
    const extra = await verifyBundleFile(path, '--allow-unsigned-head');
    expect([extra.code, extra.json()]).toEqual([1, expect.objectContaining({ entry: sealAt + 1, code: 'MALFORMED' })]);
  });

  it('a seal naming an access-log head behind, or different from, the one before it is refused', async () => {
    const { path, bundle } = await exportBundle();
    const { copy } = copyAt();
    const installation = await openInstallationKey(databaseOf(copy.app).db, copy.app.secrets);
    if (!installation) throw new Error('the installation key should open');
    const seals = bundle.entries.filter((e) => e.kind === 'audit.seal');
    const firstSeal = JSON.parse((seals[0] as LedgerBundle['entries'][number]).content) as LedgerContent<'audit.seal'>;
    const last = bundle.entries.at(-1) as LedgerBundle['entries'][number];
    const backwards = {
      v: 1,
      seq: last.seq + 1,
      kind: 'audit.seal',
      prevHash: last.hash,
      recordedAt: copy.clock.now().toISOString(),
      body: { accessLog: firstSeal.body.accessLog, reason: 'scheduled' },
    } as LedgerContent<'audit.seal'>;
    const text = canonicalJson(backwards);
    const signatures: LedgerSignature[] = [
      { role: 'seal', keyId: installation.keyId, signs: 'content', signature: signText(installation.privateKey, text) },
    ];
    rewrite(path, {
      ...bundle,
      entries: [
        ...bundle.entries,
        {
          seq: backwards.seq,
          kind: 'audit.seal',
          serial: null,
          content: text,
          signatures: canonicalJson(signatures),
          hash: entryHash(backwards, signatures),
        },
      ],
      head: null,
    });
    const result = await verifyBundleFile(path, '--allow-unsigned-head');
    expect([result.code, result.json()]).toEqual([1, expect.objectContaining({ entry: backwards.seq, code: 'ACCESS_HEAD_MISMATCH' })]);
  });

  it('a bundle whose clinic header differs from the clinic the ledger signed says so; a QR hash in capitals is read', async () => {
    const { copy, sqlite } = copyAt();
    sqlite.prepare(`UPDATE clinic_profile SET name = '다른 병원'`).run();
    await copy.app.close();
    const { bundle, path } = await exportBundle(copy.dbPath);
    const entry = bundle.entries.find((e) => e.serial === '2026-0001') as LedgerBundle['entries'][number];
    const result = await verifyBundleFile(path, '--anchor', qrPayload('2026-0001', entry.hash.toUpperCase()));
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({ ok: true, unproven: expect.arrayContaining([expect.stringContaining('‘다른 병원’')]) });
  });

  it('without the access-log key, verify says the MACs went unchecked', async () => {
    const { copy } = copyAt();
    await copy.app.close();
    rmSync(keyFilePathFor(copy.dbPath));
    const result = await verifyDb(copy);
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({
      unproven: expect.arrayContaining([expect.stringContaining('키 서명(MAC)을 확인하지 않았습니다')]),
    });
  });
});
