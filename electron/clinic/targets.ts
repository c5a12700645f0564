import { clinicMessages } from '../../shared/clinic/messages.ts';
import type { TargetKind } from '../domain.ts';

/** `clinic:1` → 기관 정보 (there is one profile). */
export const clinicTargets: Record<string, TargetKind> = {
  clinic: { describe: async (_db, ids) => new Map(ids.map((id) => [id, clinicMessages.target])) },
};
