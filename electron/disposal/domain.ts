import { disposalDomain } from '../../shared/disposal/contract.ts';
import { mainDomain } from '../domain.ts';
import { disposalDemo } from './demo.ts';
import { disposalHandlers } from './handlers.ts';
import { disposalTargets } from './targets.ts';
import { disposalToday, disposalUpcoming } from './today.ts';

export const disposalMain = mainDomain({
  shared: disposalDomain,
  handlers: disposalHandlers,
  demo: disposalDemo,
  today: disposalToday,
  upcoming: disposalUpcoming,
  targets: disposalTargets,
});
