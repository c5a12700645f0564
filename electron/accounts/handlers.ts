import { AppError } from '../../shared/contract/errors.ts';
import { NOT_A_LOGIN, loginName, type AccountView, type SessionView, type accountsApi } from '../../shared/accounts/contract.ts';
import type { Db } from '../../db/connection.ts';
import { randomUUID } from 'node:crypto';
import { hashPassword, needsRehash, verifyPassword } from '../crypto/password.ts';
import type { ScryptParams } from '../crypto/scrypt.ts';
import { signIn, signOut } from '../session.ts';
import { readClinicProfile, saveClinicProfile } from '../clinic/handlers.ts';
import { readSettings } from '../settings/handlers.ts';
import type { CallContext, HandlersOf } from '../handler.ts';
import {
  activeKeyOf,
  createInstallationKey,
  issueUserKey,
  openUserKey,
  resealUserKey,
  revokeUserKey,
  rotateToOwnKey,
  sealedKeyIsWeak,
} from './keys.ts';
import {
  MAX_FAILED_ATTEMPTS,
  SIGN_IN_REFUSED,
  checkPassword,
  requireUnguessable,
  unlockOwnKey,
  userById,
  type UserRow,
} from './passwords.ts';

async function needsSetup(db: Db): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

export async function sessionView(call: Pick<CallContext, 'db' | 'session' | 'today'>): Promise<SessionView> {
  const [setup, clinic, settings] = await Promise.all([needsSetup(call.db), readClinicProfile(call.db), readSettings(call.db)]);
  const current = call.session.user;
  const user = current ? await call.db.selectFrom('users').selectAll().where('id', '=', current.id).executeTakeFirst() : undefined;
  return {
    needsSetup: setup,
    today: call.today,
    clinicName: clinic?.name ?? null,
    user: user
      ? {
          id: user.id,
          login: user.login,
          name: user.display_name,
          title: user.title,
          role: user.role,
          mustChangePassword: user.must_change_password === 1,
        }
      : null,
    locked: call.session.locked,
    idleLockMinutes: settings.idleLockMinutes,
    demo: user !== undefined && !call.session.locked && (await isDemo(call.db)),
  };
}

async function isDemo(db: Db): Promise<boolean> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', 'demo').executeTakeFirst();
  return row?.value === 'true';
}

async function accountView(db: Db, user: UserRow): Promise<AccountView> {
  const key = await activeKeyOf(db, user.id);
  return {
    id: user.id,
    login: user.login,
    name: user.display_name,
    title: user.title,
    role: user.role,
    status: user.disabled_at ? 'disabled' : user.locked_at ? 'locked' : 'active',
    mustChangePassword: user.must_change_password === 1,
    failedAttempts: user.failed_attempts,
    createdAt: user.created_at,
    passwordChangedAt: user.password_changed_at,
    keyId: key?.key_id ?? null,
  };
}

async function insertUser(
  call: CallContext,
  account: { login: string; name: string; title: string; role: UserRow['role']; password: string; mustChange: boolean },
): Promise<UserRow> {
  const existing = await call.db.selectFrom('users').select('id').where('login', '=', account.login).executeTakeFirst();
  if (existing) {
    throw new AppError('CONFLICT', `이미 사용 중인 아이디입니다: ${account.login}`, { fields: { login: '이미 사용 중인 아이디입니다.' } });
  }
  const now = call.now.toISOString();
  const inserted = await call.db
    .insertInto('users')
    .values({
      login: account.login,
      display_name: account.name,
      title: account.title,
      role: account.role,
      password_hash: await hashPassword(account.password, call.app.passwordCost),
      password_changed_at: now,
      must_change_password: account.mustChange ? 1 : 0,
      failed_attempts: 0,
      locked_at: null,
      disabled_at: null,
      created_at: now,
      created_by: call.session.user?.id ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  call.target('user', inserted.id);
  return inserted;
}

/** An officer account other than `except` that is still usable (the clinic must never lose its last one). */
/** An officer account other than `except` that can act now: not disabled and not locked. */
async function otherActiveOfficer(db: Db, except: number): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'officer')
    .where('disabled_at', 'is', null)
    .where('locked_at', 'is', null)
    .where('id', '!=', except)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Only an officer can unlock an account, so a locked last officer would lock the whole clinic out
 * (five wrong guesses by anyone at the sign-in screen would do it). For that account alone the lock
 * lifts by itself after LAST_OFFICER_LOCK_MINUTES; the sign-in that follows is logged as usual.
 */
export const LAST_OFFICER_LOCK_MINUTES = 30;

async function lastOfficerLockHasLifted(call: CallContext, user: UserRow): Promise<boolean> {
  if (user.role !== 'officer' || !user.locked_at || user.disabled_at) return false;
  if (await otherActiveOfficer(call.db, user.id)) return false;
  return call.now.getTime() - Date.parse(user.locked_at) >= LAST_OFFICER_LOCK_MINUTES * 60_000;
}

const dummies = new Map<number, Promise<string>>();

/** A real scrypt hash of nothing anyone types, at the app's cost: an unknown login costs a wrong password's time. */
function dummyHash(cost: ScryptParams): Promise<string> {
  let dummy = dummies.get(cost.N);
  if (!dummy) {
    dummy = hashPassword(randomUUID(), cost);
    dummies.set(cost.N, dummy);
  }
  return dummy;
}

/** Redoes a cheaper hash and sealed key with the app's cost, now that the password is at hand. */
async function upgradeStoredCost(call: CallContext, user: UserRow, password: string): Promise<void> {
  const cost = call.app.passwordCost;
  if (needsRehash(user.password_hash, cost)) {
    await call.db
      .updateTable('users')
      .set({ password_hash: await hashPassword(password, cost) })
      .where('id', '=', user.id)
      .execute();
  }
  if (await sealedKeyIsWeak(call.db, user.id, cost)) await resealUserKey(call.db, user.id, password, password, cost);
}

async function targetAccount(call: CallContext, userId: number): Promise<UserRow> {
  call.target('user', userId);
  return userById(call, userId);
}

export const accountsHandlers: HandlersOf<typeof accountsApi> = {
  'session.get': (call) => sessionView(call),
  'session.touch': (call) => sessionView(call),

  'setup.run': async (call, input) => {
    if (!(await needsSetup(call.db))) throw new AppError('CONFLICT', '이미 설정이 끝난 데이터베이스입니다. 로그인해 주세요.');
    requireUnguessable(input.officer.password, 'officer.password');
    const clinic = {
      name: input.clinic.name,
      representative: input.clinic.representative ?? '',
      address: input.clinic.address ?? '',
      businessNumber: input.clinic.businessNumber ?? '',
      privacyOfficerName: input.clinic.privacyOfficerName ?? input.officer.name,
      privacyOfficerTitle: input.clinic.privacyOfficerTitle ?? input.officer.title,
      privacyOfficerContact: input.clinic.privacyOfficerContact ?? '',
      cctvManagerName: input.clinic.cctvManagerName ?? '',
      cctvManagerTitle: input.clinic.cctvManagerTitle ?? '',
      cctvManagerContact: input.clinic.cctvManagerContact ?? '',
    };
    await saveClinicProfile(call.db, clinic, call.now);
    const installation = await createInstallationKey(call.db, call.app.secrets, call.now, clinic.name);
    const officer = await insertUser(call, { ...input.officer, role: 'officer', mustChange: false });
    const officerKeyId = await issueUserKey(call.db, {
      user: { userId: officer.id, login: officer.login, name: officer.display_name, role: 'officer' },
      password: input.officer.password,
      reason: 'setup',
      registrar: installation,
      now: call.now,
      cost: call.app.passwordCost,
    });
    signIn(call.session, { id: officer.id, role: 'officer', mustChangePassword: false }, call.now);
    return { installationKeyId: installation.keyId, officerKeyId, session: await sessionView(call) };
  },

  /**
   * An unknown login, a wrong password, a locked or disabled account: one message, one scrypt, so
   * neither the words nor the time tell which logins exist or what state they are in. Only a wrong
   * password counts toward the lockout (kept even though the call fails).
   */
  'auth.signIn': async (call, input) => {
    const user = await call.db.selectFrom('users').selectAll().where('login', '=', input.login).executeTakeFirst();
    const correct = await verifyPassword(input.password, user?.password_hash ?? (await dummyHash(call.app.passwordCost)));
    if (!user) {
      // The log's 계정 column shows which login was tried. Only text shaped like a login is kept: a
      // password typed into the wrong field must not land in the log.
      call.target('login', loginName.safeParse(input.login).success ? input.login : NOT_A_LOGIN);
      throw new AppError('UNAUTHENTICATED', SIGN_IN_REFUSED);
    }
    call.target('user', user.id);
    if (user.disabled_at) throw new AppError('UNAUTHENTICATED', SIGN_IN_REFUSED);
    const lifted = await lastOfficerLockHasLifted(call, user);
    if (user.locked_at && !lifted) throw new AppError('UNAUTHENTICATED', SIGN_IN_REFUSED, { logAs: 'LOCKED' });
    if (!correct) {
      const attempts = (lifted ? 0 : user.failed_attempts) + 1;
      await call.db
        .updateTable('users')
        .set({ failed_attempts: attempts, ...(attempts >= MAX_FAILED_ATTEMPTS ? { locked_at: call.now.toISOString() } : {}) })
        .where('id', '=', user.id)
        .execute();
      // The attempt that locks the account is logged as the lock it caused.
      throw new AppError('UNAUTHENTICATED', SIGN_IN_REFUSED, {
        persist: true,
        ...(attempts >= MAX_FAILED_ATTEMPTS ? { logAs: 'LOCKED' } : {}),
      });
    }
    await call.db.updateTable('users').set({ failed_attempts: 0, locked_at: null }).where('id', '=', user.id).execute();
    await upgradeStoredCost(call, user, input.password);
    signIn(call.session, { id: user.id, role: user.role, mustChangePassword: user.must_change_password === 1 }, call.now);
    return sessionView(call);
  },

  'auth.unlock': async (call, input) => {
    const current = call.session.user;
    if (!current) throw new AppError('UNAUTHENTICATED', '로그인이 필요합니다. 다시 로그인해 주세요.');
    const user = await targetAccount(call, current.id);
    if (user.disabled_at || user.locked_at) {
      signOut(call.session);
      throw new AppError('UNAUTHENTICATED', '계정을 사용할 수 없습니다. 다시 로그인해 주세요.');
    }
    await checkPassword(call, user, input.password);
    call.session.locked = false;
    call.session.lastActivityAt = call.now.getTime();
    return sessionView(call);
  },

  'auth.signOut': async (call) => {
    signOut(call.session);
    return sessionView(call);
  },

  'auth.changePassword': async (call, input) => {
    const me = call.session.user;
    if (!me) throw new AppError('UNAUTHENTICATED', '로그인이 필요합니다.');
    const user = await targetAccount(call, me.id);
    try {
      await checkPassword(call, user, input.currentPassword);
    } catch (error) {
      if (error instanceof AppError && error.code === 'UNAUTHENTICATED') {
        throw new AppError('UNAUTHENTICATED', error.message, {
          persist: true,
          fields: { currentPassword: '현재 비밀번호가 올바르지 않습니다.' },
        });
      }
      throw error;
    }
    requireUnguessable(input.newPassword, 'newPassword');
    const cost = call.app.passwordCost;
    if (user.must_change_password === 1) {
      // The first own password: a new key pair that nobody else ever held (the officer who chose
      // the temporary password could open the old one), registered in place of the old key.
      const current = await openUserKey(call.db, user.id, input.currentPassword);
      if (!current) throw new AppError('CONFLICT', '서명 키를 열 수 없습니다. 개인정보 보호책임자에게 비밀번호 초기화를 요청하세요.');
      await rotateToOwnKey(call.db, {
        user: { userId: user.id, login: user.login, name: user.display_name, role: user.role },
        current,
        password: input.newPassword,
        now: call.now,
        cost,
      });
    } else if (!(await resealUserKey(call.db, user.id, input.currentPassword, input.newPassword, cost))) {
      throw new AppError('CONFLICT', '서명 키를 열 수 없습니다. 개인정보 보호책임자에게 비밀번호 초기화를 요청하세요.');
    }
    await call.db
      .updateTable('users')
      .set({
        password_hash: await hashPassword(input.newPassword, cost),
        password_changed_at: call.now.toISOString(),
        must_change_password: 0,
      })
      .where('id', '=', user.id)
      .execute();
    me.mustChangePassword = false;
    return sessionView(call);
  },

  'users.list': async ({ db }) => {
    const rows = await db.selectFrom('users').selectAll().orderBy('id').execute();
    return Promise.all(rows.map((row) => accountView(db, row)));
  },

  'users.create': async (call, input) => {
    const registrar = await unlockOwnKey(call, input.officerPassword, 'officerPassword');
    requireUnguessable(input.temporaryPassword, 'temporaryPassword');
    const user = await insertUser(call, {
      login: input.login,
      name: input.name,
      title: input.title,
      role: input.role,
      password: input.temporaryPassword,
      mustChange: true,
    });
    await issueUserKey(call.db, {
      user: { userId: user.id, login: user.login, name: user.display_name, role: user.role },
      password: input.temporaryPassword,
      reason: 'account.create',
      registrar,
      now: call.now,
      cost: call.app.passwordCost,
    });
    return accountView(call.db, user);
  },

  'users.unlock': async (call, input) => {
    const user = await targetAccount(call, input.userId);
    if (!user.locked_at) throw new AppError('CONFLICT', '잠겨 있지 않은 계정입니다.');
    await call.db.updateTable('users').set({ locked_at: null, failed_attempts: 0 }).where('id', '=', user.id).execute();
    return accountView(call.db, await userById(call, user.id));
  },

  'users.disable': async (call, input) => {
    const user = await targetAccount(call, input.userId);
    if (user.disabled_at) throw new AppError('CONFLICT', '이미 사용이 중지된 계정입니다.');
    if (user.role === 'officer' && !(await otherActiveOfficer(call.db, user.id))) {
      throw new AppError('CONFLICT', '마지막 개인정보 보호책임자 계정은 중지할 수 없습니다. 다른 보호책임자 계정을 먼저 만드세요.');
    }
    const registrar = await unlockOwnKey(call, input.officerPassword, 'officerPassword');
    await call.db.updateTable('users').set({ disabled_at: call.now.toISOString() }).where('id', '=', user.id).execute();
    await revokeUserKey(call.db, { userId: user.id, reason: 'account.disabled', registrar, now: call.now });
    if (call.session.user?.id === user.id) signOut(call.session);
    return accountView(call.db, await userById(call, user.id));
  },

  'users.resetPassword': async (call, input) => {
    const user = await targetAccount(call, input.userId);
    if (user.disabled_at) throw new AppError('CONFLICT', '사용이 중지된 계정은 초기화할 수 없습니다.');
    if (user.id === call.session.user?.id) {
      // The officer's own key signs the reset; it cannot revoke itself and then vouch for its successor.
      throw new AppError('CONFLICT', '본인의 비밀번호는 초기화가 아니라 [비밀번호 변경]에서 바꾸세요.');
    }
    const registrar = await unlockOwnKey(call, input.officerPassword, 'officerPassword');
    requireUnguessable(input.temporaryPassword, 'temporaryPassword');
    await revokeUserKey(call.db, { userId: user.id, reason: 'password.reset', registrar, now: call.now });
    await call.db
      .updateTable('users')
      .set({
        password_hash: await hashPassword(input.temporaryPassword, call.app.passwordCost),
        password_changed_at: call.now.toISOString(),
        must_change_password: 1,
        failed_attempts: 0,
        locked_at: null,
      })
      .where('id', '=', user.id)
      .execute();
    await issueUserKey(call.db, {
      user: { userId: user.id, login: user.login, name: user.display_name, role: user.role },
      password: input.temporaryPassword,
      reason: 'password.reset',
      registrar,
      now: call.now,
      cost: call.app.passwordCost,
    });
    return accountView(call.db, await userById(call, user.id));
  },
};
