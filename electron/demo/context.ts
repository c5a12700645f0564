import type { MethodInput, MethodName, MethodOutput } from '../../shared/domains.ts';
import type { AppContext } from '../context.ts';
import type { Session } from '../session.ts';

export type Caller = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

/**
 * What each domain's demo step gets: the app, a clock it moves through the demo year, and the demo
 * people's sessions by login (the accounts step signs them in). Steps call the same methods as the
 * app, as those people, so the demo is also a walk through them; what one step needs of another it
 * reads through the API, as a user would.
 */
export interface DemoContext {
  readonly app: AppContext;
  readonly clock: { set(at: string): void };
  readonly sessions: Map<string, Session>;
  /** Calls as the demo person with this login. */
  as(login: string): Caller;
  /** Calls in a session of the step's own (to set up, to sign someone in). */
  call<M extends MethodName>(session: Session, method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}

/**
 * The typed call the builder hands to every step (steps never import the dispatcher themselves:
 * the domain list, which holds the steps, is what the dispatcher is built from).
 */
export type Invoke = <M extends MethodName>(
  app: AppContext,
  session: Session,
  method: M,
  input: MethodInput<M>,
) => Promise<MethodOutput<M>>;

export function demoContext(app: AppContext, clock: DemoContext['clock'], invoke: Invoke): DemoContext {
  const sessions = new Map<string, Session>();
  const call: DemoContext['call'] = (session, method, input) => {
    // The demo jumps months between steps; its people are at their desks at every one of them.
    session.lastActivityAt = app.clock.now().getTime();
    return invoke(app, session, method, input);
  };
  return {
    app,
    clock,
    sessions,
    call,
    as: (login) => (method, input) => {
      const session = sessions.get(login);
      if (!session) throw new Error(`demo person ${login} is not signed in`);
      return call(session, method, input);
    },
  };
}
