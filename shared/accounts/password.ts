/**
 * Password rules of 개인정보의 안전성 확보조치 기준 (해설서): at least 10 characters mixing two of
 * upper-case letters, lower-case letters, digits and special characters, or at least 8 mixing
 * three of them.
 */

export const MAX_PASSWORD_LENGTH = 128;

export function characterKinds(password: string): number {
  let kinds = 0;
  if (/[A-Z]/.test(password)) kinds += 1;
  if (/[a-z]/.test(password)) kinds += 1;
  if (/[0-9]/.test(password)) kinds += 1;
  if (/[^A-Za-z0-9]/.test(password)) kinds += 1;
  return kinds;
}

export function passwordProblem(password: string): string | null {
  if (password.length > MAX_PASSWORD_LENGTH) return `비밀번호는 ${MAX_PASSWORD_LENGTH}자 이하로 정해 주세요.`;
  if (/\s/.test(password)) return '비밀번호에는 공백을 넣을 수 없습니다.';
  const kinds = characterKinds(password);
  if ((kinds >= 2 && password.length >= 10) || (kinds >= 3 && password.length >= 8)) return null;
  return '비밀번호는 영문 대문자·소문자·숫자·특수문자 중 2종류 이상으로 10자 이상, 또는 3종류 이상으로 8자 이상이어야 합니다.';
}
