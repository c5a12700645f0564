import { z } from 'zod';
import { defineDomain } from '../contract/domain.ts';
import { ROLES, method } from '../contract/method.ts';
import type { IsoDate } from '../dates/calendar.ts';
import type { TodaySeverity } from '../home/today.ts';
import { dailyMessages } from './messages.ts';
import type { UpcomingWeek } from './run.ts';

/** One line of a run's summary: a message key of some domain, its parameters (ids, counts), failed or not. */
export interface RunNote {
  message: string;
  params: Readonly<Record<string, string | number>>;
  failed: boolean;
}

export interface RunView {
  day: IsoDate;
  trigger: string;
  finishedAt: string | null;
  found: number;
  did: number;
  failed: number;
  notes: RunNote[];
}

export interface DashboardView {
  today: IsoDate;
  /** The clinic time the run starts each day (HH:MM). */
  runAt: string;
  lastRun: RunView | null;
  /** The newest run that had a failure (it may be the last one). */
  lastFailure: RunView | null;
  ledger: { at: string; ok: boolean; entries: number; detail: string } | null;
  backup: {
    folder: string | null;
    maxAgeDays: number;
    recoveryIssuedAt: string | null;
    lastGood: { at: string; fileName: string; ageDays: number } | null;
    /** No backup, or the newest is older than a day and a half: the run has not made one. */
    stale: boolean;
  };
  drill: { month: string; at: string; ok: boolean; detail: string } | null;
  /** What falls due in the next eight weeks, per section's path. */
  upcoming: { from: IsoDate; sections: string[]; weeks: UpcomingWeek[] };
}

export interface NotificationView {
  id: number;
  day: IsoDate;
  createdAt: string;
  section: string;
  to: string;
  message: string;
  params: Readonly<Record<string, string | number>>;
  count: number;
  severity: TodaySeverity;
  read: boolean;
}

export interface RunOutcome {
  /** The days this call ran, oldest first (none when every day was already done). */
  ran: IsoDate[];
  /** Another run was under way: this one did nothing. */
  busy: boolean;
  notified: number;
}

export const dailyApi = {
  /** The home dashboard: not logged, it shows counts and the state of runs, backups and the ledger. */
  'daily.dashboard': method<DashboardView>()({
    label: { ko: '대시보드 조회', en: 'Read the dashboard' },
    input: z.strictObject({}),
    roles: ROLES,
    log: 'none',
  }),
  /** Runs now what the schedule would (every missed day through today); never twice at once. */
  'daily.run': method<RunOutcome>()({
    label: { ko: '일일 점검 실행', en: 'Run the daily check' },
    input: z.strictObject({}),
    roles: ['officer', 'admin'],
    log: 'change',
    transaction: false,
  }),
  'daily.runs': method<RunView[]>()({
    label: { ko: '일일 점검 기록 조회', en: 'Read the daily runs' },
    input: z.strictObject({ limit: z.number().int().min(1).max(400).default(60) }),
    roles: ['officer', 'admin', 'auditor'],
    log: 'none',
  }),
  'notifications.list': method<NotificationView[]>()({
    label: { ko: '알림 조회', en: 'Read notifications' },
    input: z.strictObject({ unreadOnly: z.boolean().default(false) }),
    roles: ROLES,
    log: 'none',
  }),
  'notifications.markRead': method<{ marked: number }>()({
    label: { ko: '알림 읽음 표시', en: 'Mark notifications read' },
    input: z.strictObject({
      ids: z
        .array(z.number().int().positive(), { error: '알림 번호 목록이 필요합니다.' })
        .max(1000, { error: '한 번에 1,000개까지 표시할 수 있습니다.' }),
    }),
    roles: ROLES,
    log: 'none',
  }),
};

export const dailyDomain = defineDomain({
  name: 'daily',
  methods: dailyApi,
  messages: dailyMessages,
  events: {
    'daily.run': { ko: '일일 점검(자동)', en: 'Daily run (automatic)' },
    'backups.expire': { ko: '만료 백업 키 파기(자동)', en: 'Expired backup keys destroyed (automatic)' },
  },
});
