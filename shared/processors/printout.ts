import { koreanOf } from '../contract/phrase.ts';
import { processorsMessages } from './messages.ts';

/** The Korean words of the processors' printouts and exports (official forms are Korean). */
export const PROCESSOR_STATUS_LABELS = koreanOf(processorsMessages.statuses);

export const PROCESSOR_SHEET_WORDS = {
  title: '개인정보 처리위탁 현황',
  policyTitle: '개인정보 처리방침 — 위탁 · 국외 이전',
  scope: '위탁 중인 수탁자',
  footer: (count: string) => `총 ${count}곳`,
  name: '수탁자',
  work: '위탁업무 내용',
  country: '국가',
  contract: '계약기간',
  inspection: '다음 점검',
  status: '상태',
  warnings: '확인할 것',
  missing: (names: string) => `⚠ 필수 조항 누락: ${names}`,
  overdue: (date: string) => `⚠ 점검 기한 경과(${date})`,
  sha: (hash: string) => `문구 SHA-256: ${hash}`,
} as const;
