import type { MethodDef } from './method.ts';
import type { MessageTree, Phrase } from './phrase.ts';

/**
 * A domain's part in `shared/`: its methods (schemas, roles, labels), the words its screens say,
 * and the access-log entries the app writes for it by itself rather than for a call.
 * `shared/domains.ts` lists every domain once; `docs/adding-a-domain.md` says what goes where.
 */
export interface SharedDomain {
  readonly name: string;
  readonly methods: Readonly<Record<string, MethodDef>>;
  readonly messages: MessageTree;
  /** E.g. the idle lock written by the dispatcher, the nightly seal written by the scheduler. */
  readonly events?: Readonly<Record<string, Phrase>>;
}

export function defineDomain<const N extends string, M extends SharedDomain['methods'], T extends MessageTree>(domain: {
  name: N;
  methods: M;
  messages: T;
  events?: Readonly<Record<string, Phrase>>;
}): { readonly name: N; readonly methods: M; readonly messages: T; readonly events?: Readonly<Record<string, Phrase>> } {
  return domain;
}
