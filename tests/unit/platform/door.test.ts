import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/dispatch.ts';
import type { Session } from '../../../electron/session.ts';
import { OFFICER, ok, setUpClinic } from '../../support/accounts.ts';
import { count } from '../../support/ledger.ts';
import { databaseOf, testApp, type TestApp } from '../../support/tempdb.ts';

// The named cases of "the one door never throws", through the real contract: each is answered with
// a typed error or a plain answer, is logged, and leaves the file as it was. tests/unit/platform/fuzz-*
// sends the fast-check payloads.

let t: TestApp;
let officer: Session;
beforeEach(async () => {
  t = testApp();
  officer = await setUpClinic(t.app);
});
afterEach(() => t.close());

const sqlite = () => databaseOf(t.app).sqlite;
const lastLog = () => sqlite().prepare('SELECT method, result FROM access_log ORDER BY seq DESC LIMIT 1').get();

describe('the one door', () => {
  it('a lone surrogate in the method name is NOT_FOUND, logged as well-formed text', async () => {
    expect(await dispatch(t.app, officer, 'users.list\ud800', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(lastLog()).toEqual({ method: 'users.list\ufffd', result: 'NOT_FOUND' });
  });

  it('a lone surrogate in a payload is VALIDATION with a Korean message, and nothing but its log entry is written', async () => {
    const before = { users: count(sqlite(), 'users'), log: count(sqlite(), 'access_log') };
    const result = await dispatch(t.app, officer, 'users.create', {
      login: 'clerk',
      name: '이\udc00하은',
      title: '직원',
      role: 'admin',
      temporaryPassword: 'Temp#Clerk2026',
      officerPassword: OFFICER.password,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('깨진 문자') } });
    expect({ users: count(sqlite(), 'users'), log: count(sqlite(), 'access_log') }).toEqual({ users: before.users, log: before.log + 1 });
    expect(lastLog()).toEqual({ method: 'users.create', result: 'VALIDATION' });
  });

  it('9999-12-31 in a filter is VALIDATION naming the field, logged; a date inside the years staff can type is answered', async () => {
    const before = count(sqlite(), 'access_log');
    expect(await dispatch(t.app, officer, 'accessLog.list', { from: '2026-01-01', to: '9999-12-31' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { to: expect.stringContaining('2999년') } },
    });
    expect(await dispatch(t.app, officer, 'accessLog.exportCsv', { from: '1899-12-31' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { from: expect.stringContaining('1900년') } },
    });
    expect(count(sqlite(), 'access_log')).toBe(before + 2);
    expect(lastLog()).toEqual({ method: 'accessLog.exportCsv', result: 'VALIDATION' });
    expect(await ok(t.app, officer, 'accessLog.list', { from: '2999-12-31', to: '2999-12-31' })).toEqual({ rows: [], total: 0 });
  });

  it('a damaged settings row falls back to its default (with a note on the console) instead of locking everyone out', async () => {
    const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => {});
    sqlite()
      .prepare(
        "INSERT INTO settings (key, value) VALUES ('idleLockMinutes', '{not json') ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      )
      .run();
    sqlite()
      .prepare(
        "INSERT INTO settings (key, value) VALUES ('requireDistinctSigners', '\"yes\"') ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      )
      .run();
    expect(await ok(t.app, officer, 'session.get')).toMatchObject({ user: { login: OFFICER.login } });
    expect(await ok(t.app, officer, 'settings.get')).toEqual({ idleLockMinutes: 10, requireDistinctSigners: true });
    expect(console).toHaveBeenCalledWith(expect.stringContaining('idleLockMinutes'));
    expect(console).toHaveBeenCalledWith(expect.stringContaining('requireDistinctSigners'));
    console.mockRestore();
  });
});
