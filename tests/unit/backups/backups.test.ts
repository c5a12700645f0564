import { existsSync, readdirSync, readFileSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../../electron/accounts/fixtures.ts';
import { decryptBackup, formatRecoveryCode, parseRecoveryCode } from '../../../electron/backups/format.ts';
import { runDaily } from '../../../electron/daily/run.ts';
import { MAIN_DOMAINS } from '../../../electron/domains.ts';
import { addDays } from '../../../shared/dates/calendar.ts';
import { attempt, run } from '../../support/ledger.ts';
import { cli } from '../../support/cli.ts';
import { demoClinic, demoCopy } from '../../support/demo.ts';
import { databaseOf, tempDir, type TestApp } from '../../support/tempdb.ts';

// Backups: encrypted copies in a folder the clinic chooses, each with its own key kept in the live
// database and, for the recovery sheet, beside the file; restored only after decryption, integrity
// check and full ledger verification; expired after at most five days so that a destroyed record
// does not outlive its deadline in a backup.

const DIRECTOR = DEMO_ACCOUNTS.find((a) => a.login === 'director');
const OFFICER_ENV = { RD_USER: DIRECTOR?.login ?? '', RD_PASSWORD: DIRECTOR?.password ?? '' };

let base: TestApp;
const opened: TestApp[] = [];
const folders: Array<() => void> = [];

beforeAll(async () => {
  base = await demoClinic();
}, 120_000);

afterAll(async () => {
  await base.close();
});

afterEach(async () => {
  for (const app of opened.splice(0)) await app.close();
  for (const cleanup of folders.splice(0)) cleanup();
});

async function clinicWithBackups(at = '2026-11-24T09:05:00+09:00') {
  const { copy, as } = demoCopy(base, at);
  opened.push(copy);
  const { dir, cleanup } = tempDir('rd-backups-');
  folders.push(cleanup);
  const officer = as('director');
  await run(copy.app, officer, 'backups.saveSettings', { folder: dir });
  const sheet = await run(copy.app, officer, 'backups.issueRecovery', { password: DIRECTOR?.password ?? '' });
  return { copy, as, officer, folder: dir, sheet, sqlite: databaseOf(copy.app).sqlite };
}

const backupFiles = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.rdbackup'));
const storedKey = (sqlite: BetterSqlite3.Database, id: number) =>
  sqlite.prepare('SELECT key FROM backups WHERE id = ?').pluck().get(id) as Buffer | null;

describe('a backup', () => {
  it('is an encrypted, integrity-checked copy in the chosen folder, with its own key in the database and a key file for the sheet', async () => {
    const { copy, officer, folder, sqlite } = await clinicWithBackups();
    const first = await run(copy.app, officer, 'backups.run');
    const second = await run(copy.app, officer, 'backups.run');
    expect(first).toMatchObject({ keyKept: true, recoverable: true, expiresOn: '2026-11-29', trigger: 'manual' });
    expect(backupFiles(folder)).toEqual([first.fileName, second.fileName].sort());
    const bytes = readFileSync(join(folder, first.fileName));
    // Nothing of the clinic can be read from the file itself.
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(bytes.includes(Buffer.from('진료기록부', 'utf8'))).toBe(false);
    const key1 = storedKey(sqlite, first.id);
    const key2 = storedKey(sqlite, second.id);
    expect(key1?.length).toBe(32);
    expect(key1?.equals(key2 ?? Buffer.alloc(0))).toBe(false);
    // Decrypted, it is the clinic's database — without any backup's key or the recovery key.
    const { plain, header } = decryptBackup(bytes, key1 ?? Buffer.alloc(0));
    expect(header).toMatchObject({ backupId: first.id, madeOn: '2026-11-24' });
    const { dir, cleanup } = tempDir();
    folders.push(cleanup);
    writeFileSync(join(dir, 'plain.db'), plain);
    const inside = new BetterSqlite3(join(dir, 'plain.db'), { readonly: true });
    expect(inside.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(inside.prepare('SELECT count(*) FROM ledger_entries').pluck().get()).toBeGreaterThan(0);
    expect(inside.prepare('SELECT count(*) FROM backups WHERE key IS NOT NULL').pluck().get()).toBe(0);
    expect(inside.prepare('SELECT recovery_key FROM daily_config').pluck().get()).toBeNull();
    inside.close();
    // No plain copy is left beside the live file.
    expect(readdirSync(join(copy.dbPath, '..')).filter((name) => name.includes('.backup-'))).toEqual([]);
  });

  it('reports its progress to the window, and only the officer and the admin office may make one (the officer alone sets it up)', async () => {
    const { copy, officer, as } = await clinicWithBackups();
    const events: unknown[] = [];
    officer.emit = (event) => events.push(event);
    const made = await run(copy.app, officer, 'backups.run');
    expect(events).toContainEqual({ type: 'progress', task: 'backup', done: 4, total: 4 });
    expect(await attempt(copy.app, as('clerk'), 'backups.run')).toMatchObject({ ok: true });
    expect(await attempt(copy.app, as('clerk'), 'backups.saveSettings', { maxAgeDays: 3 })).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(await attempt(copy.app, as('auditor'), 'backups.run')).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(await attempt(copy.app, as('auditor'), 'backups.restore', { backupId: made.id, password: 'x' })).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    // The access log reads the backup by its file name.
    const log = await run(copy.app, officer, 'accessLog.list', { limit: 20, offset: 0, order: 'newest' });
    expect(JSON.stringify(log.rows)).toContain(made.fileName);
  });

  it('refuses a folder that is not there, and a maximum age longer than the five-day destruction deadline', async () => {
    const { copy, officer } = await clinicWithBackups();
    expect(await attempt(copy.app, officer, 'backups.saveSettings', { folder: '/nonexistent/usb' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { folder: expect.stringContaining('USB 등이 연결되어') } },
    });
    expect(await attempt(copy.app, officer, 'backups.saveSettings', { folder: 'usb' })).toMatchObject({ error: { code: 'VALIDATION' } });
    // The drive unplugged after it was chosen: the backup says so.
    databaseOf(copy.app).sqlite.prepare("UPDATE daily_config SET backup_folder = '/nonexistent/usb'").run();
    expect(await attempt(copy.app, officer, 'backups.run')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('백업 폴더에 쓸 수 없습니다') },
    });
    expect(await attempt(copy.app, officer, 'backups.saveSettings', { maxAgeDays: 6 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { maxAgeDays: expect.stringContaining('최대 5일') } },
    });
    expect(await attempt(copy.app, officer, 'backups.saveSettings', { runAt: '25:00' })).toMatchObject({ ok: false });
  });

  it('the recovery code on the sheet reads back however it is typed', () => {
    const secret = Buffer.from('0123456789abcdefghij');
    const code = formatRecoveryCode(secret);
    expect(code).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(parseRecoveryCode(code.toLowerCase().replaceAll('-', ' '))?.equals(secret)).toBe(true);
    expect(parseRecoveryCode('ABCD')).toBeNull();
  });
});

describe('restore', () => {
  it('after the main file is corrupted, the sheet’s code brings the backup back, its ledger verifies, and the broken file is kept aside', async () => {
    const { copy, officer, folder, sheet } = await clinicWithBackups();
    const backup = await run(copy.app, officer, 'backups.run');
    const ledgerCount = databaseOf(copy.app).sqlite.prepare('SELECT count(*) FROM ledger_entries').pluck().get();
    await copy.app.close();
    // A dead disk: the first pages of the file are garbage.
    const fd = openSync(copy.dbPath, 'r+');
    writeSync(fd, Buffer.alloc(8192, 0x5a), 0, 8192, 0);
    closeSync(fd);
    expect((await cli(['verify', '--db', copy.dbPath])).code).not.toBe(0);

    const withoutCode = await cli(['restore', '--db', copy.dbPath, '--from', join(folder, backup.fileName)], OFFICER_ENV);
    expect(withoutCode.code).toBe(2);
    expect(withoutCode.stderr).toContain('복구 코드');

    const wrongOfficer = await cli(['restore', '--db', copy.dbPath, '--from', join(folder, backup.fileName)], {
      ...OFFICER_ENV,
      RD_PASSWORD: 'wrong-password',
      RD_RECOVERY_CODE: sheet.code,
    });
    expect(wrongOfficer.code).toBe(3);

    const restored = await cli(['restore', '--db', copy.dbPath, '--from', join(folder, backup.fileName)], {
      ...OFFICER_ENV,
      RD_RECOVERY_CODE: sheet.code,
    });
    expect(restored.code).toBe(0);
    const result = restored.json<{ replacedPath: string; liveReadable: boolean; ledgerEntries: number }>();
    expect(result).toMatchObject({ backupId: backup.id, liveReadable: false, ledgerEntries: ledgerCount });
    expect(existsSync(result.replacedPath)).toBe(true);
    const verified = await cli(['verify', '--db', copy.dbPath]);
    expect(verified.code).toBe(0);
    expect(verified.json()).toMatchObject({ ok: true, chains: { ledger: { ok: true } } });
    // The restored file holds the backup's key again (from its key file and the sheet): the next drill can open it.
    const reopened = new BetterSqlite3(copy.dbPath, { readonly: true });
    expect(reopened.prepare('SELECT count(*) FROM backups WHERE key IS NOT NULL').pluck().get()).toBe(1);
    reopened.close();
    await copy.app.reopen();
  });

  it('a restore that would bring back destroyed records says which and refuses until accepted', async () => {
    const { copy, officer, folder, sqlite } = await clinicWithBackups();
    const backup = await run(copy.app, officer, 'backups.run');
    const requestId = sqlite.prepare("SELECT id FROM disposal_requests WHERE status = 'performed'").pluck().get() as number;
    const approved = await run(copy.app, officer, 'disposal.approve', { requestId, password: DIRECTOR?.password ?? '' });
    await copy.app.close();
    const from = join(folder, backup.fileName);
    const refused = await cli(['restore', '--db', copy.dbPath, '--from', from], OFFICER_ENV);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(approved.serial ?? 'serial');
    expect(refused.stderr).toContain('되살아납니다');
    const accepted = await cli(['restore', '--db', copy.dbPath, '--from', from, '--accept-destroyed'], OFFICER_ENV);
    expect(accepted.code).toBe(0);
    expect(accepted.json()).toMatchObject({ liveReadable: true, broughtBack: [approved.serial] });
    // The backup (made after its own copy of the table) is listed again in the restored file, with its key from the replaced one.
    const restored = new BetterSqlite3(copy.dbPath, { readonly: true });
    expect(restored.prepare('SELECT file_name FROM backups WHERE key IS NOT NULL').pluck().all()).toEqual([backup.fileName]);
    restored.close();
    await copy.app.reopen();
  });
});

describe('restore in the app, through the dispatcher', () => {
  it('checks the copy, names the destroyed records it would bring back and asks, then replaces the open file and goes on working', async () => {
    const { copy, officer, sqlite } = await clinicWithBackups();
    const backup = await run(copy.app, officer, 'backups.run');
    const requestId = sqlite.prepare("SELECT id FROM disposal_requests WHERE status = 'performed'").pluck().get() as number;
    const approved = await run(copy.app, officer, 'disposal.approve', { requestId, password: DIRECTOR?.password ?? '' });
    const password = DIRECTOR?.password ?? '';

    expect(await attempt(copy.app, officer, 'backups.restore', { backupId: backup.id, password: 'wrong' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    const asked = await attempt(copy.app, officer, 'backups.restore', { backupId: backup.id, password });
    expect(asked).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { destroyedSince: [approved.serial] } } });
    // Nothing was replaced: the destruction is still there.
    expect(databaseOf(copy.app).sqlite.prepare('SELECT status FROM disposal_requests WHERE id = ?').pluck().get(requestId)).toBe(
      'completed',
    );

    const restored = await run(copy.app, officer, 'backups.restore', { backupId: backup.id, password, acceptDestroyed: true });
    expect(restored).toMatchObject({ backupId: backup.id, broughtBack: [approved.serial] });
    expect(existsSync(restored.replacedPath ?? '')).toBe(true);
    // Nothing of the checked copy is left beside the file.
    expect(readdirSync(join(copy.dbPath, '..')).filter((name) => name.includes('.restoring') || name.includes('.drill'))).toEqual([]);
    const live = databaseOf(copy.app).sqlite;
    expect(live.prepare('SELECT status FROM disposal_requests WHERE id = ?').pluck().get(requestId)).toBe('performed');
    expect(live.prepare("SELECT targets FROM access_log WHERE method = 'backups.restore' AND result = 'ok'").pluck().get()).toContain(
      `backup:${backup.id}`,
    );
    // The same window goes on: the restored file's ledger verifies, and its backups keep their keys.
    expect(await run(copy.app, officer, 'ledger.verify', {})).toMatchObject({ ok: true });
    expect((await run(copy.app, officer, 'backups.list')).find((b) => b.id === backup.id)).toMatchObject({ keyKept: true });
  });
});

describe('expiry: no destroyed record outlives its deadline in a backup', () => {
  it('after a destruction and the maximum age, no backup holds the destroyed record and the expired backup’s key is gone', async () => {
    const { copy, as, folder, sqlite } = await clinicWithBackups();
    // A record kept in the database (as reservations are), destroyed the way the app destroys: DELETE under secure_delete, then a checkpoint.
    const MARKER = '예약자-홍길동-010-1234-5678-MARKER';
    sqlite.exec('CREATE TABLE test_reservations (id INTEGER PRIMARY KEY, who TEXT NOT NULL)');
    sqlite.prepare('INSERT INTO test_reservations (who) VALUES (?)').run(MARKER);

    await runDaily(copy.app, { trigger: 'schedule', domains: MAIN_DOMAINS });
    const [first] = await run(copy.app, as('director'), 'backups.list');
    const firstKey = storedKey(sqlite, first?.id ?? 0);
    expect(firstKey).not.toBeNull();
    const withMarker = decryptBackup(readFileSync(join(folder, first?.fileName ?? '')), firstKey ?? Buffer.alloc(0)).plain;
    expect(withMarker.includes(Buffer.from(MARKER, 'utf8'))).toBe(true);

    sqlite.prepare('DELETE FROM test_reservations').run();
    const requestId = sqlite.prepare("SELECT id FROM disposal_requests WHERE status = 'performed'").pluck().get() as number;
    await run(copy.app, as('director'), 'disposal.approve', { requestId, password: DIRECTOR?.password ?? '' });

    for (let day = 1; day <= 5; day += 1) {
      copy.clock.set(`${addDays('2026-11-24', day)}T09:05:00+09:00`);
      await runDaily(copy.app, { trigger: 'schedule', domains: MAIN_DOMAINS });
    }
    const list = await run(copy.app, as('director'), 'backups.list');
    const expired = list.find((b) => b.id === first?.id);
    expect(expired).toMatchObject({ keyKept: false, removal: 'overwritten', expiredAt: expect.any(String) });
    expect(storedKey(sqlite, first?.id ?? 0)).toBeNull();
    expect(existsSync(join(folder, first?.fileName ?? ''))).toBe(false);
    expect(existsSync(join(folder, `${first?.fileName ?? ''}.key`))).toBe(false);

    // Every file in the backup folder, raw and decrypted with its key: the marker is nowhere.
    const marker = Buffer.from(MARKER, 'utf8');
    const remaining = backupFiles(folder);
    expect(remaining).toHaveLength(5);
    for (const name of readdirSync(folder)) expect(readFileSync(join(folder, name)).includes(marker)).toBe(false);
    for (const view of list.filter((b) => b.keyKept)) {
      const { plain } = decryptBackup(readFileSync(join(folder, view.fileName)), storedKey(sqlite, view.id) ?? Buffer.alloc(0));
      expect(plain.includes(marker)).toBe(false);
    }
    // The expired key is gone from the live file's bytes too (database and WAL).
    databaseOf(copy.app).checkpoint();
    for (const file of [copy.dbPath, `${copy.dbPath}-wal`].filter((f) => existsSync(f))) {
      expect(readFileSync(file).includes(firstKey ?? Buffer.from('x'))).toBe(false);
      expect(readFileSync(file).includes(marker)).toBe(false);
    }
    // And the daily runs say so; the drill of November restored a backup and verified it.
    const view = await run(copy.app, as('director'), 'daily.dashboard');
    expect(view.lastRun?.notes).toContainEqual({ message: 'daily.notes.backupsExpired', params: { count: 1 }, failed: false });
    // The access log records the expiry, naming the backup.
    expect(sqlite.prepare("SELECT targets FROM access_log WHERE method = 'backups.expire'").pluck().all()).toEqual([
      JSON.stringify([`backup:${first?.id ?? 0}`]),
    ]);
    expect(view.drill).toMatchObject({ month: '2026-11', ok: true });
    expect(view.backup.lastGood).toMatchObject({ ageDays: 0 });
    expect(view.ledger).toMatchObject({ ok: true });
  }, 120_000);
});
