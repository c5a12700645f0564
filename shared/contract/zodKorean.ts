import type { z } from 'zod';

type Issue = z.core.$ZodRawIssue;

/**
 * Plain Korean for the validation problems staff can cause. Zod's own Korean locale names
 * JavaScript types ("string이 너무 작습니다"), which means nothing to an admin office.
 */
export function koreanIssueMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? '필수 입력 항목입니다.' : '값의 형식이 올바르지 않습니다.';
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? '필수 입력 항목입니다.' : `${issue.minimum}자 이상 입력해 주세요.`;
      }
      if (issue.origin === 'array' || issue.origin === 'set') return `${issue.minimum}개 이상 선택해 주세요.`;
      return `${issue.minimum} 이상이어야 합니다.`;
    case 'too_big':
      if (issue.origin === 'string') return `${issue.maximum}자 이하로 입력해 주세요.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `${issue.maximum}개 이하로 선택해 주세요.`;
      return `${issue.maximum} 이하여야 합니다.`;
    case 'invalid_format':
      if (issue.format === 'email') return '이메일 주소 형식이 올바르지 않습니다.';
      if (issue.format === 'date') return '날짜를 YYYY-MM-DD 형식으로 입력해 주세요.';
      return '형식이 올바르지 않습니다.';
    case 'invalid_value':
      return '허용되지 않는 값입니다.';
    case 'unrecognized_keys':
      return `알 수 없는 항목이 포함되어 있습니다: ${issue.keys.join(', ')}`;
    case 'not_multiple_of':
      return '값이 올바르지 않습니다.';
    default:
      return '입력값이 올바르지 않습니다.';
  }
}
