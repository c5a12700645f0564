import { policiesMessages } from '../../shared/policies/messages.ts';
import type { TargetKind } from '../domain.ts';
import { namedRows } from '../accessLog/targets.ts';

/** `policy:2` → 보존기간 정책 ‘진료기록부’. */
export const policiesTargets: Record<string, TargetKind> = { policy: namedRows(policiesMessages.target, 'retention_policies') };
