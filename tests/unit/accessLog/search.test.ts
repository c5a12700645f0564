import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/dispatch.ts';
import { newSession, type Session } from '../../../electron/session.ts';
import { OFFICER, ok, setUpClinic } from '../../support/accounts.ts';
import { testApp, type TestApp } from '../../support/tempdb.ts';

let t: TestApp;
let officer: Session;

beforeAll(async () => {
  t = testApp();
  officer = await setUpClinic(t.app);
  await dispatch(t.app, newSession('test'), 'auth.signIn', { login: OFFICER.login, password: 'Wrong#Guess2026' });
  await ok(t.app, officer, 'users.list');
  await ok(t.app, officer, 'cctv.recorders.list');
});
afterAll(() => t.close());

const search = async (text: string) =>
  (await ok(t.app, officer, 'accessLog.list', { text })).rows.map((row) => `${row.method}:${row.result}`);

describe('searching the access log', () => {
  it('finds actions by the Korean label staff read, by the English label, or by the method name', async () => {
    expect(await search('로그인')).toEqual(['auth.signIn:UNAUTHENTICATED']);
    expect(await search('CCTV')).toEqual(['cctv.recorders.list:ok']);
    expect(await search('users.list')).toEqual(['users.list:ok']);
  });

  it('finds entries by a target id, and treats % and _ as plain characters', async () => {
    expect(await search('user:1')).toEqual(expect.arrayContaining(['setup.run:ok', 'auth.signIn:UNAUTHENTICATED']));
    expect(await search('%')).toEqual([]);
    expect(await search('_')).toEqual([]);
  });

  it('refuses an over-long search with a Korean message', async () => {
    expect(await dispatch(t.app, officer, 'accessLog.list', { text: 'x'.repeat(101) })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { text: expect.stringMatching(/[가-힣]/) } },
    });
  });
});
