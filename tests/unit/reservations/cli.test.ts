import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCsv, inventedReservations } from '../../../electron/reservations/fixtures.ts';
import { OFFICER, createAccount, setUpClinic } from '../../support/accounts.ts';
import { cli } from '../../support/cli.ts';
import { testApp, type TestApp } from '../../support/tempdb.ts';
import { CLERK_PASSWORD } from './setup.ts';

// The admin office's script: import the morning's export, ask what is due, destroy it with two
// people's signatures, export what is left — the same methods as the app, from the command line.

let base: TestApp;
const env = () => ({ RD_USER: 'clerk', RD_PASSWORD: CLERK_PASSWORD, RD_APPROVER: OFFICER.login, RD_APPROVER_PASSWORD: OFFICER.password });

beforeAll(async () => {
  base = testApp('2026-11-20T09:00:00+09:00');
  const officer = await setUpClinic(base.app);
  await createAccount(base.app, officer, 'clerk', 'admin', '김행정');
  await base.app.close();
});
afterAll(async () => {
  await base.close();
});

describe('the reservation commands', () => {
  it('import-reservations refuses a bad file with exit 2 and its row errors, then imports the fixed one', async () => {
    const dir = join(base.dbPath, '..');
    const rows = inventedReservations(40, '2026-11-01', { perDay: 4 });
    const bad = rows.map((row, index) => (index === 7 ? { ...row, reservedAt: '2026-11-31 10:00' } : row));
    writeFileSync(join(dir, 'bad.csv'), iconv.encode(exportCsv(bad), 'cp949'));
    const refused = await cli(['import-reservations', '--db', base.dbPath, join(dir, 'bad.csv')], env());
    expect(refused.code).toBe(2);
    expect(refused.json()).toMatchObject({ ok: false, imported: 0, issues: [{ row: 12, column: 'I' }] });
    expect(refused.stderr).toContain('12행 I열');
    writeFileSync(join(dir, 'good.csv'), iconv.encode(exportCsv(rows), 'cp949'));
    const imported = await cli(['import-reservations', '--db', base.dbPath, join(dir, 'good.csv')], env());
    expect(imported.code).toBe(0);
    expect(imported.json()).toMatchObject({ ok: true, format: 'CSV (CP949)', rows: 40, added: 40, updated: 0 });

    const due = await cli(['due', '--db', base.dbPath, '--on', '2026-11-05'], env());
    expect(due.json()).toMatchObject({
      on: '2026-11-05',
      count: 16,
      days: [
        { date: '2026-11-02', count: 4 },
        { date: '2026-11-03', count: 4 },
        { date: '2026-11-04', count: 4 },
        { date: '2026-11-05', count: 4 },
      ],
    });
    expect(due.stdout).not.toContain('example.com');

    const disposed = await cli(['dispose-due', '--db', base.dbPath, '--on', '2026-11-05'], env());
    expect(disposed.code).toBe(0);
    expect(disposed.json()).toMatchObject({ ok: true, destroyed: 16, firstDate: '2026-11-01', lastDate: '2026-11-04' });
    expect((await cli(['due', '--db', base.dbPath, '--on', '2026-11-05'], env())).json()).toMatchObject({ count: 0 });

    const out = join(dir, 'left.csv');
    const exported = await cli(['export', '--db', base.dbPath, '--what', 'reservations', '--out', out], env());
    expect(exported.json()).toMatchObject({ ok: true, rows: 24 });
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFF예약번호,이름')).toBe(true);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(25);
    expect((await cli(['export', '--db', base.dbPath, '--what', 'patients', '--out', join(dir, 'x.csv')], env())).code).toBe(2);
  });
});
