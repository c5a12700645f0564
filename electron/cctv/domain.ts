import { cctvDomain } from '../../shared/cctv/contract.ts';
import { mainDomain } from '../domain.ts';
import { cctvDemo } from './demo.ts';
import { cctvHandlers } from './handlers.ts';
import { onvifProbe } from './onvifCommand.ts';
import { cctvDaily } from './onvifRead.ts';
import { cctvTargets } from './targets.ts';
import { cctvToday, cctvUpcoming } from './today.ts';

export const cctvMain = mainDomain({
  shared: cctvDomain,
  handlers: cctvHandlers,
  demo: cctvDemo,
  targets: cctvTargets,
  commands: [onvifProbe],
  today: cctvToday,
  upcoming: cctvUpcoming,
  daily: cctvDaily,
});
