import { cctvMessages } from '../../shared/cctv/messages.ts';
import type { TargetKind } from '../domain.ts';
import { namedRows } from '../accessLog/targets.ts';

/** `cctv_recorder:1` → CCTV 녹화기 ‘NVR-1’. */
export const cctvTargets: Record<string, TargetKind> = { cctv_recorder: namedRows(cctvMessages.target, 'cctv_recorders') };
