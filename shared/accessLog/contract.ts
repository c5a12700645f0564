import { defineDomain } from '../contract/domain.ts';
import { accessLogMessages } from './messages.ts';
import { z } from 'zod';
import { LOG_KINDS, method } from '../contract/method.ts';
import { isoDate } from '../contract/fields.ts';
import { passwordEntry } from '../accounts/contract.ts';
import type { ChainReport } from '../ledger/types.ts';
import type { Phrase } from '../contract/phrase.ts';

export const ACCESS_KINDS = [...LOG_KINDS, 'denied'] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];

export interface AccessLogRow {
  seq: number;
  at: string;
  userId: number | null;
  login: string | null;
  userName: string | null;
  /** A failed sign-in has no account: the login that was typed (trimmed, at most 64 characters). */
  attemptedLogin: string | null;
  kind: string;
  method: string;
  /** The ids the call read or changed (`pi_file:4`), as the log keeps them. */
  targets: string[];
  /** What a person reads for each distinct target ("개인정보파일 ‘예약 신청서 묶음’"), resolved when listed. */
  targetText: Phrase[];
  result: string;
  terminal: string;
}

export interface AccessLogPage {
  rows: AccessLogRow[];
  total: number;
}

export interface AccessReview {
  id: number;
  reviewedThrough: string;
  remark: string;
  reviewedBy: { id: number; name: string };
  reviewedAt: string;
  logSeq: number;
}

export interface AccessReviewStatus {
  reviews: AccessReview[];
  /** The last month that should have been reviewed by now (the month before this one). */
  dueThrough: string;
  overdue: boolean;
}

export type { ChainReport } from '../ledger/types.ts';

export const accessLogFilter = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  userId: z.number().int().positive().optional(),
  kind: z.enum(ACCESS_KINDS).optional(),
  /** Words of the action (Korean or English label, or the method name) or a target id such as `pi_file:3`. */
  text: z.string().trim().max(100).optional(),
});

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '검토 기간은 YYYY-MM 형식으로 입력해 주세요.' });

export const accessLogApi = {
  'accessLog.list': method<AccessLogPage>()({
    label: { ko: '접속기록 조회', en: 'Read access log' },
    input: accessLogFilter.extend({
      order: z.enum(['newest', 'oldest']).default('newest'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(5000).default(500),
    }),
    roles: ['officer', 'auditor'],
    log: 'read',
  }),
  'accessLog.exportCsv': method<{ fileName: string; csv: string; rows: number }>()({
    label: { ko: '접속기록 내보내기', en: 'Export access log' },
    input: accessLogFilter,
    roles: ['officer', 'auditor'],
    log: 'read',
  }),
  'accessLog.verify': method<ChainReport>()({
    label: { ko: '접속기록 검증', en: 'Verify access log' },
    input: z.strictObject({}),
    roles: ['officer', 'auditor'],
    log: 'read',
    // Long: batches, progress, cancellable.
    transaction: false,
  }),
  'accessLog.reviews': method<AccessReviewStatus>()({
    label: { ko: '점검 기록 조회', en: 'Read reviews' },
    input: z.strictObject({}),
    roles: ['officer', 'auditor'],
    log: 'read',
  }),
  'accessLog.recordReview': method<AccessReview>()({
    label: { ko: '월간 점검 기록', en: 'Record monthly review' },
    input: z.strictObject({
      through: yearMonth,
      remark: z.string().trim().min(1, { error: '검토 의견을 입력해 주세요.' }).max(1000),
      /** The officer signs what they reviewed: both chains' heads (a review checkpoint). */
      password: passwordEntry,
    }),
    roles: ['officer'],
    log: 'change',
  }),
};

export const accessLogDomain = defineDomain({ name: 'accessLog', methods: accessLogApi, messages: accessLogMessages });
