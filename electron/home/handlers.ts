import { admits } from '../../shared/contract/method.ts';
import { api } from '../../shared/domains.ts';
import type { homeApi } from '../../shared/home/contract.ts';
import { byUrgency } from '../../shared/home/today.ts';
import type { DomainParts } from '../domain.ts';
import { actor, type HandlersOf } from '../handler.ts';

/** 오늘 할 일: every domain's items, kept where the caller's role may act on them, most urgent first. */
export function homeHandlers(domains: DomainParts): HandlersOf<typeof homeApi> {
  return {
    'home.today': async (call) => {
      const { role } = actor(call);
      const items = [];
      for (const domain of domains()) items.push(...((await domain.today?.(call)) ?? []));
      return byUrgency(items.filter((item) => item.count > 0 && admits(api[item.method].roles, role)));
    },
  };
}
