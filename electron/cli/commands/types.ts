import type { CliIo } from '../io.ts';

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Options with a value (`--db FILE`) and flags (`--count-first-day`), for parseArgs. */
  options: Record<string, { type: 'string' | 'boolean' }>;
  run(options: Record<string, string | boolean | undefined>, io: CliIo): Promise<number>;
}
