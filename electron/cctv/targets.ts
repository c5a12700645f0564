import { cctvMessages } from '../../shared/cctv/messages.ts';
import type { TargetKind } from '../domain.ts';
import { namedRows } from '../accessLog/targets.ts';

/** A camera, a hold or a request is named by its number only: a requester's name never reaches the log. */
function numbered(word: { ko: string; en: string }): TargetKind {
  return {
    describe: async (_db, ids) => new Map(ids.map((id) => [id, { ko: `${word.ko} ${id}번`, en: `${word.en} #${id}` }])),
  };
}

/** `cctv_recorder:1` → CCTV 녹화기 ‘NVR-1’; `cctv_request:3` → 개인영상정보 요청 3번. */
export const cctvTargets: Record<string, TargetKind> = {
  cctv_recorder: namedRows(cctvMessages.target, 'cctv_recorders'),
  cctv_camera: numbered(cctvMessages.targets.camera),
  cctv_hold: numbered(cctvMessages.targets.hold),
  cctv_request: numbered(cctvMessages.targets.request),
};
