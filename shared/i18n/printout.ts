/**
 * Printouts are official Korean forms (the inspector reads Korean whatever the UI language), so
 * their words are Korean only. Each domain's printout words are in `shared/<domain>/printout.ts`;
 * these frame every sheet.
 */
export const SHEET_WORDS = {
  clinic: '기관명',
  printedOn: '출력일',
  from: '처음',
  now: '현재',
  none: '—',
  /** Around the page numbers in every page's margin: 쪽 3 / 12. */
  pageBefore: '쪽 ',
  pageBetween: ' / ',
  period: (from: string, to: string) => `기간: ${from} ~ ${to}`,
  asOf: (date: string) => `${date} 현재`,
  total: (count: string) => `총 ${count}건`,
} as const;
