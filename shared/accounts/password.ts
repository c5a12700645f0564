import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEnglish from '@zxcvbn-ts/language-en';

/**
 * A password being chosen must meet two tests: the composition rule of 개인정보의 안전성 확보조치
 * 기준 (해설서) — at least 10 characters mixing two of upper-case letters, lower-case letters,
 * digits and special characters, or at least 8 mixing three of them — and a guessing estimate
 * (zxcvbn: dictionaries of common passwords, names and words, keyboard patterns, dates, repeats),
 * because "Password123!" meets the rule and is among the first guesses of any cracker.
 */

export const MAX_PASSWORD_LENGTH = 128;

/** zxcvbn's scale 0–4; 3 = "safely unguessable: moderate protection from offline slow-hash scenario". */
export const MIN_GUESS_SCORE = 3;

export function characterKinds(password: string): number {
  let kinds = 0;
  if (/[A-Z]/.test(password)) kinds += 1;
  if (/[a-z]/.test(password)) kinds += 1;
  if (/[0-9]/.test(password)) kinds += 1;
  if (/[^A-Za-z0-9]/.test(password)) kinds += 1;
  return kinds;
}

export const COMPOSITION_RULE =
  '비밀번호는 영문 대문자·소문자·숫자·특수문자 중 2종류 이상으로 10자 이상, 또는 3종류 이상으로 8자 이상이어야 합니다.';
export const TOO_GUESSABLE =
  '너무 흔하거나 추측하기 쉬운 비밀번호입니다(흔한 단어·이름·날짜·연속 문자·키보드 배열 등). 서로 관계없는 단어와 숫자·기호를 섞어 더 길게 정해 주세요.';

let estimator: ZxcvbnFactory | undefined;

/** Built on first use: the dictionaries are large, and most calls never get this far. */
function guessScore(password: string): number {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEnglish.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
    translations: zxcvbnEnglish.translations,
  });
  return estimator.check(password).score;
}

/** The rules that cost nothing to check: the length, no blanks, the composition rule. */
export function passwordRuleProblem(password: string): string | null {
  if (password.length > MAX_PASSWORD_LENGTH) return `비밀번호는 ${MAX_PASSWORD_LENGTH}자 이하로 정해 주세요.`;
  if (/\s/.test(password)) return '비밀번호에는 공백을 넣을 수 없습니다.';
  const kinds = characterKinds(password);
  if (!((kinds >= 2 && password.length >= 10) || (kinds >= 3 && password.length >= 8))) return COMPOSITION_RULE;
  return null;
}

/**
 * The guessing estimate alone, for a password that meets the rules. It is the costly part: zxcvbn's
 * l33t matcher tries up to a hundred substituted variants against every dictionary, some 50 ms for
 * a short password and seconds for a long one full of digits and symbols.
 */
export function guessableProblem(password: string): string | null {
  return guessScore(password) >= MIN_GUESS_SCORE ? null : TOO_GUESSABLE;
}

export function passwordProblem(password: string): string | null {
  return passwordRuleProblem(password) ?? guessableProblem(password);
}
