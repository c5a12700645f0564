import type { ApiErrorBody } from '../shared/contract/errors.ts';
import type { MethodInput, MethodName, MethodOutput } from '../shared/domains.ts';
import type { AppContext } from './context.ts';
import { dispatch } from './dispatch.ts';
import type { Session } from './session.ts';

/** A call the dispatcher refused or that failed, with its Korean message and field errors. */
export class CallRefused extends Error {
  readonly body: ApiErrorBody;
  readonly method: string;

  constructor(method: string, body: ApiErrorBody) {
    super(body.message);
    this.name = 'CallRefused';
    this.method = method;
    this.body = body;
  }
}

/**
 * The typed way main-side code (the CLI, the demo builder, the tests) calls a method: through the
 * same `dispatch` as the renderer — admission, validation, one transaction, the access log — with
 * the input and result types of the contract. A refusal is thrown as `CallRefused`.
 */
export async function invoke<M extends MethodName>(
  app: AppContext,
  session: Session,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await dispatch(app, session, method, input);
  if (!result.ok) throw new CallRefused(method, result.error);
  // The dispatcher ran this method's handler, whose type is MethodOutput<M>.
  return result.value as MethodOutput<M>;
}
