import type { MethodInput, MethodName, MethodOutput } from '../../shared/domains.ts';
import type { AppContext } from '../context.ts';
import { CallRefused, invoke } from '../invoke.ts';
import type { Session } from '../session.ts';
import { CliError, EXIT } from './io.ts';

/** Calls through the same dispatcher as the app (the typed `invoke`); maps a refusal to an exit code. */
export async function cliInvoke<M extends MethodName>(
  app: AppContext,
  session: Session,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  try {
    return await invoke(app, session, method, input);
  } catch (error) {
    if (!(error instanceof CallRefused)) throw error;
    const { code, message, fields } = error.body;
    const detail = fields
      ? ` (${Object.entries(fields)
          .map(([field, text]) => `${field}: ${text}`)
          .join('; ')})`
      : '';
    const exit = code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' || code === 'LOCKED' ? EXIT.authentication : EXIT.usage;
    throw new CliError(`${message}${detail}`, exit);
  }
}
