import type { ApiErrorBody } from '../../shared/contract/errors.ts';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/domains.ts';

/** A failed call, carrying the main process's Korean message and, for VALIDATION, the field errors. */
export class ApiCallError extends Error {
  readonly body: ApiErrorBody;

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiCallError';
    this.body = body;
  }

  get code(): ApiErrorBody['code'] {
    return this.body.code;
  }
}

/** The typed client: the only way the renderer reaches the main process. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await window.bridge.invoke(method, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value as MethodOutput<M>;
}
