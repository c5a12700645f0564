/**
 * The vocabulary of destruction (파기), as the 시행령 제16조 / 안전성 확보조치 기준 제13조 name it,
 * and which method fits which kind of medium. The words for each are in `messages.ts`.
 */
import { koreanOf } from '../contract/phrase.ts';
import type { MediaKind } from '../register/files.ts';
import { disposalMessages } from './messages.ts';

export const DESTRUCTION_METHODS = [
  'electronic_erase',
  'electronic_overwrite',
  'paper_shred',
  'paper_incinerate',
  'media_destroy',
  'media_degauss',
  'processor',
] as const;
export type DestructionMethod = (typeof DESTRUCTION_METHODS)[number];

/** 시행령 제16조: electronic files — unrecoverable deletion; other records — shredding or incineration. */
export const METHOD_BASIS: Record<DestructionMethod, string> = {
  electronic_erase: '개인정보 보호법 시행령 제16조 제1항 제1호, 안전성 확보조치 기준 제13조',
  electronic_overwrite: '개인정보 보호법 시행령 제16조 제1항 제1호, 안전성 확보조치 기준 제13조',
  paper_shred: '개인정보 보호법 시행령 제16조 제1항 제2호',
  paper_incinerate: '개인정보 보호법 시행령 제16조 제1항 제2호',
  media_destroy: '안전성 확보조치 기준 제13조 (완전파괴)',
  media_degauss: '안전성 확보조치 기준 제13조 (전용 소자장비 이용 삭제)',
  processor: '개인정보 보호법 제26조, 시행령 제16조',
};

const METHODS_BY_MEDIUM: Record<MediaKind, readonly DestructionMethod[]> = {
  electronic: ['electronic_erase', 'electronic_overwrite', 'processor'],
  video: ['electronic_erase', 'electronic_overwrite', 'processor'],
  paper: ['paper_shred', 'paper_incinerate', 'processor'],
  media: ['media_destroy', 'media_degauss', 'processor'],
};

export function methodsFor(medium: MediaKind): readonly DestructionMethod[] {
  return METHODS_BY_MEDIUM[medium];
}

export const DESTRUCTION_REASONS = [
  'retention_expired',
  'purpose_achieved',
  'consent_withdrawn',
  'contract_ended',
  'subject_request',
] as const;
export type DestructionReason = (typeof DESTRUCTION_REASONS)[number];

/** The Korean words for each (what the signed record and the certificate say). */
export const DESTRUCTION_METHOD_LABELS = koreanOf(disposalMessages.methods);
export const DESTRUCTION_REASON_LABELS = koreanOf(disposalMessages.reasons);
