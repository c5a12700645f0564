/** The languages the UI speaks; Korean is the default, and printouts are always Korean. */
export const LOCALES = ['ko', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
