import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isIsoDate, seoulDate } from '../../shared/dates/calendar.ts';
import { issueText } from '../../shared/formats/import.ts';
import type { Command, CommandContext } from '../cli/command.ts';
import { openExisting, requireOption, withApp } from '../cli/database.ts';
import { CliError, EXIT, printJson } from '../cli/io.ts';
import { cliSession, requireEnv, signInFromEnv } from '../cli/session.ts';
import { writeFileAtomically } from '../files.ts';
import type { AppContext } from '../context.ts';

function dateOption(options: Record<string, unknown>, name: string): string {
  const value = requireOption(options, name);
  if (!isIsoDate(value)) throw new CliError(`--${name} '${value}'은(는) 실제 날짜가 아닙니다. YYYY-MM-DD 형식으로 입력해 주세요.`);
  return value;
}

export const importReservations: Command = {
  name: 'import-reservations',
  summary:
    '예약 시스템에서 내려받은 예약 명단(CSV: UTF-8·CP949, XLSX)을 가져옵니다. 한 행이라도 고칠 곳이 있으면 아무것도 가져오지 않고 행·열별 오류를 출력합니다(종료 코드 2). RD_USER·RD_PASSWORD로 로그인합니다.',
  usage: 'import-reservations --db FILE [--source 예약시스템] PATH',
  options: { db: { type: 'string' }, source: { type: 'string' }, path: { type: 'string' } },
  positional: 'path',
  run: (options, io) => {
    const path = typeof options.path === 'string' ? options.path : undefined;
    if (!path) throw new CliError('가져올 파일의 위치를 지정해 주세요: import-reservations --db FILE PATH');
    if (!existsSync(path)) throw new CliError(`파일이 없습니다: ${path}`);
    const dataBase64 = readFileSync(path).toString('base64');
    return withApp(openExisting(requireOption(options, 'db'), io), async (app) => {
      const session = await signInFromEnv(app, io);
      const source = typeof options.source === 'string' ? options.source : '홈페이지 예약';
      try {
        const upload = { fileName: basename(path), dataBase64, source };
        // Every problem by row and column, and nothing imported (the import refuses the same file).
        const preview = await io.call(app, session, 'reservations.importPreview', upload);
        if (preview.issues.length > 0) {
          printJson(io, { ok: false, imported: 0, file: basename(path), format: preview.format, issues: preview.issues });
          for (const issue of preview.issues.slice(0, 50)) io.stderr(`${issueText(issue)}\n`);
          return EXIT.usage;
        }
        const result = await io.call(app, session, 'reservations.import', upload);
        printJson(io, {
          ok: true,
          file: basename(path),
          format: result.preview.format,
          rows: result.preview.total,
          added: result.added,
          updated: result.updated,
          importId: result.importId,
        });
        return EXIT.done;
      } finally {
        await io.call(app, session, 'auth.signOut', {});
      }
    });
  },
};

export const dueReservations: Command = {
  name: 'due',
  summary:
    '그 날까지 파기 대상이 된 예약 기록(파기일이 그 날이나 그 전인 것)의 건수와 날짜별 내역을 JSON으로 출력합니다. 개인정보 값은 출력하지 않습니다.',
  usage: 'due --db FILE --on YYYY-MM-DD',
  options: { db: { type: 'string' }, on: { type: 'string' } },
  run: (options, io) => {
    const on = dateOption(options, 'on');
    return withApp(openExisting(requireOption(options, 'db'), io), async (app) => {
      const session = await signInFromEnv(app, io);
      const due = await io.call(app, session, 'reservations.due', { on });
      await io.call(app, session, 'auth.signOut', {});
      const byDay = new Map<string, number>();
      for (const record of due) byDay.set(record.dueOn, (byDay.get(record.dueOn) ?? 0) + 1);
      printJson(io, {
        on,
        count: due.length,
        overdue: due.filter((record) => record.destroyBy < on).length,
        ids: due.map((record) => record.id),
        days: [...byDay].map(([date, count]) => ({ date, count })),
      });
      return EXIT.done;
    });
  },
};

/** Signs in the approver (RD_APPROVER / RD_APPROVER_PASSWORD) in a session of their own. */
async function signInApprover(app: AppContext, io: CommandContext) {
  const session = cliSession();
  await io.call(app, session, 'auth.signIn', { login: requireEnv(io, 'RD_APPROVER'), password: requireEnv(io, 'RD_APPROVER_PASSWORD') });
  return session;
}

export const disposeDue: Command = {
  name: 'dispose-due',
  summary:
    '그 날까지 파기 대상이 된 예약 기록을 파기합니다: RD_USER가 요청하고 수행 서명(이때 기록이 지워짐), RD_APPROVER가 승인 서명해 관리대장에 기록합니다.',
  usage: 'dispose-due --db FILE --on YYYY-MM-DD',
  options: { db: { type: 'string' }, on: { type: 'string' } },
  run: (options, io) => {
    const on = dateOption(options, 'on');
    return withApp(openExisting(requireOption(options, 'db'), io), async (app) => {
      const performer = await signInFromEnv(app, io);
      const approver = await signInApprover(app, io);
      const request = await io.call(app, performer, 'reservations.requestDisposal', {
        scope: { kind: 'dueBy', on },
        reason: 'purpose_achieved',
        place: '행정실 PC (Retention Desk 데이터베이스)',
        note: 'dispose-due',
      });
      const today = seoulDate(app.clock.now());
      await io.call(app, performer, 'disposal.perform', {
        requestId: request.id,
        performedOn: today,
        password: requireEnv(io, 'RD_PASSWORD'),
      });
      const done = await io.call(app, approver, 'disposal.approve', {
        requestId: request.id,
        password: requireEnv(io, 'RD_APPROVER_PASSWORD'),
      });
      const [disposal] = await io.call(app, approver, 'reservations.disposals', { serial: done.serial ?? '' });
      await io.call(app, performer, 'auth.signOut', {});
      await io.call(app, approver, 'auth.signOut', {});
      printJson(io, {
        ok: true,
        serial: done.serial,
        destroyed: disposal?.count ?? 0,
        firstDate: disposal?.firstDate ?? null,
        lastDate: disposal?.lastDate ?? null,
        processors: disposal?.confirmations.map((c) => c.name) ?? [],
      });
      return EXIT.done;
    });
  },
};

export const exportData: Command = {
  name: 'export',
  summary: '데이터를 CSV(UTF-8, BOM)로 내보냅니다. --what reservations: 보유 중인 예약 기록. RD_USER·RD_PASSWORD로 로그인합니다.',
  usage: 'export --db FILE --what reservations --out FILE.csv',
  options: { db: { type: 'string' }, what: { type: 'string' }, out: { type: 'string' } },
  run: (options, io) => {
    const what = requireOption(options, 'what');
    if (what !== 'reservations') throw new CliError(`--what '${what}'은(는) 내보낼 수 없습니다. reservations를 지정해 주세요.`);
    const out = requireOption(options, 'out');
    if (existsSync(out)) throw new CliError(`이미 있는 파일입니다. 다른 이름을 지정하세요: ${out}`);
    return withApp(openExisting(requireOption(options, 'db'), io), async (app) => {
      const session = await signInFromEnv(app, io);
      const { csv, rows } = await io.call(app, session, 'reservations.exportCsv', {});
      await io.call(app, session, 'auth.signOut', {});
      writeFileAtomically(out, csv, { exclusive: true });
      printJson(io, { ok: true, what, out, rows });
      return EXIT.done;
    });
  },
};

export const reservationCommands: readonly Command[] = [importReservations, dueReservations, disposeDue, exportData];
