import { runCli } from '../../electron/cli/run.ts';
import type { Clock } from '../../electron/context.ts';
import { TEST_PASSWORD_COST } from './tempdb.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  json<T = Record<string, unknown>>(): T;
}

/** Runs a CLI command in-process, with its own environment (passwords come from env, never argv). */
export async function cli(args: readonly string[], env: Record<string, string | undefined> = {}, clock?: Clock): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env,
    passwordCost: TEST_PASSWORD_COST,
    ...(clock ? { clock } : {}),
  });
  return { code, stdout, stderr, json: () => JSON.parse(stdout) };
}
