import { koreanOf } from '../contract/phrase.ts';
import { registerMessages } from './messages.ts';

/**
 * What the register knows of a personal-information file: the kind of medium it is on, where it
 * is kept, and the status it has today. The words for each are in `messages.ts`.
 */

export const MEDIA_KINDS = ['electronic', 'paper', 'media', 'video'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

export const LOCATION_KINDS = ['app_db', 'pc_folder', 'paper', 'processor', 'cctv'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

/** What the register shows for a file today. */
export const FILE_STATUSES = ['held', 'due', 'overdue', 'pending', 'extended', 'destroyed'] as const;
export type FileStatus = (typeof FILE_STATUSES)[number];

export interface FileFacts {
  destroyed: boolean;
  onHold: boolean;
  pendingRequest: boolean;
  destroyFrom: string | null;
  destroyBy: string | null;
}

/**
 * Status by precedence: a destroyed file is done; a legal hold outranks any due date; a request in
 * progress is shown as such; otherwise the due dates decide (`today` is the clinic's calendar day).
 */
export function fileStatus(facts: FileFacts, today: string): FileStatus {
  if (facts.destroyed) return 'destroyed';
  if (facts.onHold) return 'extended';
  if (facts.pendingRequest) return 'pending';
  if (facts.destroyBy !== null && today > facts.destroyBy) return 'overdue';
  if (facts.destroyFrom !== null && today >= facts.destroyFrom) return 'due';
  return 'held';
}

/** The Korean words for each (what signed records, CSV files and printouts say). */
export const MEDIA_KIND_LABELS = koreanOf(registerMessages.media);
export const LOCATION_LABELS = koreanOf(registerMessages.locations);
export const FILE_STATUS_LABELS = koreanOf(registerMessages.statuses);
