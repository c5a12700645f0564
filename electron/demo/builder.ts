import type { AppContext } from '../context.ts';
import { MAIN_DOMAINS } from '../domains.ts';
import { invoke } from '../invoke.ts';
import { demoContext, type DemoContext } from './context.ts';

/**
 * Builds the demo clinic: each domain's demo step in the order of `electron/domains.ts`, through
 * the same methods the app uses, with the clock moving through 2026. The file is marked as a demo,
 * so the app shows a banner saying so.
 */
export async function seedDemo(app: AppContext, clock: DemoContext['clock']): Promise<void> {
  const demo = demoContext(app, clock, invoke);
  for (const domain of MAIN_DOMAINS) await domain.demo?.(demo);
  const state = app.state();
  if (!state.ok) throw new Error('demo database not open');
  await state.database.db.insertInto('meta').values({ key: 'demo', value: 'true' }).execute();
}
