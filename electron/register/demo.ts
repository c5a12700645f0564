import type { FileView } from '../../shared/register/contract.ts';
import type { DemoContext } from '../demo/context.ts';
import { DEMO_POLICIES } from '../policies/fixtures.ts';
import { demoPolicyId } from '../policies/demo.ts';
import { DEMO_FILES, type DemoFile } from './fixtures.ts';

/** Registers a demo file as the admin office does, under the policy its fixture names. */
export async function registerDemoFile(demo: DemoContext, { policy, ...input }: DemoFile): Promise<FileView> {
  const policyId = await demoPolicyId(demo, DEMO_POLICIES[policy].name);
  return demo.as('clerk')('register.save', { ...input, policyId });
}

/** The admin office's register of personal-information files, as it stood on 2026-01-05. */
export async function registerDemo(demo: DemoContext): Promise<void> {
  for (const file of Object.values(DEMO_FILES)) await registerDemoFile(demo, file);
}

/** The id of a demo file, as a later step finds it: by its name in the register. */
export async function demoFileId(demo: DemoContext, name: string): Promise<number> {
  const file = (await demo.as('clerk')('register.list', { includeDestroyed: true })).find((f) => f.name === name);
  if (!file) throw new Error(`demo file ${name} is missing`);
  return file.id;
}
