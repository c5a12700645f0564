/**
 * The vocabulary of destruction (파기), as the official 파기 관리대장 and the 시행령 제16조 /
 * 안전성 확보조치 기준 제13조 name it, and which method fits which kind of medium.
 */

export const MEDIA_KINDS = ['electronic', 'paper', 'media', 'video'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

export const MEDIA_KIND_LABELS: Record<MediaKind, string> = {
  electronic: '전자파일',
  paper: '종이문서',
  media: '기록매체(USB·디스크·필름)',
  video: '영상(CCTV)',
};

export const LOCATION_KINDS = ['app_db', 'pc_folder', 'paper', 'processor', 'cctv'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

export const LOCATION_LABELS: Record<LocationKind, string> = {
  app_db: '이 프로그램의 데이터베이스',
  pc_folder: '이 PC의 폴더',
  paper: '종이 서류철',
  processor: '수탁자 시스템',
  cctv: 'CCTV 녹화기',
};

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

export const METHOD_LABELS: Record<DestructionMethod, string> = {
  electronic_erase: '복구 불가능한 방법으로 영구 삭제',
  electronic_overwrite: '덮어쓰기(초기화) 후 삭제',
  paper_shred: '파쇄',
  paper_incinerate: '소각',
  media_destroy: '물리적 파괴',
  media_degauss: '소자(자기 소거)',
  processor: '수탁자 파기(수탁자 파기 확인서 첨부)',
};

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

export const REASON_LABELS: Record<DestructionReason, string> = {
  retention_expired: '보유기간 경과',
  purpose_achieved: '처리목적 달성',
  consent_withdrawn: '동의 철회',
  contract_ended: '위탁계약 종료',
  subject_request: '정보주체 요청',
};

/** What the register shows for a file today. */
export const FILE_STATUSES = ['held', 'due', 'overdue', 'pending', 'extended', 'destroyed'] as const;
export type FileStatus = (typeof FILE_STATUSES)[number];

export const FILE_STATUS_LABELS: Record<FileStatus, string> = {
  held: '보유 중',
  due: '파기 예정',
  overdue: '파기 기한 경과',
  pending: '파기 진행 중',
  extended: '보존 연장(법적 보존·증거)',
  destroyed: '파기 완료',
};

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
