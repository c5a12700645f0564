import { registerMessages } from '../../shared/register/messages.ts';
import type { TargetKind } from '../domain.ts';
import { namedRows } from '../accessLog/targets.ts';

/** `pi_file:4` → 개인정보파일 ‘예약 신청서 묶음’ (the file's name, not its content: no personal data). */
export const registerTargets: Record<string, TargetKind> = { pi_file: namedRows(registerMessages.target, 'pi_files') };
