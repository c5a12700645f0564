import type { Db, OpenDatabase } from '../db/connection.ts';
import { AppError } from '../shared/contract/errors.ts';
import { VerificationCancelled } from './ledger/accessChain.ts';
import type { OutputOf, ParsedInputOf } from '../shared/contract/method.ts';
import type { IsoDate } from '../shared/dates/calendar.ts';
import type { AppContext } from './context.ts';
import type { Session, SessionUser } from './session.ts';

/** What a handler gets for one call: the open transaction, the time of the call, who calls. */
export interface CallContext {
  /** The transaction the whole call runs in; rolled back if the handler throws. */
  readonly db: Db;
  readonly app: AppContext;
  /** The instant of the call (from the injected clock), and that day in the clinic's calendar. */
  readonly now: Date;
  readonly today: IsoDate;
  /** The window's session; only the auth handlers change it. */
  readonly session: Session;
  /** Records an id the call read or changed, for the access log (ids only, never values). */
  target(kind: string, id: string | number): void;
  /** Runs after the transaction has committed (e.g. a WAL checkpoint after a destruction). */
  afterCommit(task: () => void): void;
  /** Tells the calling window how far long work has come (the window shows a progress bar). */
  progress(task: string, done: number, total: number): void;
}

export type Handler<M> = (call: CallContext, input: ParsedInputOf<M>) => Promise<OutputOf<M>> | OutputOf<M>;

export type HandlersOf<A> = { [K in keyof A]: Handler<A[K]> };

/** The signed-in user of a call whose method is not public (the dispatcher has admitted it). */
export function actor(call: CallContext): SessionUser {
  const user = call.session.user;
  if (!user) throw new Error('actor() used in a public method');
  return user;
}

/** The open file of a call: the raw handle beside the transaction, for verification's batched reads. */
export function openDatabaseOf(call: CallContext): OpenDatabase {
  const state = call.app.state();
  if (!state.ok) throw new Error('the database is not open');
  return state.database;
}

/**
 * Long work the calling window can stop (`app.cancelTask`): one run at a time per window; a
 * cancelled run ends with a Korean CONFLICT, having written nothing.
 */
export async function runCancellable<T>(call: CallContext, task: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const tasks = (call.session.tasks ??= new Map());
  if (tasks.has(task)) throw new AppError('CONFLICT', '같은 작업이 이미 진행 중입니다. 끝나거나 취소한 뒤에 다시 시작해 주세요.');
  const controller = new AbortController();
  tasks.set(task, controller);
  try {
    return await work(controller.signal);
  } catch (error) {
    if (error instanceof VerificationCancelled) throw new AppError('CONFLICT', '검증을 취소했습니다. 결과는 없습니다.');
    throw error;
  } finally {
    tasks.delete(task);
  }
}
