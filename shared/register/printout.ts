/** The words of the printed 개인정보파일 목록 (a Korean form; see shared/i18n/printout.ts). */
export const REGISTER_SHEET_WORDS = {
  title: '개인정보파일 목록',
  scope: '보유 중인 파일',
  footer: (count: string) => `총 ${count}개 파일`,
  name: '개인정보 파일명',
  items: '개인정보 항목',
  kind: '자료의 종류',
  location: '보관 위치',
  count: '보유 건수',
  retention: '보존기간 · 근거',
  destroyBy: '파기 기한',
  status: '상태',
} as const;
