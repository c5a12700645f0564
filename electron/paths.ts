import { join } from 'node:path';

export const DEFAULT_DATABASE_NAME = 'retention-desk.db';

/**
 * Where the clinic's database lives: `--db=FILE` on the command line, else `RD_DB`, else the
 * app's data folder. (The demo database is opened the same way: `--db=demo.db`.)
 */
export function databasePathFor(userDataDir: string, argv: readonly string[], env: NodeJS.ProcessEnv): string {
  const flag = argv.find((arg) => arg.startsWith('--db='));
  if (flag) return flag.slice('--db='.length);
  if (env.RD_DB) return env.RD_DB;
  return join(userDataDir, DEFAULT_DATABASE_NAME);
}
