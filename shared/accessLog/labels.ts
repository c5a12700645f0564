import { NOT_A_LOGIN } from '../accounts/contract.ts';
import type { Phrase } from '../contract/phrase.ts';
import type { Locale } from '../locale.ts';
import { accessLogMessages } from './messages.ts';

const KINDS: Readonly<Record<string, Phrase>> = accessLogMessages.kinds;
const RESULTS: Readonly<Record<string, Phrase>> = accessLogMessages.results;

/** 구분 of an access-log entry ('auth', 'read' …) as staff read it; an unknown code is shown as it is. */
export function kindLabel(kind: string, locale: Locale = 'ko'): string {
  return (Object.hasOwn(KINDS, kind) ? KINDS[kind]?.[locale] : undefined) ?? kind;
}

/** 결과 of an access-log entry ('ok' or an error code) as staff read it. */
export function resultLabel(result: string, locale: Locale = 'ko'): string {
  return (Object.hasOwn(RESULTS, result) ? RESULTS[result]?.[locale] : undefined) ?? result;
}

/** 계정 of an entry: the person, or for a failed sign-in the login that was typed; empty for the app itself. */
export function accountText(
  row: { login: string | null; userName: string | null; attemptedLogin: string | null },
  locale: Locale = 'ko',
): string {
  if (row.login) return `${row.login} (${row.userName ?? ''})`;
  if (row.attemptedLogin === NOT_A_LOGIN) return accessLogMessages.attemptedOther[locale];
  if (row.attemptedLogin) return accessLogMessages.attempted[locale].replace('{{login}}', row.attemptedLogin);
  return '';
}
