import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDispatcher } from '../../../electron/dispatch.ts';
import { processorsUpcoming } from '../../../electron/processors/today.ts';
import type { DestructionRecord, LedgerContent } from '../../../shared/ledger/types.ts';
import { MAILJET, PREDAQ, S1 } from '../../../electron/processors/fixtures.ts';
import { processorsHolding } from '../../../electron/processors/holders.ts';
import { OFFICER, createAccount, setUpClinic, type TestAccount } from '../../support/accounts.ts';
import { cli } from '../../support/cli.ts';
import { PDF_BASE64, attempt, fileInput, ledgerRow, presetPolicy, run, saveFile } from '../../support/ledger.ts';
import { openCopy, signedInAs } from '../../support/tamper.ts';
import { databaseOf, testApp, type TestApp } from '../../support/tempdb.ts';

// The end of a processor's contract: a disposal request "수탁자 파기" for what it and its
// sub-processors hold, waiting for the processor's 파기 확인서; the signed record names them.
// And what the inventory tells others: 오늘 할 일, the eight-week chart, the policy text and its CLI.

let base: TestApp;
let clerkAccount: TestAccount;
const ids = { policy: 0, held: 0, own: 0, predaq: 0, mailjet: 0 };

beforeAll(async () => {
  base = testApp('2026-11-24T09:00:00+09:00');
  const officer = await setUpClinic(base.app);
  clerkAccount = await createAccount(base.app, officer, 'clerk', 'admin', '이하은');
  ids.policy = await presetPolicy(base.app, officer, '위탁 업무 정보', 'service-processor-contract', '위탁계약 종료일');
  const file = (name: string, locationKind: 'processor' | 'pc_folder') =>
    saveFile(
      base.app,
      officer,
      fileInput(ids.policy, {
        name,
        items: '이름·이메일·예약일자',
        mediaKind: 'electronic',
        locationKind,
        locationDetail: locationKind === 'processor' ? 'Mailjet, 프랑스' : '행정실 PC',
        recordCount: 3120,
        createdOn: '2025-07-01',
        eventDate: null,
      }),
    );
  ids.held = (await file('예약 알림 이메일 수신자 (Mailjet 보관분)', 'processor')).id;
  ids.own = (await file('예약 알림 발송 대장 (행정실 보관)', 'pc_folder')).id;
  ids.predaq = (await run(base.app, clerkAccount.session, 'processors.save', { ...PREDAQ })).id;
  ids.mailjet = (
    await run(base.app, clerkAccount.session, 'processors.save', { ...MAILJET, parentId: ids.predaq, fileIds: [ids.held, ids.own] })
  ).id;
  await base.app.close();
});

afterAll(async () => {
  await base.close();
});

let copy: TestApp;
const opened: TestApp[] = [];
afterEach(async () => {
  for (const app of opened.splice(0)) await app.close();
});

function fresh(at = '2026-11-24T09:00:00+09:00') {
  copy = openCopy(base.dbPath, at);
  opened.push(copy);
  const now = copy.clock.now();
  return { officer: signedInAs(1, 'officer', now), clerk: signedInAs(clerkAccount.id, 'admin', now), sqlite: databaseOf(copy.app).sqlite };
}

const pdf = (fileName: string) => ({ fileName, mime: 'application/pdf', dataBase64: PDF_BASE64 });

describe('processors.end: destruction by the processor', () => {
  it('ends the processor with its sub-processor and opens one request for the copies they hold, waiting for the confirmation', async () => {
    const { clerk, officer } = fresh();
    const ended = await run(copy.app, clerk, 'processors.end', { id: ids.predaq, endedOn: '2026-11-24' });
    expect(ended.status).toBe('awaiting');
    const list = await run(copy.app, clerk, 'processors.list', {});
    expect(list.map((p) => [p.name, p.status, p.endRequestId])).toEqual([
      ['PREDAQ', 'awaiting', ended.endRequestId],
      ['Mailjet SAS (Sinch Email)', 'awaiting', ended.endRequestId],
    ]);
    const [request] = await run(copy.app, clerk, 'disposal.list', { status: 'open' });
    // Only the copy kept at the processor's system; the clinic's own file is not destroyed by them.
    expect(request).toMatchObject({
      id: ended.endRequestId,
      method: 'processor',
      reason: 'contract_ended',
      items: [{ fileId: ids.held, countDestroyed: 3120 }],
      processors: [
        { id: ids.predaq, name: 'PREDAQ' },
        { id: ids.mailjet, name: 'Mailjet SAS (Sinch Email)' },
      ],
      attachments: [],
    });
    // The performer cannot sign before the processor's confirmation is there.
    const early = await attempt(copy.app, clerk, 'disposal.perform', {
      requestId: request?.id,
      performedOn: '2026-11-24',
      password: clerkAccount.password,
    });
    expect(early).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { attachments: expect.stringContaining('파기 확인서') } },
    });
    expect((await run(copy.app, clerk, 'disposal.list', { status: 'open' }))[0]?.status).toBe('requested');

    const attached = await run(copy.app, clerk, 'processors.attachConfirmation', { id: ids.predaq, file: pdf('PREDAQ_파기확인서.pdf') });
    expect(attached.status).toBe('destroying');
    const performed = await run(copy.app, clerk, 'disposal.perform', {
      requestId: ended.endRequestId ?? 0,
      performedOn: '2026-11-24',
      password: clerkAccount.password,
    });
    const approved = await run(copy.app, officer, 'disposal.approve', { requestId: performed.id, password: OFFICER.password });
    const entry = JSON.parse(ledgerRow(databaseOf(copy.app).sqlite, approved.serial ?? '').content) as LedgerContent<'destruction'>;
    const record: DestructionRecord = entry.body.record;
    expect(record.processors).toEqual([
      { id: ids.predaq, name: 'PREDAQ', country: 'KR', parentId: null },
      { id: ids.mailjet, name: 'Mailjet SAS (Sinch Email)', country: 'FR', parentId: ids.predaq },
    ]);
    expect(record.attachments.map((a) => [a.kind, a.fileName])).toEqual([['processor_confirmation', 'PREDAQ_파기확인서.pdf']]);
    expect(await run(copy.app, officer, 'ledger.verify', {})).toMatchObject({ ok: true });
    expect((await run(copy.app, clerk, 'processors.list', {})).map((p) => p.status)).toEqual(['ended', 'ended']);
    // Ended and destroyed: nobody asks them again.
    expect(await processorsHolding(databaseOf(copy.app).db, { fileIds: [ids.held] })).toEqual([]);
  });

  it('refuses a second end, an end in the future, and editing an ended processor', async () => {
    const { clerk } = fresh();
    expect(await attempt(copy.app, clerk, 'processors.end', { id: ids.predaq, endedOn: '2026-12-01' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { endedOn: expect.stringContaining('오늘 이전') } },
    });
    await run(copy.app, clerk, 'processors.end', { id: ids.predaq, endedOn: '2026-11-24' });
    expect(await attempt(copy.app, clerk, 'processors.end', { id: ids.predaq, endedOn: '2026-11-24' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await attempt(copy.app, clerk, 'processors.save', { ...PREDAQ, id: ids.predaq })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });
});

describe('what the inventory tells the rest of the app', () => {
  it('오늘 할 일: overdue inspections, contracts ending within 30 days or lapsed, confirmations awaited, the policy text never published', async () => {
    const { clerk } = fresh();
    await run(copy.app, clerk, 'processors.save', { ...S1, contractEnd: '2026-12-10' });
    const today = await run(copy.app, clerk, 'home.today', {});
    const mine = today.filter((item) => item.id.startsWith('processors.'));
    expect(mine.map((item) => [item.id, item.count])).toEqual(
      expect.arrayContaining([
        // PREDAQ, Mailjet and 에스원: a year after their contracts began, nobody has inspected them.
        ['processors.inspectionOverdue', 3],
        ['processors.contractEnding', 1],
        ['processors.policyNeverPublished', 1],
      ]),
    );
    // A contract whose last day passed without its end being recorded.
    await run(copy.app, clerk, 'processors.save', { ...S1, name: '지난계약', businessNumber: '120-87-15905', contractEnd: '2026-11-01' });
    expect((await run(copy.app, clerk, 'home.today', {})).find((item) => item.id === 'processors.contractLapsed')).toMatchObject({
      count: 1,
      severity: 'overdue',
      params: { oldest: '2026-11-01' },
    });
    await run(copy.app, clerk, 'processors.end', { id: ids.predaq, endedOn: '2026-11-24' });
    const after = await run(copy.app, clerk, 'home.today', {});
    expect(after.find((item) => item.id === 'processors.awaiting')).toMatchObject({ count: 2, severity: 'waiting' });
    expect(after.find((item) => item.id === 'processors.inspectionOverdue')).toMatchObject({ count: 2 });
  });

  it('the published text falls behind the inventory, and 오늘 할 일 says by how much', async () => {
    const { clerk } = fresh();
    const text = await run(copy.app, clerk, 'processors.policyText', {});
    expect(text.text).toContain('이전되는 국가: 프랑스');
    const published = await run(copy.app, clerk, 'processors.publish', { sha256: text.sha256 });
    expect(published.published?.sha256).toBe(text.sha256);
    expect(published.changes).toEqual({ added: [], removed: [], changed: [] });
    await run(copy.app, clerk, 'processors.save', { ...S1 });
    await run(copy.app, clerk, 'processors.save', {
      ...MAILJET,
      id: ids.mailjet,
      parentId: ids.predaq,
      work: '예약 알림·후속 안내 이메일 발송',
    });
    const after = await run(copy.app, clerk, 'processors.policyText', {});
    expect(after.changes).toEqual({
      added: ['에스원'],
      removed: [],
      changed: [{ name: 'Mailjet SAS (Sinch Email)', fields: ['위탁업무 내용'] }],
    });
    // Publishing a text that is no longer the current one is refused.
    expect(await attempt(copy.app, clerk, 'processors.publish', { sha256: text.sha256 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const today = await run(copy.app, clerk, 'home.today', {});
    expect(today.find((item) => item.id === 'processors.policyOutdated')).toMatchObject({ count: 2 });
  });

  it('upcoming: next inspections and contract ends per day', async () => {
    const { clerk } = fresh();
    await run(copy.app, clerk, 'processors.save', { ...S1, contractStart: '2026-01-05', contractEnd: '2027-01-05' });
    // The dashboard's chart calls this inside a call of its own; a one-method dispatcher stands in for it.
    const probe = createDispatcher(
      {
        'probe.upcoming': {
          label: { ko: '시험', en: 'probe' },
          input: z.strictObject({}),
          roles: ['admin'],
          log: 'read',
          transaction: true,
        },
      },
      { 'probe.upcoming': (call) => processorsUpcoming(call, '2026-11-24', '2027-01-31') },
    );
    const counts = await probe(copy.app, clerk, 'probe.upcoming', {});
    // 에스원: inspection due 2027-01-05 (a year after its start) and its contract ends that day.
    expect(counts).toEqual({ ok: true, value: [{ section: '/processors', date: '2027-01-05', count: 2 }] });
  });
});

describe('policy-text (CLI)', () => {
  it('prints the sections, and refuses with exit 2 naming the processor and the empty fact', async () => {
    fresh();
    await copy.app.close();
    const env = { RD_USER: clerkAccount.login, RD_PASSWORD: clerkAccount.password };
    const printed = await cli(['policy-text', '--db', copy.dbPath], env);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain('재수탁자(PREDAQ로부터 재위탁): Mailjet SAS (Sinch Email)');
    const html = await cli(['policy-text', '--db', copy.dbPath, '--format', 'html'], env);
    expect(html.stdout).toContain('<td>프랑스</td>');
    // Data written before a rule existed (or by hand): a fact is empty.
    const raw = openCopy(copy.dbPath);
    opened.push(raw);
    const db = databaseOf(raw.app).sqlite;
    const row = db.prepare('SELECT overseas FROM processors WHERE id = ?').get(ids.mailjet) as { overseas: string };
    db.prepare('UPDATE processors SET overseas = ? WHERE id = ?').run(
      JSON.stringify({ ...JSON.parse(row.overseas), whenHow: '' }),
      ids.mailjet,
    );
    await raw.app.close();
    opened.pop();
    const refused = await cli(['policy-text', '--db', raw.dbPath], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Mailjet SAS (Sinch Email): ‘이전 일시 및 방법’이(가) 비어 있습니다.');
  });
});
