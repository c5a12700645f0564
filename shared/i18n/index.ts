import { en } from './en.ts';
import { ko, type Messages } from './ko.ts';

export const LOCALES = ['ko', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const MESSAGES: Record<Locale, Messages> = { ko, en };

export type { Messages };
