import { AppError, VALIDATION_MESSAGE } from '../../shared/contract/errors.ts';
import { guessableProblem } from '../../shared/accounts/password.ts';
import type { UsersTable } from '../../db/schema.ts';
import type { Selectable } from 'kysely';
import { verifyPassword } from '../crypto/password.ts';
import { signOut } from '../session.ts';
import type { SignerInfo } from '../../shared/ledger/types.ts';
import type { CallContext } from '../handler.ts';
import { openUserKey, type UnlockedKey } from './keys.ts';

/** 5 consecutive failures lock the account until an officer unlocks it (안전성 확보조치 기준). */
export const MAX_FAILED_ATTEMPTS = 5;

export type UserRow = Selectable<UsersTable>;

export const LOCKED_MESSAGE = '비밀번호를 5회 잘못 입력하여 계정이 잠겼습니다. 개인정보 보호책임자에게 잠금 해제를 요청하세요.';

/**
 * The one answer to a sign-in that did not succeed, whatever the reason (no such login, wrong
 * password, locked or disabled account): it says what the person can do, and tells an outsider
 * nothing about which logins exist.
 */
export const SIGN_IN_REFUSED =
  '아이디 또는 비밀번호가 올바르지 않거나, 잠기거나 사용이 중지된 계정입니다. 비밀번호를 5회 잘못 입력하면 계정이 잠기며, 잠금 해제는 개인정보 보호책임자에게 요청하세요.';

/**
 * Checks a password typed by `user` (to sign in, unlock, or sign an entry). A wrong one counts
 * toward the lockout, and that count is kept even though the call fails (`persist`). On the fifth
 * failure the account locks and the window's session ends.
 */
export async function checkPassword(call: CallContext, user: UserRow, password: string): Promise<void> {
  if (await verifyPassword(password, user.password_hash)) {
    if (user.failed_attempts > 0) {
      await call.db.updateTable('users').set({ failed_attempts: 0 }).where('id', '=', user.id).execute();
    }
    return;
  }
  const attempts = user.failed_attempts + 1;
  const locks = attempts >= MAX_FAILED_ATTEMPTS;
  await call.db
    .updateTable('users')
    .set({ failed_attempts: attempts, ...(locks ? { locked_at: call.now.toISOString() } : {}) })
    .where('id', '=', user.id)
    .execute();
  if (locks) {
    if (call.session.user?.id === user.id) signOut(call.session);
    throw new AppError('LOCKED', LOCKED_MESSAGE, { persist: true });
  }
  throw new AppError('UNAUTHENTICATED', `비밀번호가 올바르지 않습니다. (남은 시도: ${MAX_FAILED_ATTEMPTS - attempts}회)`, {
    persist: true,
    fields: { password: '비밀번호가 올바르지 않습니다.' },
  });
}

export async function userById(call: CallContext, id: number): Promise<UserRow> {
  const user = await call.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!user) throw new AppError('NOT_FOUND', '계정을 찾을 수 없습니다.');
  return user;
}

/**
 * The signing key of the signed-in user, opened with the password they just typed. This is the
 * moment of signing: the password is asked again every time (DESIGN.md "Signing").
 */
export async function unlockOwnKey(call: CallContext, password: string, field = 'password'): Promise<UnlockedKey & { signer: SignerInfo }> {
  const me = call.session.user;
  if (!me) throw new AppError('UNAUTHENTICATED', '로그인이 필요합니다.');
  const user = await userById(call, me.id);
  try {
    await checkPassword(call, user, password);
  } catch (error) {
    if (error instanceof AppError && error.fields) {
      throw new AppError(error.code, error.message, { persist: true, fields: { [field]: error.fields.password ?? error.message } });
    }
    throw error;
  }
  const key = await openUserKey(call.db, user.id, password);
  if (!key) throw new AppError('CONFLICT', '서명 키를 열 수 없습니다. 개인정보 보호책임자에게 비밀번호 초기화를 요청하세요.');
  // Who signs, as the ledger records it next to the signature.
  const signer: SignerInfo = { userId: user.id, login: user.login, name: user.display_name, title: user.title, keyId: key.keyId };
  return { ...key, signer };
}

/**
 * The guessing estimate of a chosen password (the input's schema has checked the rules): refused as
 * the schema would refuse it, on the same field. Called once the call may otherwise go ahead, so a
 * caller who is refused for another reason never costs the main process the estimate.
 */
export function requireUnguessable(password: string, field: string): void {
  const problem = guessableProblem(password);
  if (problem) throw new AppError('VALIDATION', VALIDATION_MESSAGE, { fields: { [field]: problem } });
}
