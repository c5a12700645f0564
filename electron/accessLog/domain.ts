import { accessLogDomain } from '../../shared/accessLog/contract.ts';
import { mainDomain } from '../domain.ts';
import { accessLogHandlers } from './handlers.ts';
import { accessLogToday } from './today.ts';

export const accessLogMain = mainDomain({ shared: accessLogDomain, handlers: accessLogHandlers, today: accessLogToday });
