import { reservationsDomain } from '../../shared/reservations/contract.ts';
import { mainDomain } from '../domain.ts';
import { reservationCommands } from './commands.ts';
import { reservationsDemo } from './demo.ts';
import { reservationsHandlers } from './handlers.ts';
import { reservationsTargets } from './targets.ts';
import { reservationsDaily, reservationsToday, reservationsUpcoming } from './today.ts';

export const reservationsMain = mainDomain({
  shared: reservationsDomain,
  handlers: reservationsHandlers,
  demo: reservationsDemo,
  commands: reservationCommands,
  today: reservationsToday,
  upcoming: reservationsUpcoming,
  daily: reservationsDaily,
  targets: reservationsTargets,
});
