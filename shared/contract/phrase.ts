import type { Locale } from '../locale.ts';

/** One sentence or label in every UI language, written side by side so neither is forgotten. */
export interface Phrase {
  readonly ko: string;
  readonly en: string;
}

/** A domain's messages: phrases, grouped as deeply as the domain likes. */
export interface MessageTree {
  readonly [key: string]: Phrase | MessageTree;
}

/** What i18next receives for one language: the same tree with each phrase replaced by its text. */
export type Localized<T> = { [K in keyof T]: T[K] extends Phrase ? string : Localized<T[K]> };

function isPhrase(value: Phrase | MessageTree): value is Phrase {
  return typeof value.ko === 'string' && typeof value.en === 'string';
}

export function localize<T extends MessageTree>(tree: T, locale: Locale): Localized<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(tree)) out[key] = isPhrase(value) ? value[locale] : localize(value, locale);
  return out as Localized<T>;
}

/**
 * The Korean words of a label map, for what the main process writes in Korean whatever the UI
 * language: signed records, CSV files, printouts.
 */
export function koreanOf<K extends string>(labels: Readonly<Record<K, Phrase>>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(labels) as K[]) out[key] = labels[key].ko;
  return out;
}
