import { z } from 'zod';
import { createAccountInput, loginName, newPassword, passwordEntry } from './contract.ts';

/**
 * The account forms of the UI: the contract's input plus what only a form asks, a new password
 * typed twice. Kept beside the contract so their Korean messages are written once, in shared/.
 */

export const changePasswordForm = z
  .object({ currentPassword: passwordEntry, newPassword, confirm: z.string() })
  .refine((v) => v.newPassword === v.confirm, { error: '새 비밀번호가 서로 다릅니다.', path: ['confirm'] })
  .refine((v) => v.currentPassword !== v.newPassword, { error: '새 비밀번호는 현재 비밀번호와 달라야 합니다.', path: ['newPassword'] });

export const setupOfficerForm = z
  .object({
    login: loginName,
    name: z.string().trim().min(1).max(50),
    title: z.string().trim().min(1).max(50),
    password: newPassword,
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { error: '비밀번호가 서로 다릅니다.', path: ['confirm'] });

/** The title the setup wizard suggests for the privacy officer, who is usually the director. */
export const SUGGESTED_OFFICER_TITLE = '원장';

export const createAccountForm = createAccountInput
  .extend({ temporaryPassword: newPassword, confirm: z.string() })
  .refine((v) => v.temporaryPassword === v.confirm, {
    error: '임시 비밀번호가 서로 다릅니다.',
    path: ['confirm'],
  });
