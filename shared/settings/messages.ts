import type { MessageTree } from '../contract/phrase.ts';

/** What the settings screens say, Korean and English side by side; keys are typed (a typo fails the type check). */
export const settingsMessages = {
  target: { ko: '설정', en: 'Setting' },
  idleLock: { ko: '자동 잠금', en: 'Automatic lock' },
  security: { ko: '보안 설정', en: 'Security settings' },
  distinctSigners: {
    ko: '파기를 수행한 사람과 승인하는 사람이 달라야 함(권장)',
    en: 'The person who destroys and the approver must be different people (recommended)',
  },
  signersConfirmTitle: { ko: '서명자 규칙 변경', en: 'Change the signer rule' },
  signersConfirmOn: {
    ko: '앞으로 파기를 수행한 사람과 승인하는 사람이 달라야 합니다. 이 변경은 보호책임자의 서명과 함께 파기 관리대장에 기록됩니다.',
    en: "From now on the person who destroys and the approver must be different people. The change is recorded in the destruction ledger with the officer's signature.",
  },
  signersConfirmOff: {
    ko: '앞으로 한 사람이 파기를 수행하고 승인까지 할 수 있습니다. 점검 때 설명이 필요할 수 있으며, 이 변경은 보호책임자의 서명과 함께 파기 관리대장에 기록됩니다.',
    en: "From now on one person may both destroy and approve. An inspector may ask why; the change is recorded in the destruction ledger with the officer's signature.",
  },
  signersConfirm: { ko: '서명하고 저장', en: 'Sign and save' },
  idleLockMinutes: { ko: '미사용 시 화면 잠금(분)', en: 'Lock after idle (minutes)' },
  idleLockHint: {
    ko: '이 시간 동안 조작이 없으면 화면을 잠그고 비밀번호를 다시 묻습니다.',
    en: 'After this long without input the screen locks and asks for the password again.',
  },
} as const satisfies MessageTree;
