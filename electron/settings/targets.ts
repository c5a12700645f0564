import type { Phrase } from '../../shared/contract/phrase.ts';
import { settingsMessages } from '../../shared/settings/messages.ts';
import type { TargetKind } from '../domain.ts';
import { named } from '../accessLog/targets.ts';

const SETTING_WORDS: Readonly<Record<string, Phrase>> = {
  idleLockMinutes: settingsMessages.idleLockMinutes,
  requireDistinctSigners: settingsMessages.distinctSigners,
};

/** `setting:idleLockMinutes` → 설정 ‘미사용 시 화면 잠금(분)’. */
export const settingsTargets: Record<string, TargetKind> = {
  setting: {
    describe: async (_db, ids) => new Map(ids.map((id) => [id, named(settingsMessages.target, SETTING_WORDS[id]?.ko ?? id)] as const)),
  },
};
