// `npm run bench`: the timing goals of the app, measured on a real SQLite file. Not part of
// `npm test` (timings depend on the machine); it exits 1 when a goal is missed.
import { sign } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { DestructionRecord } from '../../shared/ledger/types.ts';
import { canonicalJson } from '../../shared/ledger/canonical.ts';
import { appendLedgerEntry } from '../../electron/ledger/append.ts';
import { verifyLedgerRows } from '../../electron/ledger/verify.ts';
import { appendAccessEntry, verifyAccessLog } from '../../electron/ledger/accessChain.ts';
import { openUserKey } from '../../electron/accounts/keys.ts';
import { fileViews } from '../../electron/register/handlers.ts';
import { CLINIC, OFFICER, createAccount, ok, setUpClinic } from '../support/accounts.ts';
import { databaseOf, testApp } from '../support/tempdb.ts';

interface Goal {
  name: string;
  ms: number;
  limitMs: number;
}

async function time(name: string, limitMs: number, work: () => Promise<unknown>): Promise<Goal> {
  const started = performance.now();
  await work();
  return { name, ms: Math.round(performance.now() - started), limitMs };
}

const ACCESS_ENTRIES = 100_000;
const LEDGER_ENTRIES = 2_000;
const FILES = 5_000;

const t = testApp();
const officer = await setUpClinic(t.app);
const clerk = await createAccount(t.app, officer, 'clerk', 'admin');
const { db } = databaseOf(t.app);
const goals: Goal[] = [];

goals.push(
  await time(`append ${ACCESS_ENTRIES.toLocaleString()} access-log entries (batches of 1,000)`, 60_000, async () => {
    for (let batch = 0; batch < ACCESS_ENTRIES / 1000; batch += 1) {
      await db.transaction().execute(async (trx) => {
        for (let i = 0; i < 1000; i += 1) {
          await appendAccessEntry(trx, {
            at: new Date(Date.UTC(2026, 0, 1) + (batch * 1000 + i) * 1000).toISOString(),
            userId: 2,
            kind: 'read',
            method: 'register.list',
            targets: [`pi_file:${i}`],
            result: 'ok',
            terminal: 'bench',
          });
        }
      });
    }
  }),
);
goals.push(await time(`verify the access log (${ACCESS_ENTRIES.toLocaleString()}+ entries)`, 15_000, () => verifyAccessLog(db)));

const performer = await openUserKey(db, clerk.id, clerk.password);
const approver = await openUserKey(db, 1, OFFICER.password);
if (!performer || !approver) throw new Error('keys did not open');
goals.push(
  await time(`append ${LEDGER_ENTRIES.toLocaleString()} signed destruction entries`, 30_000, async () => {
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < LEDGER_ENTRIES; i += 1) {
        const record: DestructionRecord = {
          requestId: i,
          clinic: { name: CLINIC.name, businessNumber: CLINIC.businessNumber },
          files: [],
          method: 'paper_shred',
          methodLabel: '파쇄',
          methodBasis: '개인정보 보호법 시행령 제16조 제1항 제2호',
          reason: 'retention_expired',
          reasonLabel: '보유기간 경과',
          place: '행정실',
          note: '',
          requestedAt: '2026-11-24T00:00:00.000Z',
          requestedBy: { userId: clerk.id, name: 'clerk' },
          performedOn: '2026-11-24',
          performedAt: '2026-11-24T01:00:00.000Z',
          performer: { userId: clerk.id, login: 'clerk', name: 'clerk', title: '직원', keyId: performer.keyId },
          attachments: [],
        };
        const signature = { role: 'performer' as const, keyId: performer.keyId, signs: 'record' as const, signature: '' };
        signature.signature = sign(null, Buffer.from(canonicalJson(record)), performer.privateKey).toString('base64');
        await appendLedgerEntry(trx, {
          kind: 'destruction',
          serial: `2026-${String(i + 1).padStart(4, '0')}`,
          body: {
            serial: `2026-${String(i + 1).padStart(4, '0')}`,
            record,
            approval: {
              approver: { userId: 1, login: OFFICER.login, name: OFFICER.name, title: OFFICER.title, keyId: approver.keyId },
              approvedOn: '2026-11-24',
              approvedAt: '',
            },
            requireDistinctSigners: true,
          },
          recordedAt: new Date(),
          earlierSignatures: [signature],
          signers: [{ role: 'approver', keyId: approver.keyId, privateKey: approver.privateKey }],
        });
      }
    });
  }),
);
goals.push(
  await time(`verify the ledger (${LEDGER_ENTRIES.toLocaleString()}+ entries, every signature)`, 10_000, async () => {
    const report = verifyLedgerRows(await db.selectFrom('ledger_entries').selectAll().orderBy('seq').execute());
    if (!report.ok) throw new Error(`ledger did not verify: ${report.reason}`);
  }),
);

const policy = await ok(t.app, officer, 'policies.save', {
  name: 'CCTV',
  startLabel: '촬영일',
  source: { kind: 'preset', presetId: 'cctv-30d' },
});
await db.transaction().execute(async (trx) => {
  for (let i = 0; i < FILES; i += 1) {
    await trx
      .insertInto('pi_files')
      .values({
        name: `파일 ${i}`,
        items: '영상',
        media_kind: 'video',
        location_kind: 'cctv',
        location_detail: 'NVR',
        record_count: 10,
        policy_id: policy.id,
        created_on: '2026-01-01',
        start_date: '2026-01-01',
        event_date: null,
        hold_reason: null,
        hold_until: null,
        destroyed_at: null,
        created_at: '2026-01-01',
        updated_at: '2026-01-01',
      })
      .execute();
  }
});
goals.push(await time(`register list with due dates (${FILES.toLocaleString()} files)`, 2_000, () => fileViews(db, '2026-11-24')));

await t.close();
let missed = 0;
for (const goal of goals) {
  const pass = goal.ms <= goal.limitMs;
  if (!pass) missed += 1;
  console.log(`${pass ? 'ok  ' : 'SLOW'} ${String(goal.ms).padStart(7)} ms  (goal ${goal.limitMs} ms)  ${goal.name}`);
}
process.exitCode = missed === 0 ? 0 : 1;
