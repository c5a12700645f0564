import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { inventedReservations } from '../../../electron/reservations/fixtures.ts';
import { reservationsMain } from '../../../electron/reservations/domain.ts';
import type { CallContext } from '../../../electron/handler.ts';
import { databaseOf } from '../../support/tempdb.ts';
import type { DestructionBody, LedgerContent } from '../../../shared/ledger/types.ts';
import { accessLogText, attempt, ledgerRows, run } from '../../support/ledger.ts';
import { CLERK_PASSWORD, OFFICER_PASSWORD, csvUpload, reservationClinic } from './setup.ts';

// Destroying reservations is deleting their rows for good: gone from the file's bytes (database,
// WAL, SHM), in the same transaction as the performer's signed record, with nothing personal in
// the ledger or the access log — and the records not yet due untouched.

const fresh = reservationClinic('2026-11-20T09:00:00+09:00');
let current: ReturnType<typeof fresh> | null = null;
afterEach(async () => {
  await current?.close();
  current = null;
});
const open = () => (current = fresh());

const marker = (index: number) => `MRK${String(index).padStart(6, '0')}X`;
const MARKERS = /MRK\d{6}X/g;

/** 10,000 reservations, 100 a day from 2026-10-01: each row carries its marker in its booking id, name and e-mail. */
function markedRows(total = 10_000) {
  return inventedReservations(total, '2026-10-01', { perDay: 100 }).map((row, index) => ({
    ...row,
    bookingId: `BK-${marker(index)}`,
    name: `${row.name}${marker(index)}`,
    email: `${marker(index).toLowerCase()}@example.com`,
  }));
}

/** Every marker in the raw bytes of the database file, its WAL and its SHM (case-insensitively: e-mails are lower case). */
function markersInFiles(dbPath: string): Set<string> {
  const found = new Set<string>();
  for (const path of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) {
    if (!existsSync(path)) continue;
    const text = readFileSync(path).toString('latin1').toUpperCase();
    for (const match of text.matchAll(MARKERS)) found.add(match[0]);
  }
  return found;
}

async function disposeDueBy(
  app: ReturnType<typeof fresh>['app'],
  clerk: ReturnType<typeof fresh>['clerk'],
  officer: ReturnType<typeof fresh>['officer'],
  on: string,
) {
  const request = await run(app, clerk, 'reservations.requestDisposal', { scope: { kind: 'dueBy', on }, reason: 'purpose_achieved' });
  await run(app, clerk, 'disposal.perform', { requestId: request.id, performedOn: '2026-11-20', password: CLERK_PASSWORD });
  return run(app, officer, 'disposal.approve', { requestId: request.id, password: OFFICER_PASSWORD });
}

describe('disposing of due reservations', () => {
  it('leaves no marker of a destroyed record in the database, WAL or SHM, and every marker of the others', async () => {
    const { app, clerk, officer, dbPath } = open();
    const rows = markedRows();
    await run(app, clerk, 'reservations.import', csvUpload('markers.csv', rows, 'utf8'));
    expect(markersInFiles(dbPath).size).toBe(10_000);

    const due = await run(app, clerk, 'reservations.due', { on: '2026-11-20' });
    // Reserved up to 11-19: the work ended, so due from the next day; 50 days of 100.
    expect(due).toHaveLength(5000);
    const dueMarkers = new Set(due.map((r) => r.bookingId.slice(3)));

    const done = await disposeDueBy(app, clerk, officer, '2026-11-20');
    expect(done.status).toBe('completed');

    const found = markersInFiles(dbPath);
    const survivors = [...dueMarkers].filter((m) => found.has(m));
    expect(survivors).toEqual([]);
    const kept = rows.map((_, index) => marker(index)).filter((m) => !dueMarkers.has(m));
    expect(kept).toHaveLength(5000);
    expect(kept.filter((m) => !found.has(m))).toEqual([]);
    expect((await run(app, clerk, 'reservations.list', {})).length).toBe(5000);
  }, 120_000);

  it('signs counts and the range of reservation dates, never a name, e-mail, birth date or booking id', async () => {
    const { app, clerk, officer, sqlite } = open();
    const rows = markedRows(300);
    await run(app, clerk, 'reservations.import', csvUpload('markers.csv', rows));
    const done = await disposeDueBy(app, clerk, officer, '2026-11-20');
    const entry = ledgerRows(sqlite).find((row) => row.serial === done.serial);
    const content = JSON.parse(entry?.content ?? '{}') as LedgerContent<'destruction'>;
    const record = (content.body as DestructionBody).record;
    expect(record.records).toMatchObject({
      kind: 'reservations',
      count: 300,
      firstDate: '2026-10-01',
      lastDate: '2026-10-03',
      processors: [],
    });
    expect(record.files).toEqual([
      expect.objectContaining({ countBefore: 300, countDestroyed: 300, countAfter: 0, name: '홈페이지 예약자 정보' }),
    ]);
    const everything = `${JSON.stringify(ledgerRows(sqlite))}${accessLogText(sqlite)}`.toUpperCase();
    expect(everything.match(MARKERS)).toBeNull();
    expect(everything).not.toContain('EXAMPLE.COM');
    for (const row of rows.slice(0, 20)) expect(everything).not.toContain(row.birthDate);
    const verified = await run(app, officer, 'ledger.verify', {});
    expect(verified.ok).toBe(true);
  });

  it('deletes the rows when the performer signs; a wrong password deletes nothing; after it, the request cannot be cancelled', async () => {
    const { app, clerk, officer } = open();
    await run(app, clerk, 'reservations.import', csvUpload('a.csv', inventedReservations(20, '2026-11-15', { perDay: 10 })));
    const request = await run(app, clerk, 'reservations.requestDisposal', {
      scope: { kind: 'day', on: '2026-11-16' },
      reason: 'purpose_achieved',
    });
    expect(request.items).toEqual([expect.objectContaining({ countDestroyed: 10, recordCount: 20 })]);
    // A record in an open request is not offered twice.
    const twice = await attempt(app, clerk, 'reservations.requestDisposal', {
      scope: { kind: 'day', on: '2026-11-16' },
      reason: 'purpose_achieved',
    });
    expect(twice).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const wrong = await attempt(app, clerk, 'disposal.perform', {
      requestId: request.id,
      performedOn: '2026-11-20',
      password: 'wrong-password',
    });
    expect(wrong.ok).toBe(false);
    expect((await run(app, clerk, 'reservations.list', {})).length).toBe(20);
    await run(app, clerk, 'disposal.perform', { requestId: request.id, performedOn: '2026-11-20', password: CLERK_PASSWORD });
    expect((await run(app, clerk, 'reservations.list', {})).length).toBe(10);
    const cancel = await attempt(app, clerk, 'disposal.cancel', { requestId: request.id, reason: '실수', password: CLERK_PASSWORD });
    expect(cancel).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('취소할 수 없습니다') } });
    const approved = await run(app, officer, 'disposal.approve', { requestId: request.id, password: OFFICER_PASSWORD });
    expect(approved.items[0]).toMatchObject({ countDestroyed: 10 });
    const settings = await run(app, clerk, 'reservations.settings', {});
    const file = (await run(app, clerk, 'register.list', {})).find((f) => f.id === settings.fileId);
    expect(file?.recordCount).toBe(10);
  });

  it('refuses records not yet due, unless the person asked for deletion: then they are due today', async () => {
    const { app, clerk, officer } = open();
    await run(app, clerk, 'reservations.import', csvUpload('a.csv', inventedReservations(12, '2026-12-01', { perDay: 3 })));
    const [person] = await run(app, clerk, 'reservations.find', { text: 'patient4@example.com' });
    expect(person).toMatchObject({ state: 'held', dueOn: '2026-12-03' });
    const early = await attempt(app, clerk, 'reservations.requestDisposal', {
      scope: { kind: 'ids', ids: [person?.id ?? 0] },
      reason: 'subject_request',
    });
    expect(early).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('아직 파기일이 되지 않은') } });
    const [asked] = await run(app, clerk, 'reservations.recordRequest', { ids: [person?.id ?? 0], kind: 'deletion' });
    expect(asked).toMatchObject({ request: 'deletion', requestedOn: '2026-11-20', dueOn: '2026-11-20', state: 'due' });
    const request = await run(app, clerk, 'reservations.requestDisposal', {
      scope: { kind: 'ids', ids: [person?.id ?? 0] },
      reason: 'subject_request',
    });
    await run(app, clerk, 'disposal.perform', { requestId: request.id, performedOn: '2026-11-20', password: CLERK_PASSWORD });
    await run(app, officer, 'disposal.approve', { requestId: request.id, password: OFFICER_PASSWORD });
    expect(await run(app, clerk, 'reservations.find', { text: 'patient4@example.com' })).toEqual([]);
    expect((await run(app, clerk, 'reservations.list', {})).length).toBe(11);
  });

  it('shows per day what falls due, overdue marked, from the stored due dates', async () => {
    const { app, clerk } = open();
    await run(app, clerk, 'reservations.import', csvUpload('a.csv', inventedReservations(30, '2026-11-10', { perDay: 3 })));
    const schedule = await run(app, clerk, 'reservations.schedule', { from: '2026-11-01', until: '2026-11-30' });
    expect(schedule.days[0]).toEqual({ date: '2026-11-11', count: 3, overdue: true });
    expect(schedule.days.find((d) => d.date === '2026-11-16')).toEqual({ date: '2026-11-16', count: 3, overdue: false });
    // Reserved 11-10 … 11-14: their five days ended before today.
    expect(schedule).toMatchObject({ held: 30, due: 30, overdue: 15 });
  });

  it('tells the dashboard what falls due per day, and the daily run how many are due', async () => {
    const { app, clerk } = open();
    await run(app, clerk, 'reservations.import', csvUpload('a.csv', inventedReservations(12, '2026-11-19', { perDay: 4 })));
    const call = { db: databaseOf(app).db, today: '2026-11-20' } as unknown as CallContext;
    expect(await reservationsMain.upcoming?.(call, '2026-11-20', '2026-12-31')).toEqual([
      { section: '/reservations', date: '2026-11-20', count: 4 },
      { section: '/reservations', date: '2026-11-21', count: 4 },
      { section: '/reservations', date: '2026-11-22', count: 4 },
    ]);
    expect(await reservationsMain.daily?.(call)).toEqual([{ message: 'reservations.daily.due', params: { count: 4 }, failed: false }]);
  });

  it('a policy with a period and grace days moves every stored due date', async () => {
    const { app, clerk, officer } = open();
    await run(app, clerk, 'reservations.import', csvUpload('a.csv', inventedReservations(3, '2026-11-10', { perDay: 3 })));
    const policy = await run(app, officer, 'policies.save', {
      name: '예약 정보 (예약일 후 1개월)',
      startLabel: '예약일',
      source: {
        kind: 'custom',
        rule: { kind: 'event', event: 'reservation_end', grace: { length: 1, unit: 'month' } },
        basis: '개인정보 처리방침 제5조',
        minimum: false,
      },
    });
    const saved = await run(app, officer, 'reservations.saveSettings', { policyId: policy.id, graceDays: 2 });
    expect(saved).toMatchObject({ graceDays: 2, ruleText: '예약 업무 종료 후 1개월' });
    const [first] = await run(app, clerk, 'reservations.list', {});
    expect(first).toMatchObject({ dueOn: '2026-12-13', destroyBy: '2026-12-17', state: 'held' });
  });
});
