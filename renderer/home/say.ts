import type { TFunction } from 'i18next';

/**
 * A message key that came from the main process (a domain's 오늘 할 일, a note of the daily run):
 * checked where it was written (MessageKey, in electron/), so it is said here as it is.
 */
export function sayKey(t: TFunction, key: string, params: Readonly<Record<string, string | number>>): string {
  const say = t as unknown as (key: string, params: Readonly<Record<string, string | number>>) => string;
  return say(key, params);
}
