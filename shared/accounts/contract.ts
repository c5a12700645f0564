import { defineDomain } from '../contract/domain.ts';
import { accountsMessages } from './messages.ts';
import { z } from 'zod';
import { clinicProfileInput } from '../clinic/contract.ts';
import { ROLES, method, type Role } from '../contract/method.ts';
import { passwordProblem, passwordRuleProblem } from './password.ts';

/** A password typed to prove who you are: any non-empty text (the rules apply when one is chosen). */
export const passwordEntry = z.string().min(1, { error: '비밀번호를 입력해 주세요.' }).max(200);

function checkedBy(problemOf: (password: string) => string | null) {
  return z.string().superRefine((value, ctx) => {
    const problem = problemOf(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

/** A password being chosen, as a form checks it: the safety-measures rules and the guessing estimate. */
export const newPassword = checkedBy(passwordProblem);

/**
 * A password being chosen, as a method's input checks it: the rules only. The guessing estimate
 * costs up to seconds of the main process's time, so the handler makes it (`requireUnguessable`)
 * once the call may go ahead — the caller's own password checked, the clinic not yet set up —
 * and a call refused anyway never pays for it.
 */
export const chosenPassword = checkedBy(passwordRuleProblem);

export const loginName = z
  .string()
  .trim()
  .regex(/^[a-zA-Z][a-zA-Z0-9._-]{2,31}$/, {
    error: '아이디는 영문자로 시작하는 3~32자의 영문·숫자·._- 로 정해 주세요.',
  });

/** What the access log keeps of a sign-in typed with something that is not shaped like a login. */
export const NOT_A_LOGIN = '*';

const personName = z.string().trim().min(1).max(50);

export const roleSchema = z.enum(ROLES, { error: '역할을 선택해 주세요.' });

export interface SessionUserView {
  id: number;
  login: string;
  name: string;
  title: string;
  role: Role;
  mustChangePassword: boolean;
}

export interface SessionView {
  needsSetup: boolean;
  /** The clinic's calendar date by the main process's clock: the "today" every due date is counted to. */
  today: string;
  clinicName: string | null;
  user: SessionUserView | null;
  locked: boolean;
  idleLockMinutes: number;
  /** The file is the demo clinic (a banner says so); told only to someone signed in. */
  demo: boolean;
}

export interface AccountView {
  id: number;
  login: string;
  name: string;
  title: string;
  role: Role;
  status: 'active' | 'locked' | 'disabled';
  mustChangePassword: boolean;
  failedAttempts: number;
  createdAt: string;
  passwordChangedAt: string;
  keyId: string | null;
}

export interface SetupResult {
  installationKeyId: string;
  officerKeyId: string;
  session: SessionView;
}

const officerAccount = z.strictObject({
  login: loginName,
  name: personName,
  title: z.string().trim().min(1).max(50),
  password: chosenPassword,
});

/**
 * The clinic's name is required at setup; the rest of the profile can be completed later in
 * 설정 (the CLI's `init` knows only the name). The wizard asks for all of it.
 */
export const setupClinic = clinicProfileInput.partial().required({ name: true });

export const setupInput = z.strictObject({
  clinic: setupClinic,
  officer: officerAccount,
});

export const createAccountInput = z.strictObject({
  login: loginName,
  name: personName,
  title: z.string().trim().min(1).max(50),
  role: roleSchema,
  temporaryPassword: chosenPassword,
  /** The officer's own password: registering the new key is an entry the officer signs. */
  officerPassword: passwordEntry,
});

const accountId = z.number().int().positive();

export const accountsApi = {
  'session.get': method<SessionView>()({
    label: { ko: '세션 확인', en: 'Session status' },
    input: z.strictObject({}),
    roles: 'public',
    log: 'none',
  }),
  /** Activity in the window (keys, clicks): keeps the session from locking itself. */
  'session.touch': method<SessionView>()({
    label: { ko: '사용 중 확인', en: 'Activity' },
    input: z.strictObject({}),
    roles: 'signedIn',
    log: 'none',
  }),
  'setup.run': method<SetupResult>()({
    label: { ko: '최초 설정', en: 'First-run setup' },
    input: setupInput,
    roles: 'public',
    log: 'auth',
  }),
  'auth.signIn': method<SessionView>()({
    label: { ko: '로그인', en: 'Sign in' },
    input: z.strictObject({ login: z.string().trim().min(1, { error: '아이디를 입력해 주세요.' }).max(64), password: passwordEntry }),
    roles: 'public',
    log: 'auth',
  }),
  /** After the idle lock: the same person types their password again; the window keeps its state. */
  'auth.unlock': method<SessionView>()({
    label: { ko: '잠금 해제', en: 'Unlock' },
    input: z.strictObject({ password: passwordEntry }),
    roles: 'public',
    log: 'auth',
  }),
  'auth.signOut': method<SessionView>()({
    label: { ko: '로그아웃', en: 'Sign out' },
    input: z.strictObject({}),
    roles: 'public',
    log: 'auth',
    sealsLog: true,
  }),
  'auth.changePassword': method<SessionView>()({
    label: { ko: '비밀번호 변경', en: 'Change password' },
    input: z
      .strictObject({ currentPassword: passwordEntry, newPassword: chosenPassword })
      // Compared as they are hashed (NFC), so the same password typed in another normalisation is still "the same".
      .refine((v) => v.currentPassword.normalize('NFC') !== v.newPassword.normalize('NFC'), {
        error: '새 비밀번호는 현재 비밀번호와 달라야 합니다.',
        path: ['newPassword'],
      }),
    roles: 'signedIn',
    log: 'auth',
  }),
  'users.list': method<AccountView[]>()({
    label: { ko: '계정 목록 조회', en: 'List accounts' },
    input: z.strictObject({}),
    roles: ['officer', 'auditor'],
    log: 'read',
  }),
  'users.create': method<AccountView>()({
    label: { ko: '계정 생성', en: 'Create account' },
    input: createAccountInput,
    roles: ['officer'],
    log: 'change',
  }),
  'users.unlock': method<AccountView>()({
    label: { ko: '계정 잠금 해제', en: 'Unlock account' },
    input: z.strictObject({ userId: accountId }),
    roles: ['officer'],
    log: 'change',
  }),
  'users.disable': method<AccountView>()({
    label: { ko: '계정 사용 중지', en: 'Disable account' },
    input: z.strictObject({ userId: accountId, officerPassword: passwordEntry }),
    roles: ['officer'],
    log: 'change',
  }),
  /** A new temporary password and a new key pair (the old key is revoked in the ledger). */
  'users.resetPassword': method<AccountView>()({
    label: { ko: '비밀번호 초기화', en: 'Reset password' },
    input: z.strictObject({ userId: accountId, temporaryPassword: chosenPassword, officerPassword: passwordEntry }),
    roles: ['officer'],
    log: 'change',
  }),
};

export const accountsDomain = defineDomain({
  name: 'accounts',
  methods: accountsApi,
  messages: accountsMessages,
  events: { 'session.lock': { ko: '자동 잠금(미사용)', en: 'Idle lock' } },
});
