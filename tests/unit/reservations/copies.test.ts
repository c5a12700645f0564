import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAILJET, PREDAQ } from '../../../electron/processors/fixtures.ts';
import { exportCsv, inventedReservations } from '../../../electron/reservations/fixtures.ts';
import type { LedgerContent } from '../../../shared/ledger/types.ts';
import { PDF_BASE64, attempt, ledgerRows, run, sha256 } from '../../support/ledger.ts';
import { CLERK_PASSWORD, OFFICER_PASSWORD, csvUpload, reservationClinic } from './setup.ts';

// Every copy is gone: the processors holding reservation data (PREDAQ and its re-entrusted
// Mailjet) confirm theirs as signed entries linked to the destruction, and the list downloaded
// onto this PC is overwritten and removed with its digest signed first.

const fresh = reservationClinic('2026-11-20T09:00:00+09:00');
let current: ReturnType<typeof fresh> | null = null;
const folders: string[] = [];
afterEach(async () => {
  await current?.close();
  current = null;
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
const open = () => (current = fresh());

describe("processors' copies", () => {
  it('lists PREDAQ and Mailjet on the destruction and records each confirmation as a signed entry (2/2)', async () => {
    const { app, clerk, officer, sqlite } = open();
    await run(app, clerk, 'reservations.import', csvUpload('a.csv', inventedReservations(10, '2026-11-10', { perDay: 5 })));
    const { policy } = await run(app, clerk, 'reservations.settings', {});
    const predaq = await run(app, clerk, 'processors.save', { ...PREDAQ, fileIds: [], policyIds: [policy?.id ?? 0] });
    const mailjet = await run(app, clerk, 'processors.save', { ...MAILJET, parentId: predaq.id, fileIds: [], policyIds: [] });
    const request = await run(app, clerk, 'reservations.requestDisposal', {
      scope: { kind: 'dueBy', on: '2026-11-20' },
      reason: 'purpose_achieved',
    });
    // Not approved yet: nothing to confirm against.
    await run(app, clerk, 'disposal.perform', { requestId: request.id, performedOn: '2026-11-20', password: CLERK_PASSWORD });
    const early = await attempt(app, clerk, 'reservations.recordConfirmation', {
      requestId: request.id,
      processorId: predaq.id,
      step: 'requested',
      on: '2026-11-20',
      password: CLERK_PASSWORD,
    });
    expect(early).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const approved = await run(app, officer, 'disposal.approve', { requestId: request.id, password: OFFICER_PASSWORD });

    const [before] = await run(app, clerk, 'reservations.disposals', {});
    expect(before).toMatchObject({
      serial: approved.serial,
      count: 10,
      firstDate: '2026-11-10',
      lastDate: '2026-11-11',
      confirmed: 0,
      processors: 2,
    });
    expect(before?.confirmations.map((c) => [c.name, c.via, c.country])).toEqual([
      ['PREDAQ', null, 'KR'],
      ['Mailjet SAS (Sinch Email)', 'PREDAQ', 'FR'],
    ]);

    const confirm = (processorId: number, step: 'requested' | 'confirmed', on: string, evidence = true) =>
      attempt(app, clerk, 'reservations.recordConfirmation', {
        requestId: request.id,
        processorId,
        step,
        on,
        evidence: evidence
          ? { kind: 'processor_confirmation', fileName: '파기확인서.pdf', mime: 'application/pdf', dataBase64: PDF_BASE64 }
          : null,
        password: CLERK_PASSWORD,
      });
    expect(await confirm(predaq.id, 'requested', '2026-11-20', false)).toMatchObject({ ok: true });
    expect(await confirm(predaq.id, 'confirmed', '2026-11-20', false)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await confirm(predaq.id, 'confirmed', '2026-11-21')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await confirm(predaq.id, 'confirmed', '2026-11-20')).toMatchObject({ ok: true, value: { confirmed: 1, processors: 2 } });
    expect(await confirm(mailjet.id, 'confirmed', '2026-11-20')).toMatchObject({ ok: true, value: { confirmed: 2, processors: 2 } });
    expect(await confirm(mailjet.id, 'confirmed', '2026-11-20')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const entries = ledgerRows(sqlite)
      .filter((row) => row.kind === 'destruction.processor')
      .map((row) => (JSON.parse(row.content) as LedgerContent<'destruction.processor'>).body);
    expect(entries.map((b) => [b.processor.name, b.step, b.destruction.serial, b.evidence?.sha256 ?? null])).toEqual([
      ['PREDAQ', 'requested', approved.serial, null],
      ['PREDAQ', 'confirmed', approved.serial, sha256(Buffer.from(PDF_BASE64, 'base64'))],
      ['Mailjet SAS (Sinch Email)', 'confirmed', approved.serial, sha256(Buffer.from(PDF_BASE64, 'base64'))],
    ]);
    expect((await run(app, officer, 'ledger.verify', {})).ok).toBe(true);
  });
});

describe('the downloaded list on this PC', () => {
  it('is registered, then overwritten and removed, its SHA-256 and size signed before', async () => {
    const { app, clerk, sqlite } = open();
    const folder = mkdtempSync(join(tmpdir(), 'rd-downloads-'));
    folders.push(folder);
    const path = join(folder, '예약목록_20261120.csv');
    const bytes = Buffer.from(exportCsv(inventedReservations(5, '2026-11-10')), 'utf8');
    writeFileSync(path, bytes);
    process.env.RD_DOWNLOADS_DIR = folder;
    expect(await run(app, clerk, 'reservations.locateDownload', { fileName: '예약목록_20261120.csv' })).toEqual({ path });
    const registered = await run(app, clerk, 'reservations.registerDownload', { path });
    expect(registered).toMatchObject({ size: bytes.length, sha256: sha256(bytes), present: 'same' });
    const wrong = await attempt(app, clerk, 'reservations.destroyDownload', { id: registered.id, password: 'not-mine' });
    expect(wrong.ok).toBe(false);
    expect(readFileSync(path)).toEqual(bytes);
    const destroyed = await run(app, clerk, 'reservations.destroyDownload', { id: registered.id, password: CLERK_PASSWORD });
    expect(destroyed).toMatchObject({ present: 'missing', destroyedAt: expect.any(String) });
    expect(existsSync(path)).toBe(false);
    const entry = ledgerRows(sqlite).find((row) => row.kind === 'download.destruction');
    expect(JSON.parse(entry?.content ?? '{}')).toMatchObject({
      body: { size: bytes.length, sha256: sha256(bytes), fileName: '예약목록_20261120.csv' },
    });
    const relative = await attempt(app, clerk, 'reservations.registerDownload', { path: 'Downloads/x.csv' });
    expect(relative).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
