import { defineDomain } from '../contract/domain.ts';
import { appMessages } from './messages.ts';
import { z } from 'zod';
import { method } from '../contract/method.ts';

/** Why the database could not be opened; the renderer shows a recovery screen for each. */
export type DatabaseProblem =
  | { kind: 'corrupt'; detail: string }
  | { kind: 'too-new'; fileVersion: number; appVersion: number }
  | { kind: 'locked' }
  | { kind: 'unreadable'; detail: string }
  /** The file's chains no longer reach the heads kept beside it (it was cut, or an older copy replaced it). */
  | { kind: 'rolled-back'; chain: 'ledger' | 'accessLog'; checkpointSeq: number; fileSeq: number; writtenAt: string }
  /** The OS key store cannot protect the installation key (e.g. Linux without a keyring). */
  | { kind: 'keystore'; detail: string };

/**
 * The app's state for the first screen: whether the file is ready. Nothing about the file itself
 * (where it is, its schema, whether it is a demo) before anyone signs in; the signed-in session says
 * whether it is a demo. A file that cannot be opened is described on the recovery screen, the only
 * screen there is then.
 */
export type AppStatus =
  { ready: true; appVersion: string } | { ready: false; appVersion: string; databasePath: string; problem: DatabaseProblem };

export const appApi = {
  'app.status': method<AppStatus>()({
    label: { ko: '프로그램 상태 확인', en: 'App status' },
    input: z.strictObject({}),
    roles: 'public',
    log: 'none',
    transaction: false,
  }),
  /** Stops the caller's own long work (a verification) at its next batch. */
  'app.cancelTask': method<{ cancelled: boolean }>()({
    label: { ko: '작업 취소', en: 'Cancel task' },
    input: z.strictObject({ task: z.enum(['verify']) }),
    roles: 'signedIn',
    log: 'none',
    transaction: false,
  }),
  /** Tries to open the database again (after the other copy was closed, or the file was restored). */
  'app.retryOpen': method<AppStatus>()({
    label: { ko: '데이터베이스 다시 열기', en: 'Reopen database' },
    input: z.strictObject({}),
    roles: 'public',
    log: 'none',
    transaction: false,
  }),
};

export const appDomain = defineDomain({ name: 'app', methods: appApi, messages: appMessages });
