import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { AppError } from '../../../shared/contract/errors.ts';
import { method, type MethodDef } from '../../../shared/contract/method.ts';
import { createDispatcher, dispatch } from '../../../electron/dispatch.ts';
import type { Handler } from '../../../electron/handler.ts';
import { newSession, type Session } from '../../../electron/session.ts';
import { databaseOf, testApp, type TestApp } from '../../support/tempdb.ts';

const PROBE = { ko: '시험', en: 'Probe' };

// A small contract of its own, so that each failure path of the dispatcher can be provoked.
const contract = {
  'probe.write': method<{ written: string }>()({
    input: z.object({ value: z.string().min(1).max(10), count: z.number().int().positive() }),
    roles: ['admin', 'officer'],
    log: 'change',
    label: { ko: '시험 쓰기', en: 'Probe write' },
  }),
  'probe.failAfterWrite': method<never>()({ input: z.object({}), roles: 'public', log: 'change', label: PROBE }),
  'probe.crashAfterWrite': method<never>()({ input: z.object({}), roles: 'public', log: 'change', label: PROBE }),
  'probe.today': method<{ today: string; now: string }>()({ input: z.object({}), roles: 'public', log: 'none', label: PROBE }),
} satisfies Record<string, MethodDef>;

async function writeProbe(db: Parameters<Handler<MethodDef>>[0]['db'], value: string) {
  await db.insertInto('meta').values({ key: 'probe', value }).execute();
}

const handlers: Record<string, Handler<MethodDef>> = {
  'probe.write': async (call, input) => {
    const { value } = input as { value: string };
    await writeProbe(call.db, value);
    return { written: value };
  },
  'probe.failAfterWrite': async (call) => {
    await writeProbe(call.db, 'half');
    throw new AppError('CONFLICT', '이미 다른 사람이 처리했습니다.');
  },
  'probe.crashAfterWrite': async (call) => {
    await writeProbe(call.db, 'half');
    throw new Error('SQLITE_CONSTRAINT: secret internal detail at /home/x');
  },
  'probe.today': (call) => ({ today: call.today, now: call.now.toISOString() }),
};

let t: TestApp;
let internalErrors: unknown[];
let probe: ReturnType<typeof createDispatcher>;
const admin = (): Session => ({
  ...newSession(),
  lastActivityAt: Date.parse('2026-11-23T15:30:00Z'),
  user: { id: 1, role: 'admin', mustChangePassword: false },
});

beforeEach(() => {
  t = testApp('2026-11-23T15:30:00Z');
  // The dispatcher reads the caller's account on every call; these two stand in for real ones.
  const insert = databaseOf(t.app).sqlite.prepare(
    `INSERT INTO users (id, login, display_name, title, role, password_hash, password_changed_at, created_at)
     VALUES (?, ?, ?, '직원', ?, 'x', '2026-01-01', '2026-01-01')`,
  );
  insert.run(1, 'admin1', '행정 담당', 'admin');
  insert.run(2, 'facility1', '시설 담당', 'facilities');
  internalErrors = [];
  probe = createDispatcher(contract, handlers, { onInternalError: (_m, e) => internalErrors.push(e) });
});
afterEach(() => t.close());

function probeValue() {
  return databaseOf(t.app).sqlite.prepare("SELECT value FROM meta WHERE key = 'probe'").pluck().get();
}

describe('dispatch', () => {
  it('runs a valid call for an admitted role and commits it', async () => {
    const result = await probe(t.app, admin(), 'probe.write', { value: 'ok', count: 1 });
    expect(result).toEqual({ ok: true, value: { written: 'ok' } });
    expect(probeValue()).toBe('ok');
  });

  it('answers an unknown method with NOT_FOUND in Korean', async () => {
    const result = await probe(t.app, admin(), 'probe.dropEverything', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/[가-힣]/) } });
  });

  it('does not treat Object.prototype names as methods', async () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(await probe(t.app, admin(), name, {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
  });

  it('answers an invalid payload with VALIDATION and Korean messages per field, writing nothing', async () => {
    const result = await probe(t.app, admin(), 'probe.write', { value: '', count: -1, extra: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (result.ok) throw new Error('expected failure');
    expect(result.error.fields?.value).toBe('필수 입력 항목입니다.');
    expect(result.error.fields?.count).toMatch(/[가-힣]/);
    expect(probeValue()).toBeUndefined();
  });

  it('answers a missing sign-in with UNAUTHENTICATED and a role outside the contract with FORBIDDEN', async () => {
    expect(await probe(t.app, newSession(), 'probe.write', { value: 'x', count: 1 })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    const facilities: Session = { ...admin(), user: { id: 2, role: 'facilities', mustChangePassword: false } };
    expect(await probe(t.app, facilities, 'probe.write', { value: 'x', count: 1 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('권한') },
    });
    expect(probeValue()).toBeUndefined();
  });

  it('rolls back everything a handler wrote before an AppError, and returns its code and message', async () => {
    const result = await probe(t.app, newSession(), 'probe.failAfterWrite', {});
    expect(result).toEqual({ ok: false, error: { code: 'CONFLICT', message: '이미 다른 사람이 처리했습니다.' } });
    expect(probeValue()).toBeUndefined();
  });

  it('turns an unexpected error into INTERNAL without leaking its text, and rolls back', async () => {
    const result = await probe(t.app, newSession(), 'probe.crashAfterWrite', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('SQLITE');
    expect(JSON.stringify(result)).not.toContain('/home/x');
    expect(internalErrors).toHaveLength(1);
    expect(probeValue()).toBeUndefined();
  });

  it('gives handlers the injected clock and the Seoul calendar date', async () => {
    // 15:30 UTC on the 23rd is 00:30 on the 24th in Seoul.
    const result = await probe(t.app, newSession(), 'probe.today', {});
    expect(result).toEqual({ ok: true, value: { today: '2026-11-24', now: '2026-11-23T15:30:00.000Z' } });
  });

  it('reports that the database is unavailable instead of crashing', async () => {
    await t.app.close();
    const closed = { ...t.app, state: () => ({ ok: false as const, problem: { kind: 'locked' as const } }) };
    const result = await probe(closed, admin(), 'probe.write', { value: 'x', count: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('데이터베이스') } });
  });
});

describe('the app dispatcher', () => {
  it('reports the app status without a sign-in, telling nothing about the file', async () => {
    const result = await dispatch(t.app, newSession(), 'app.status', {});
    expect(result).toEqual({ ok: true, value: { ready: true, appVersion: expect.any(String) } });
    expect(JSON.stringify(result)).not.toContain(t.dbPath);
  });

  it('says the file is the demo clinic only to someone signed in', async () => {
    databaseOf(t.app).sqlite.prepare("INSERT INTO meta (key, value) VALUES ('demo', 'true')").run();
    expect(await dispatch(t.app, newSession(), 'session.get', {})).toMatchObject({ ok: true, value: { user: null, demo: false } });
    expect(await dispatch(t.app, admin(), 'session.get', {})).toMatchObject({ ok: true, value: { user: { id: 1 }, demo: true } });
  });

  it('logs unexpected errors to the console by default', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const quiet = createDispatcher(contract, handlers);
    await quiet(t.app, newSession(), 'probe.crashAfterWrite', {});
    expect(spy).toHaveBeenCalledOnce();
    spy.mockRestore();
  });
});
