/** The words of the printed 접속기록 (a Korean form; see shared/i18n/printout.ts). */
export const ACCESS_LOG_SHEET_WORDS = {
  title: '개인정보처리시스템 접속기록',
  cut: (printed: string) => ` (앞의 ${printed}건만 인쇄: 기간을 줄여 나누어 인쇄하세요)`,
  seq: '번호',
  at: '일시',
  account: '계정',
  kind: '구분',
  method: '작업',
  targets: '대상',
  result: '결과',
  terminal: '접속지',
} as const;
