import type { MessageTree } from '../contract/phrase.ts';

/** What the home page says, Korean and English side by side; keys are typed (a typo fails the type check). */
export const homeMessages = {
  nav: { ko: '오늘 할 일', en: 'Today' },
  title: { ko: '오늘 할 일', en: 'Today' },
  greeting: { ko: '{{name}}님, {{date}} 기준으로 처리할 일입니다.', en: '{{name}}, what is waiting as of {{date}}.' },
  nothing: {
    ko: '지금 처리할 일이 없습니다. 기한이 되거나 승인할 일이 생기면 여기에 표시됩니다.',
    en: 'Nothing is waiting. Deadlines and approvals will appear here.',
  },
  open: { ko: '바로 가기', en: 'Open' },
  severities: {
    overdue: { ko: '기한 경과', en: 'Overdue' },
    soon: { ko: '기한 임박', en: 'Due soon' },
    waiting: { ko: '처리 대기', en: 'Waiting' },
    info: { ko: '안내', en: 'For information' },
  },
  menuCount: { ko: '처리할 일 {{count}}건', en: '{{count}} waiting' },
} as const satisfies MessageTree;
