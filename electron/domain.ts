import type { SharedDomain } from '../shared/contract/domain.ts';
import type { Command } from './cli/command.ts';
import type { DemoContext } from './demo/context.ts';
import type { HandlersOf } from './handler.ts';

/**
 * A domain's part in the main process: a handler for each of its methods (the type asks for every
 * one), and where it has them, its share of the demo clinic and its command-line commands.
 * `electron/domains.ts` lists every domain once.
 */
export interface MainDomain<D extends SharedDomain = SharedDomain> {
  readonly shared: D;
  readonly handlers: HandlersOf<D['methods']>;
  /** Adds this domain's part of the demo clinic, through the same methods as the app; run in list order. */
  readonly demo?: (demo: DemoContext) => Promise<void>;
  readonly commands?: readonly Command[];
}

export function mainDomain<D extends SharedDomain>(domain: MainDomain<D>): MainDomain<D> {
  return domain;
}
