import { koreanOf } from '../contract/phrase.ts';
import { processorsMessages } from './messages.ts';
import { withTopic } from './policyText.ts';

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

/** The printed policy sections (the same words as the generated text, shared/processors/policyText.ts). */
export const POLICY_SHEET_WORDS = {
  entrustTitle: '개인정보 처리업무의 위탁',
  overseasTitle: '개인정보의 국외 이전',
  lead: (who: string) => `${withTopic(who)} 원활한 개인정보 업무처리를 위하여 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.`,
  none: (who: string) => `${withTopic(who)} 개인정보를 국외로 이전하지 않습니다.`,
  clinic: '병원',
  processor: '수탁자',
  work: '위탁업무 내용',
  retention: '보유·이용 기간',
  sub: (parent: string) => `재수탁자 (${parent}로부터 재위탁)`,
  recipient: '이전받는 자(연락처)',
  countries: '이전되는 국가',
  whenHow: '이전 일시 및 방법',
  items: '이전되는 개인정보 항목',
  purpose: '이용 목적',
  overseasRetention: '보유·이용 기간',
  refusal: '거부 방법·절차·효과',
  ground: '이전 근거',
  autoRenew: '자동 갱신',
} as const;
