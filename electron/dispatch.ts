import { seoulDate } from '../shared/dates/calendar.ts';
import { AppError, VALIDATION_MESSAGE, fieldErrors, type ApiErrorBody, type Result } from '../shared/contract/errors.ts';
import { type MethodDef } from '../shared/contract/method.ts';
import { api } from '../shared/domains.ts';
import type { Db } from '../db/connection.ts';
import type { AppContext } from './context.ts';
import { ledgerHead } from './ledger/append.ts';
import { appendAccessEntry, type AccessEntry } from './ledger/accessChain.ts';
import { accessLogKey } from './ledger/accessKey.ts';
import { writeCheckpointFile } from './ledger/checkpointFile.ts';
import { sealAccessLog } from './ledger/seals.ts';
import type { SealBody } from '../shared/ledger/types.ts';
import { handlers } from './domains.ts';
import { readSettings } from './settings/handlers.ts';
import type { CallContext, Handler } from './handler.ts';
import { isIdleExpired, signOut, type Session } from './session.ts';

export { terminalName } from './session.ts';

export type Dispatch = (app: AppContext, session: Session, method: string, payload: unknown) => Promise<Result<unknown>>;

const MESSAGES = {
  unknownMethod: '알 수 없는 요청입니다. 프로그램을 다시 시작해 주세요.',
  unauthenticated: '로그인이 필요합니다. 다시 로그인해 주세요.',
  accountGone: '계정을 더 이상 사용할 수 없습니다. 개인정보 보호책임자에게 문의하세요.',
  accountLocked: '계정이 잠겨 있습니다. 개인정보 보호책임자에게 잠금 해제를 요청하세요.',
  idleLocked: '일정 시간 사용하지 않아 화면이 잠겼습니다. 비밀번호를 다시 입력하세요.',
  forbidden: '이 작업을 할 권한이 없습니다. 개인정보 보호책임자에게 권한을 요청해 주세요.',
  mustChangePassword: '임시 비밀번호를 먼저 본인의 비밀번호로 변경해 주세요.',
  databaseUnavailable: '데이터베이스를 열 수 없어 작업을 할 수 없습니다. 프로그램을 다시 시작해 주세요.',
  internal: '처리 중 예상하지 못한 오류가 발생했습니다. 변경된 내용은 없습니다. 다시 시도하고, 반복되면 담당자에게 알려 주세요.',
  keyStore:
    '이 프로그램은 이 데이터베이스를 보호하는 키 저장소를 열 수 없어 기록을 남길 수 없습니다. 이 PC의 Retention Desk 앱에서 작업해 주세요.',
  brokenText: '입력에 깨진 문자(짝이 없는 유니코드 대리 문자)가 있습니다. 그 부분을 지우고 다시 입력해 주세요.',
  alreadyRunning: '같은 작업이 이미 진행 중입니다. 끝난 뒤에 다시 시작해 주세요.',
} as const;

function error(code: ApiErrorBody['code'], message: string): ApiErrorBody {
  return { code, message };
}

const noDatabase = new Proxy({} as Db, {
  get() {
    throw new Error('this method is declared with transaction: false and cannot use the database');
  },
});

/**
 * Decides whether the session may call the method: signed in, account still usable, not idle past
 * the lock time, and (for role-restricted methods) the role is listed and the password is the
 * account's own. Marks activity when it admits. Returns the refusal, if any.
 */
async function admit(db: Db, session: Session, def: MethodDef, now: Date, log: (entry: Partial<AccessEntry>) => Promise<void>) {
  const current = session.user;
  if (!current) return def.roles === 'public' ? null : error('UNAUTHENTICATED', MESSAGES.unauthenticated);
  const user = await db
    .selectFrom('users')
    .select(['role', 'disabled_at', 'locked_at', 'must_change_password'])
    .where('id', '=', current.id)
    .executeTakeFirst();
  if (!user || user.disabled_at || user.locked_at) {
    signOut(session);
    if (def.roles === 'public') return null;
    return user?.locked_at ? error('LOCKED', MESSAGES.accountLocked) : error('UNAUTHENTICATED', MESSAGES.accountGone);
  }
  // The idle lock is checked on every call of a signed-in window, public ones included, so that a
  // status poll shows the lock screen; only non-public calls count as activity.
  if (!session.locked && isIdleExpired(session, now, (await readSettings(db)).idleLockMinutes)) {
    session.locked = true;
    await log({ kind: 'auth', method: 'session.lock', result: 'ok' });
  }
  if (def.roles === 'public') return null;
  if (session.locked) return error('LOCKED', MESSAGES.idleLocked);
  current.role = user.role;
  current.mustChangePassword = user.must_change_password === 1;
  session.lastActivityAt = now.getTime();
  if (def.roles === 'signedIn') return null;
  if (current.mustChangePassword) return error('FORBIDDEN', MESSAGES.mustChangePassword);
  if (!def.roles.includes(current.role)) return error('FORBIDDEN', MESSAGES.forbidden);
  return null;
}

/** A string with a lone UTF-16 surrogate cannot be stored as UTF-8 unchanged: the file would then say something else than was signed. */
function hasLoneSurrogate(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return !value.isWellFormed();
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((item) => hasLoneSurrogate(item, depth + 1));
  return Object.entries(value).some(([key, item]) => !key.isWellFormed() || hasLoneSurrogate(item, depth + 1));
}

/**
 * Builds the one entry point from the renderer (and the CLI, and tests) into the services:
 * method lookup → admission (sign-in, idle lock, role) → schema validation → handler in one
 * transaction → access-log entry (and, when the call added to the signed ledger or ended a
 * session, a seal of the log's head) → result. Refused and failed attempts are logged too. Nothing
 * internal (stack, SQL) reaches the caller; every message is Korean; nothing a caller sends makes
 * it throw.
 */
export function createDispatcher(
  contract: Record<string, MethodDef>,
  implementations: Record<string, Handler<MethodDef>>,
  options: { onInternalError?: (method: string, error: unknown) => void } = {},
): Dispatch {
  const reportInternal =
    options.onInternalError ??
    ((method: string, cause: unknown) => {
      console.error(`[dispatch] ${method} failed`, cause);
    });

  const run: Dispatch = async (app, session, rawMethod, payload) => {
    const now = app.clock.now();
    // What the log writes for an unknown name: at most 100 UTF-16 units, never half a surrogate pair.
    const method = typeof rawMethod === 'string' ? rawMethod.slice(0, 100).toWellFormed() : '';
    const known = typeof rawMethod === 'string' && rawMethod.isWellFormed();
    const def = known && Object.hasOwn(contract, rawMethod) ? contract[rawMethod] : undefined;
    const handler = known && Object.hasOwn(implementations, rawMethod) ? implementations[rawMethod] : undefined;
    const state = app.state();
    const database = state.ok ? state.database : undefined;
    // Only public methods that need no transaction (the app's status, the recovery screen) work
    // while the database cannot be opened; everything else needs it, if only to admit the caller.
    if (!database && (def?.transaction !== false || def.roles !== 'public')) {
      return { ok: false, error: error('INTERNAL', MESSAGES.databaseUnavailable) };
    }

    const targets: string[] = [];
    const callerId = session.user?.id ?? null;
    const entry = (result: string, extra: Partial<AccessEntry> = {}): AccessEntry => ({
      at: now.toISOString(),
      userId: callerId ?? session.user?.id ?? null,
      kind: def && def.log !== 'none' ? def.log : 'system',
      method,
      targets,
      result,
      terminal: session.terminal,
      ...extra,
    });
    /** The access-log key: a program that cannot open it may not write the log (so it may not act). */
    const logKey = async (db: Db): Promise<Buffer> => {
      const key = await accessLogKey(app, db);
      if (!key) throw new AppError('INTERNAL', MESSAGES.keyStore);
      return key;
    };
    const logSeparately = async (accessEntry: AccessEntry) => {
      if (database) await database.db.transaction().execute(async (trx) => appendAccessEntry(trx, accessEntry, await logKey(trx)));
    };
    // Housekeeping methods are not logged when they succeed; every refusal is: a refusal is an attempt.
    const logsSuccess = def !== undefined && def.log !== 'none';
    const refuse = async (body: ApiErrorBody, logAs: string = body.code): Promise<Result<never>> => {
      await logSeparately(entry(logAs));
      return { ok: false, error: body };
    };

    if (!def || !handler) return refuse(error('NOT_FOUND', MESSAGES.unknownMethod));

    if (database) {
      const refusal = await admit(database.db, session, def, now, (extra) => logSeparately(entry('ok', extra)));
      if (refusal) return refuse(refusal);
    }

    if (hasLoneSurrogate(payload)) return refuse({ code: 'VALIDATION', message: MESSAGES.brokenText, fields: { _: MESSAGES.brokenText } });
    const parsed = def.input.safeParse(payload ?? {});
    if (!parsed.success) return refuse({ code: 'VALIDATION', message: VALIDATION_MESSAGE, fields: fieldErrors(parsed.error) });

    // Claimed before any await, so that a second call arriving while this one waits is refused.
    const running = (session.running ??= new Set());
    if (def.oneAtATime && running.has(method)) return refuse(error('CONFLICT', MESSAGES.alreadyRunning));
    if (def.oneAtATime) running.add(method);

    const afterCommit: Array<() => void> = [];
    const call = (db: Db): CallContext => ({
      db,
      app,
      now,
      today: seoulDate(now),
      session,
      target: (kind, id) => {
        targets.push(`${kind}:${id}`.toWellFormed());
      },
      afterCommit: (task) => afterCommit.push(task),
      progress: (task, done, total) => session.emit?.({ type: 'progress', task, done, total }),
    });

    /**
     * The call's own access-log entry — anchoring any ledger entry it added (seq and hash, so a cut
     * ledger tail shows) — and then a seal of the log's head when the ledger grew or the session
     * ended; the external checkpoint then follows the file. In the caller's transaction.
     */
    const record = async (trx: Db, before: { seq: number; hash: string }, result: string) => {
      const after = await ledgerHead(trx);
      if (after.seq !== before.seq) targets.push(`ledger:${after.seq}:${after.hash}`);
      if (logsSuccess || result !== 'ok') await appendAccessEntry(trx, entry(result), await logKey(trx));
      const reason = sealReason(rawMethod, def, after.seq !== before.seq);
      if (reason && (await sealAccessLog(app, trx, now, reason))) afterCommit.push(() => void writeCheckpointFile(app));
    };

    try {
      let value: unknown;
      if (!database) {
        // The recovery screen's status calls: nothing to write, nothing to read from the file.
        value = await handler(call(noDatabase), parsed.data);
      } else if (def.log === 'none' && !def.transaction) {
        // Housekeeping (the app's status, reopening the file): writes nothing, logs nothing.
        value = await handler(call(database.db), parsed.data);
      } else if (!def.transaction) {
        // Slow work that must not hold the database (printing a PDF that itself reads the ledger, a
        // long verification that can be cancelled): the handler opens its own transactions.
        const before = await ledgerHead(database.db);
        value = await handler(call(database.db), parsed.data);
        await database.db.transaction().execute((trx) => record(trx, before, 'ok'));
      } else {
        value = await database.db.transaction().execute(async (trx) => {
          try {
            const before = await ledgerHead(trx);
            const result = await handler(call(trx), parsed.data);
            await record(trx, before, 'ok');
            return result;
          } catch (cause) {
            // The failure is itself a fact to keep (a wrong password's count): commit it with its log entry.
            if (cause instanceof AppError && cause.persist) {
              await appendAccessEntry(trx, entry(cause.logAs), await logKey(trx));
              return new PersistedFailure(cause);
            }
            throw cause;
          }
        });
      }
      if (value instanceof PersistedFailure) return { ok: false, error: value.error.toBody() };
      for (const task of afterCommit) task();
      return { ok: true, value };
    } catch (cause) {
      if (cause instanceof AppError) return refuse(cause.toBody(), cause.logAs);
      reportInternal(method, cause);
      return refuse(error('INTERNAL', MESSAGES.internal));
    } finally {
      if (def.oneAtATime) running.delete(method);
    }
  };

  // The door never throws: whatever escapes (a log that cannot be written, a broken file) is a
  // typed INTERNAL error, reported to the console.
  return async (app, session, method, payload) => {
    try {
      return await run(app, session, method, payload);
    } catch (cause) {
      reportInternal(typeof method === 'string' ? method.slice(0, 100).toWellFormed() : '?', cause);
      return { ok: false, error: error('INTERNAL', cause instanceof AppError ? cause.message : MESSAGES.internal) };
    }
  };
}

/** When the call's access-log entry is sealed into the signed ledger right away. */
function sealReason(method: string, def: MethodDef, ledgerGrew: boolean): SealBody['reason'] | null {
  if (method === 'setup.run') return 'setup';
  if (def.sealsLog) return 'sign-out';
  return ledgerGrew ? 'entry' : null;
}

/** Carries a persisted AppError out of a committed transaction. */
class PersistedFailure {
  readonly error: AppError;

  constructor(cause: AppError) {
    this.error = cause;
  }
}

export const dispatch: Dispatch = createDispatcher(api, handlers as unknown as Record<string, Handler<MethodDef>>);
