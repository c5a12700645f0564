import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { resources, type Resources } from '../shared/domains.ts';
import type { Locale } from '../shared/locale.ts';

// `t('register.title')` is checked against the messages of every domain: a key that does not
// exist fails the type check (and so `npm test`).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Resources };
    returnNull: false;
  }
}

const STORAGE_KEY = 'retention-desk.locale';

export function storedLocale(): Locale {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ko';
}

export async function setLocale(locale: Locale): Promise<void> {
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
  await i18next.changeLanguage(locale);
}

export async function initI18n(): Promise<void> {
  const locale = storedLocale();
  document.documentElement.lang = locale;
  await i18next.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'ko',
    resources: { ko: { translation: resources('ko') }, en: { translation: resources('en') } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

/** The language the UI speaks now, for the shared formatters (dates, periods, labels). */
export function useLocale(): Locale {
  return useTranslation().i18n.language === 'en' ? 'en' : 'ko';
}
