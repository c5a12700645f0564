// `npm run bench`: how close the app's own work comes to the limit set by the raw crypto and SQLite
// underneath it. Each measure runs beside a baseline timed in the same run on the same machine, so
// the result is a ratio that does not depend on how fast this computer is. Prints a table, writes
// bench/results.json and exits 1 when a goal is missed. Not part of `npm test`.
import { hash as sha256, verify as ed25519Verify } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { addDays } from '../../shared/dates/calendar.ts';
import { EXPORT_HEADER, exportCsv, inventedReservations } from '../../electron/reservations/fixtures.ts';
import { performance } from 'node:perf_hooks';
import type { DestructionRecord, LedgerSignature } from '../../shared/ledger/types.ts';
import { canonicalJson } from '../../shared/ledger/canonical.ts';
import { appendLedgerEntry } from '../../electron/ledger/append.ts';
import { verifyLedger } from '../../electron/ledger/verify.ts';
import {
  accessEntryHash,
  accessEntryMac,
  accessEntryText,
  appendAccessEntry,
  verifyAccessLog,
  type AccessEntry,
} from '../../electron/ledger/accessChain.ts';
import { accessLogKey } from '../../electron/ledger/accessKey.ts';
import { accessAnchors, sealUnsealedTail } from '../../electron/ledger/seals.ts';
import { openUserKey } from '../../electron/accounts/keys.ts';
import { publicKeyObject, signText } from '../../electron/crypto/signing.ts';
import { fileViews } from '../../electron/register/handlers.ts';
import { reservationsMain } from '../../electron/reservations/domain.ts';
import type { CallContext } from '../../electron/handler.ts';
import { GENESIS_HASH } from '../../shared/ledger/types.ts';
import { CLINIC, OFFICER, createAccount, ok, setUpClinic } from '../support/accounts.ts';
import { databaseOf, testApp } from '../support/tempdb.ts';

const ACCESS_APPEND = Number(process.env.BENCH_ACCESS_APPEND ?? 100_000);
const ACCESS_VERIFY = Number(process.env.BENCH_ACCESS_VERIFY ?? 1_000_000);
const LEDGER_ENTRIES = Number(process.env.BENCH_LEDGER ?? 10_000);
const FILES = 5_000;
const RESERVATIONS = Number(process.env.BENCH_RESERVATIONS ?? 100_000);
const DUE_RECORDS = Number(process.env.BENCH_DUE ?? 1_000_000);

interface Row {
  measure: string;
  ms: number;
  baseline: string;
  baselineMs: number | null;
  /** ms / baselineMs; null for a measure with an absolute goal. */
  ratio: number | null;
  goal: string;
  pass: boolean;
}

const rows: Row[] = [];

async function timed(work: () => unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** The best of a few alternating runs of measure and baseline: the least disturbed by whatever else the machine does. */
async function bestOf(runs: number, measure: () => unknown, baseline: () => unknown): Promise<{ ms: number; baselineMs: number }> {
  let ms = Infinity;
  let baselineMs = Infinity;
  for (let run = 0; run < runs; run += 1) {
    baselineMs = Math.min(baselineMs, await timed(baseline));
    ms = Math.min(ms, await timed(measure));
  }
  return { ms, baselineMs };
}

function compare(measure: string, ms: number, baseline: string, baselineMs: number, goalRatio: number | null): void {
  const ratio = ms / baselineMs;
  rows.push({
    measure,
    ms,
    baseline,
    baselineMs,
    ratio,
    goal: goalRatio === null ? '(기록만)' : `≤ ${goalRatio}×`,
    pass: goalRatio === null || ratio <= goalRatio,
  });
}

function accessEntry(i: number): AccessEntry {
  return {
    at: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
    userId: 2,
    kind: 'read',
    method: 'register.list',
    targets: [`pi_file:${i % 5000}`],
    result: 'ok',
    terminal: 'bench',
  };
}

// ── 1. Appending access-log entries: the chained, keyed append against inserting the same rows. ──
{
  const chained = testApp();
  const plain = testApp();
  await setUpClinic(chained.app);
  await setUpClinic(plain.app);
  const chainedDb = databaseOf(chained.app).db;
  const plainDb = databaseOf(plain.app).db;
  const key = await accessLogKey(chained.app, chainedDb);
  if (!key) throw new Error('no access-log key');
  // The plain rows carry the very values the chained append computes, precomputed outside the clock.
  let previous =
    (await plainDb.selectFrom('access_log').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst())?.hash ?? GENESIS_HASH;
  const plainFirst =
    (
      await plainDb
        .selectFrom('access_log')
        .select((eb) => eb.fn.max('seq').as('last'))
        .executeTakeFirst()
    )?.last ?? 0;
  const precomputed = Array.from({ length: ACCESS_APPEND }, (_, i) => {
    const entry = accessEntry(i);
    const seq = plainFirst + i + 1;
    const targets = JSON.stringify(entry.targets);
    const hash = accessEntryHash(accessEntryText(seq, entry, targets, previous));
    const row = { seq, at: entry.at, user_id: entry.userId, kind: entry.kind, method: entry.method, targets, result: entry.result };
    const full = { ...row, terminal: entry.terminal, prev_hash: previous, hash, mac: accessEntryMac(key, hash) };
    previous = hash;
    return full;
  });
  const batches = ACCESS_APPEND / 1000;
  const baselineMs = await timed(async () => {
    for (let batch = 0; batch < batches; batch += 1) {
      await plainDb.transaction().execute(async (trx) => {
        for (let i = batch * 1000; i < (batch + 1) * 1000; i += 1) await trx.insertInto('access_log').values(precomputed[i]!).execute();
      });
    }
  });
  const ms = await timed(async () => {
    for (let batch = 0; batch < batches; batch += 1) {
      await chainedDb.transaction().execute(async (trx) => {
        for (let i = batch * 1000; i < (batch + 1) * 1000; i += 1) await appendAccessEntry(trx, accessEntry(i), key);
      });
    }
  });
  compare(`접근기록 ${ACCESS_APPEND.toLocaleString()}건 추가(해시 연결·MAC)`, ms, '같은 행의 단순 INSERT', baselineMs, null);
  await plain.close();
  await chained.close();
}

// ── 2. Verifying a million access-log entries against SHA-256 over the same bytes. ──
{
  const t = testApp();
  await setUpClinic(t.app);
  const { db, sqlite } = databaseOf(t.app);
  const key = await accessLogKey(t.app, db);
  if (!key) throw new Error('no access-log key');
  // Filled by the same text, hash and MAC functions the app uses, through one prepared statement
  // (a million appends through the app would only time the filling).
  const last = sqlite.prepare('SELECT seq, hash FROM access_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string };
  const insert = sqlite.prepare(
    'INSERT INTO access_log (seq, at, user_id, kind, method, targets, result, terminal, prev_hash, hash, mac) VALUES (?,?,?,?,?,?,?,?,?,?,?)',
  );
  const texts: string[] = [];
  let previous = last.hash;
  sqlite.transaction(() => {
    for (let i = 0; i < ACCESS_VERIFY; i += 1) {
      const entry = accessEntry(i);
      const seq = last.seq + i + 1;
      const targets = JSON.stringify(entry.targets);
      const text = accessEntryText(seq, entry, targets, previous);
      const hash = accessEntryHash(text);
      insert.run(
        seq,
        entry.at,
        entry.userId,
        entry.kind,
        entry.method,
        targets,
        entry.result,
        entry.terminal,
        previous,
        hash,
        accessEntryMac(key, hash),
      );
      texts.push(text);
      previous = hash;
    }
  })();
  // An hourly seal in a running app covers the log; the entries after it are checked by their MACs.
  await sealUnsealedTail(t.app, 'scheduled');
  const anchors = await accessAnchors(db);
  let entries = 0;
  const { ms, baselineMs } = await bestOf(
    3,
    async () => {
      const report = await verifyAccessLog(sqlite, { key, anchors });
      if (!report.ok) throw new Error(`access log did not verify: ${report.reason}`);
      entries = report.entries;
    },
    () => {
      for (const text of texts) sha256('sha256', text, 'hex');
    },
  );
  compare(`접근기록 ${entries.toLocaleString()}건 검증`, ms, '같은 바이트의 SHA-256', baselineMs, 2);
  // The floor under any verifier of this file: reading the same rows out of SQLite, hashing nothing.
  const read = sqlite
    .prepare(
      `SELECT seq, at, user_id, kind, method, targets, result, terminal, prev_hash, hash, mac FROM access_log WHERE seq > ? ORDER BY seq LIMIT 5000`,
    )
    .raw();
  const { ms: readMs } = await bestOf(
    3,
    () => {
      for (let after = 0; ;) {
        const batch = read.all(after) as Array<[number]>;
        if (batch.length === 0) break;
        after = batch[batch.length - 1]?.[0] ?? after;
      }
    },
    () => undefined,
  );
  compare(`(참고) 같은 행을 SQLite에서 읽기만`, readMs, '같은 바이트의 SHA-256', baselineMs, null);
  await t.close();
}

// ── 3. Verifying 10,000 signed destructions against bare Ed25519 verifies of their signatures. ──
{
  const t = testApp();
  const officer = await setUpClinic(t.app);
  const clerk = await createAccount(t.app, officer, 'clerk', 'admin');
  const { db } = databaseOf(t.app);
  const performer = await openUserKey(db, clerk.id, clerk.password);
  const approver = await openUserKey(db, 1, OFFICER.password);
  if (!performer || !approver) throw new Error('keys did not open');
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < LEDGER_ENTRIES; i += 1) {
      const serial = `2026-${String(i + 1).padStart(5, '0')}`;
      const record: DestructionRecord = {
        serial,
        requestId: i + 1,
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
      const signature: LedgerSignature = {
        role: 'performer',
        keyId: performer.keyId,
        signs: 'record',
        signature: signText(performer.privateKey, canonicalJson(record)),
      };
      await appendLedgerEntry(trx, {
        kind: 'destruction',
        serial,
        body: {
          serial,
          record,
          approval: {
            approver: { userId: 1, login: OFFICER.login, name: OFFICER.name, title: OFFICER.title, keyId: approver.keyId },
            approvedOn: '2026-11-24',
            approvedAt: '2026-11-24T02:00:00.000Z',
          },
          requireDistinctSigners: true,
        },
        recordedAt: new Date(),
        earlierSignatures: [signature],
        signers: [{ role: 'approver', keyId: approver.keyId, privateKey: approver.privateKey }],
      });
    }
  });
  const ledgerRows = await db.selectFrom('ledger_entries').selectAll().orderBy('seq').execute();
  // The baseline: every signature of every entry, verified over its bytes with keys parsed once.
  const keys = new Map(
    (await db.selectFrom('signing_keys').select(['key_id', 'public_key']).execute()).map((k) => [k.key_id, publicKeyObject(k.public_key)]),
  );
  const checks = ledgerRows.flatMap((row) => {
    const content = JSON.parse(row.content) as { body: { record?: unknown } };
    return (JSON.parse(row.signatures) as LedgerSignature[]).map((s) => ({
      bytes: Buffer.from(s.signs === 'record' ? canonicalJson(content.body.record) : row.content),
      key: keys.get(s.keyId)!,
      signature: Buffer.from(s.signature, 'base64'),
    }));
  });
  let entries = 0;
  const { ms, baselineMs } = await bestOf(
    3,
    () => {
      const { report } = verifyLedger(ledgerRows);
      if (!report.ok) throw new Error(`ledger did not verify: ${report.reason}`);
      entries = report.entries;
    },
    () => {
      for (const check of checks) if (!ed25519Verify(null, check.bytes, check.key, check.signature)) throw new Error('bad signature');
    },
  );
  compare(
    `관리대장 ${entries.toLocaleString()}항목 검증(서명 ${checks.length.toLocaleString()}개)`,
    ms,
    `Ed25519 검증 ${checks.length.toLocaleString()}번`,
    baselineMs,
    1.2,
  );

  // ── 4. The register's list with due dates: an absolute goal, a screen staff wait for. ──
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
  const listMs = await timed(() => fileViews(db, '2026-11-24'));
  rows.push({
    measure: `파일 목록과 파기 예정일(${FILES.toLocaleString()}건)`,
    ms: listMs,
    baseline: '—',
    baselineMs: null,
    ratio: null,
    goal: '≤ 2,000 ms',
    pass: listMs <= 2_000,
  });
  await t.close();
}

// ── 5. Reservations: import, list, "due on D", dispose — beside raw SQLite doing the same on the same data. ──
{
  const t = testApp('2026-11-24T09:00:00+09:00');
  const officer = await setUpClinic(t.app);
  const clerk = await createAccount(t.app, officer, 'clerk', 'admin', '김행정');
  const sqlite = databaseOf(t.app).sqlite;
  const dir = dirname(t.dbPath);
  // 400 a day from 2026-01-01: every one of them is past its day by 2026-11-24, so all are due.
  const bookings = inventedReservations(RESERVATIONS, '2026-01-01', { perDay: 400 });
  const csv = exportCsv(bookings, false);
  const csvPath = join(dir, 'reservations.csv');
  writeFileSync(csvPath, csv);
  const upload = { fileName: 'reservations.csv', dataBase64: Buffer.from(csv).toString('base64'), source: '홈페이지 예약' };

  const importMs = await timed(() => ok(t.app, clerk.session, 'reservations.import', upload));
  // Raw: the sqlite3 CLI's .import of the same CSV into a plain table of another file (no checks, no due dates).
  const rawPath = join(dir, 'raw.db');
  const sqliteCli = spawnSync('sqlite3', ['-version'], { encoding: 'utf8' }).status === 0;
  const rawImportMs = await timed(() => {
    if (sqliteCli) {
      const run = spawnSync('sqlite3', [rawPath, '.mode csv', `.import --skip 1 ${csvPath} raw`], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`sqlite3 .import failed: ${run.stderr}`);
    } else {
      const raw = new BetterSqlite3(rawPath);
      raw.exec(`CREATE TABLE raw (${EXPORT_HEADER.map((h) => `"${h}" TEXT`).join(', ')})`);
      const insert = raw.prepare(`INSERT INTO raw VALUES (${EXPORT_HEADER.map(() => '?').join(', ')})`);
      raw.transaction(() => {
        for (const r of bookings)
          insert.run(
            r.bookingId,
            r.status,
            r.name,
            r.nationality,
            r.birthDate,
            r.email,
            r.phone,
            r.department,
            r.reservedAt,
            r.cancelledAt,
          );
      })();
      raw.close();
    }
  });
  const rawWhat = sqliteCli ? 'sqlite3 CLI .import (같은 CSV)' : 'better-sqlite3 INSERT (sqlite3 CLI 없음)';
  compare(`예약 ${RESERVATIONS.toLocaleString()}건 가져오기(검사·파기일 포함)`, importMs, rawWhat, rawImportMs, null);

  const listMs = await timed(() => ok(t.app, clerk.session, 'reservations.list', {}));
  const rawListMs = await timed(() => sqlite.prepare('SELECT * FROM reservations ORDER BY due_on, id').all());
  compare(`예약 ${RESERVATIONS.toLocaleString()}건 목록(화면에 보내는 형태)`, listMs, '같은 행 SELECT *', rawListMs, null);

  // Dispose every due row: the two-signature workflow (request, perform = delete, approve) against a plain DELETE on a copy.
  copyFileSync(t.dbPath, join(dir, 'copy.db'));
  const disposeMs = await timed(async () => {
    const request = await ok(t.app, clerk.session, 'reservations.requestDisposal', {
      scope: { kind: 'dueBy', on: '2026-11-24' },
      reason: 'purpose_achieved',
    });
    await ok(t.app, clerk.session, 'disposal.perform', { requestId: request.id, performedOn: '2026-11-24', password: clerk.password });
    await ok(t.app, officer, 'disposal.approve', { requestId: request.id, password: OFFICER.password });
  });
  const copy = new BetterSqlite3(join(dir, 'copy.db'));
  copy.pragma('journal_mode = WAL');
  copy.pragma('secure_delete = ON');
  const rawDeleteMs = await timed(() => {
    copy.prepare("DELETE FROM reservations WHERE due_on <= '2026-11-24'").run();
    copy.pragma('wal_checkpoint(TRUNCATE)');
  });
  copy.close();
  compare(
    `예약 ${RESERVATIONS.toLocaleString()}건 파기(요청·수행 서명·승인 서명)`,
    disposeMs,
    '같은 파일 사본에 DELETE(secure_delete)',
    rawDeleteMs,
    null,
  );

  // "What is due on D" over a million records: the stored, indexed due date, a range scan.
  const insert = sqlite.prepare(
    `INSERT INTO reservations (source, booking_id, name, reserved_at, reserved_on, status, due_on, destroy_by, created_at, updated_at)
     VALUES ('bench', ?, '홍길동', ?, ?, 'completed', ?, ?, '2026-01-01', '2026-01-01')`,
  );
  sqlite.transaction(() => {
    for (let i = 0; i < DUE_RECORDS; i += 1) {
      const day = addDays('2024-01-01', i % 1000);
      insert.run(`B${i}`, day, day, addDays(day, 1), addDays(day, 6));
    }
  })();
  const onDay = '2025-06-01';
  // The daily question as the dashboard and the daily run ask it (the domain's `upcoming`, one day): the index range scan.
  const call = { db: databaseOf(t.app).db, today: '2026-11-24' } as unknown as CallContext;
  const upcoming = reservationsMain.upcoming;
  if (!upcoming) throw new Error('reservations have no upcoming');
  const { ms: dueMs, baselineMs: rawDueMs } = await bestOf(
    5,
    () => upcoming(call, onDay, onDay),
    () => sqlite.prepare('SELECT count(*) FROM reservations WHERE due_on = ?').pluck().get(onDay),
  );
  const plan = (
    sqlite
      .prepare(
        'EXPLAIN QUERY PLAN SELECT due_on, count(*), min(destroy_by) FROM reservations WHERE due_on >= ? AND due_on <= ? GROUP BY due_on',
      )
      .all(onDay, onDay) as Array<{ detail: string }>
  )
    .map((row) => row.detail)
    .join('; ');
  rows.push({
    measure: `${DUE_RECORDS.toLocaleString()}건 중 "${onDay}에 파기할 것" (${plan})`,
    ms: dueMs,
    baseline: '같은 조건 SELECT count(*)',
    baselineMs: rawDueMs,
    ratio: dueMs / rawDueMs,
    goal: '≤ 50 ms, 색인 사용',
    pass: dueMs <= 50 && plan.includes('reservations_due'),
  });
  // The whole schedule screen for that day: also how many are due and overdue today, over every record.
  const screenMs = await timed(() => ok(t.app, clerk.session, 'reservations.schedule', { from: onDay, until: onDay }));
  compare(
    `파기 일정 화면(${DUE_RECORDS.toLocaleString()}건, 오늘까지 전부 파기 대상)`,
    screenMs,
    '같은 조건 SELECT count(*)',
    rawDueMs,
    null,
  );
  await t.close();
}

const format = (ms: number | null) => (ms === null ? '—' : `${Math.round(ms).toLocaleString()} ms`);
console.table(
  rows.map((row) => ({
    측정: row.measure,
    시간: format(row.ms),
    기준: row.baseline,
    기준시간: format(row.baselineMs),
    배율: row.ratio === null ? '—' : `${row.ratio.toFixed(2)}×`,
    목표: row.goal,
    결과: row.pass ? '통과' : '미달',
  })),
);
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ at: new Date().toISOString(), node: process.version, platform: `${process.platform}-${process.arch}`, rows }, null, 2)}\n`,
);
console.log('bench/results.json 에 기록했습니다.');
process.exitCode = rows.every((row) => row.pass) ? 0 : 1;
