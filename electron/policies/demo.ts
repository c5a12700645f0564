import type { DemoContext } from '../demo/context.ts';
import { DEMO_POLICIES } from './fixtures.ts';

/** The admin office attaches each record type to its statutory period. */
export async function policiesDemo(demo: DemoContext): Promise<void> {
  const clerk = demo.as('clerk');
  for (const { name, presetId, startLabel } of Object.values(DEMO_POLICIES)) {
    await clerk('policies.save', { name, startLabel, source: { kind: 'preset', presetId } });
  }
}

/** The id of a demo policy, as a later step finds it: by its name in the list. */
export async function demoPolicyId(demo: DemoContext, name: string): Promise<number> {
  const policy = (await demo.as('clerk')('policies.list', {})).find((p) => p.name === name);
  if (!policy) throw new Error(`demo policy ${name} is missing`);
  return policy.id;
}
