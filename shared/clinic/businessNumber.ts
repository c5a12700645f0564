/**
 * 사업자등록번호: ten digits, shown as `123-45-67890`. The last digit is a check digit computed by
 * the National Tax Service's weighting (1,3,7,1,3,7,1,3,5, plus the carry of the ninth digit × 5).
 */

const WEIGHTS = [1, 3, 7, 1, 3, 7, 1, 3, 5] as const;

export type BusinessNumberProblem = 'format' | 'checksum';

export function normalizeBusinessNumber(input: string): string {
  return input.replace(/[\s-]/g, '');
}

export function businessNumberProblem(input: string): BusinessNumberProblem | null {
  const trimmed = input.trim();
  if (!/^\d{3}-?\d{2}-?\d{5}$/.test(trimmed)) return 'format';
  const digits = [...normalizeBusinessNumber(trimmed)].map(Number);
  let sum = 0;
  WEIGHTS.forEach((weight, i) => {
    sum += (digits[i] ?? 0) * weight;
  });
  sum += Math.floor(((digits[8] ?? 0) * 5) / 10);
  const check = (10 - (sum % 10)) % 10;
  return check === digits[9] ? null : 'checksum';
}

/** `1248100998` or `124-81-00998` → `124-81-00998`. */
export function formatBusinessNumber(input: string): string {
  const d = normalizeBusinessNumber(input);
  return `${d.slice(0, 3)}-${d.slice(3, 5)}-${d.slice(5)}`;
}

export const BUSINESS_NUMBER_MESSAGES: Record<BusinessNumberProblem, string> = {
  format: '사업자등록번호는 숫자 10자리로 입력해 주세요(예: 123-45-67891).',
  checksum: '사업자등록번호의 검증번호(마지막 자리)가 맞지 않습니다. 사업자등록증의 번호를 다시 확인해 주세요.',
};
