import type { MethodInput, MethodName, MethodOutput } from '../../shared/domains.ts';
import type { AppContext } from '../context.ts';
import type { Session } from '../session.ts';
import type { CliIo } from './io.ts';

/** A method call through the app's dispatcher; a refusal becomes a CliError with its exit code. */
export type CliCall = <M extends MethodName>(
  app: AppContext,
  session: Session,
  method: M,
  input: MethodInput<M>,
) => Promise<MethodOutput<M>>;

/** What a command gets besides its options: the outside world (CliIo) and the way into the app's methods. */
export interface CommandContext extends CliIo {
  call: CliCall;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Options with a value (`--db FILE`), flags (`--count-first-day`) and repeatable ones (`--anchor A --anchor B`), for parseArgs. */
  options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;
  /** The option a single positional argument fills (`import-reservations --db F PATH` → `path`), if the command takes one. */
  positional?: string;
  run(options: Record<string, string | boolean | string[] | boolean[] | undefined>, io: CommandContext): Promise<number>;
}
