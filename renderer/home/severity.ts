import type { TodaySeverity } from '../../shared/home/today.ts';

export const SEVERITY_COLORS: Record<TodaySeverity, string> = { overdue: 'red', soon: 'orange', waiting: 'blue', info: 'gray' };
