import type { Db } from '../db/connection.ts';
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
