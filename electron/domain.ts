import type { SharedDomain } from '../shared/contract/domain.ts';
import type { Phrase } from '../shared/contract/phrase.ts';
import type { IsoDate } from '../shared/dates/calendar.ts';
import type { MessageKey, MethodName } from '../shared/domains.ts';
import type { TodayItem } from '../shared/home/today.ts';
import type { Db } from '../db/connection.ts';
import type { Command } from './cli/command.ts';
import type { DemoContext } from './demo/context.ts';
import type { CallContext, HandlersOf } from './handler.ts';

/** An item of the home page's 오늘 할 일, with its method and its words checked by the compiler. */
export type TodayContribution = TodayItem<MethodName, MessageKey>;

/**
 * How the access log reads one kind of target (`pi_file:4`): the words for each id, for a person
 * reviewing the log ("개인정보파일 ‘예약 신청서 묶음’"). Resolved when the log is shown, exported or
 * printed; the log itself keeps only ids. Ids that no longer resolve are shown as they are.
 */
export interface TargetKind {
  describe(db: Db, ids: readonly string[]): Promise<ReadonlyMap<string, Phrase>>;
  /** Ids whose words contain the text, so that the log's search finds what it shows. */
  find?(db: Db, text: string): Promise<readonly string[]>;
}

/**
 * A domain's part in the main process: a handler for each of its methods (the type asks for every
 * one), and where it has them, its share of the demo clinic, its command-line commands, what it
 * puts on the home page and how the access log reads its targets. `electron/domains.ts` lists
 * every domain once.
 */
export interface MainDomain<D extends SharedDomain = SharedDomain> {
  readonly shared: D;
  readonly handlers: HandlersOf<D['methods']>;
  /** Adds this domain's part of the demo clinic, through the same methods as the app; run in list order. */
  readonly demo?: (demo: DemoContext) => Promise<void>;
  readonly commands?: readonly Command[];
  /** What is waiting in this domain (overdue files, requests to sign …), for 오늘 할 일 and the menu counts. */
  readonly today?: (call: CallContext) => Promise<readonly TodayContribution[]>;
  /** The target kinds this domain writes to the access log (`call.target(kind, id)`), by kind. */
  readonly targets?: Readonly<Record<string, TargetKind>>;
  /**
   * What falls due in this domain on each day from `from` to `until` (inclusive, clinic dates),
   * for the dashboard's eight-week chart: one row per day that has something, under `section`.
   */
  readonly upcoming?: (call: CallContext, from: IsoDate, until: IsoDate) => Promise<readonly UpcomingCount[]>;
  /**
   * The daily run's own work in this domain for `call.today` (reading recorders over ONVIF, ending
   * what has ended …): run once per day by the daily run, in the run's transaction. What it did
   * and what failed, as message keys with ids and counts only, never personal data.
   */
  readonly daily?: (call: CallContext) => Promise<readonly DailyNote[]>;
}

/** A count of things falling due on a day, in a section of the app (its path, as in 오늘 할 일). */
export interface UpcomingCount {
  readonly section: string;
  readonly date: IsoDate;
  readonly count: number;
}

/** One line of the daily run's summary: what a domain did or failed to do that day. */
export interface DailyNote {
  readonly message: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
  readonly failed: boolean;
}

/** What the home page and the access log read of every domain (given to them by `electron/domains.ts`). */
export type DomainParts = () => ReadonlyArray<Pick<MainDomain, 'today' | 'targets' | 'upcoming' | 'daily'>>;

export function mainDomain<D extends SharedDomain>(domain: MainDomain<D>): MainDomain<D> {
  return domain;
}
