import countries from 'i18n-iso-countries';
import type { Locale } from '../locale.ts';

/**
 * Countries as ISO 3166-1 alpha-2 codes (KR, FR …): the codes from the kept list of
 * i18n-iso-countries, the names from the runtime's own CLDR data (`Intl.DisplayNames`), so no
 * country is hand-written here.
 */

export const HOME_COUNTRY = 'KR';

export const COUNTRY_CODES: readonly string[] = Object.keys(countries.getAlpha2Codes()).sort();

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

const names = new Map<Locale, Intl.DisplayNames>();

/** 'FR' → '프랑스' (ko) / 'France' (en); an unknown code is shown as it is. */
export function countryName(code: string, locale: Locale = 'ko'): string {
  let display = names.get(locale);
  if (!display) {
    display = new Intl.DisplayNames([locale], { type: 'region' });
    names.set(locale, display);
  }
  try {
    return display.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every country with its name, sorted by the name in that language (for a picker). */
export function countryOptions(locale: Locale = 'ko'): Array<{ value: string; label: string }> {
  const collator = new Intl.Collator(locale);
  return COUNTRY_CODES.map((code) => ({ value: code, label: `${countryName(code, locale)} (${code})` })).sort((a, b) =>
    collator.compare(a.label, b.label),
  );
}
