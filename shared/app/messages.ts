import type { MessageTree } from '../contract/phrase.ts';

/** What the app screens say, Korean and English side by side; keys are typed (a typo fails the type check). */
export const appMessages = {
  languageKo: { ko: '한국어', en: '한국어' },
  languageEn: { ko: 'English', en: 'English' },
  name: { ko: 'Retention Desk', en: 'Retention Desk' },
  subtitle: { ko: '보존·파기 관리', en: 'Retention & destruction records' },
  demoBanner: {
    ko: '데모 데이터베이스입니다. 실제 병원 기록을 입력하지 마세요.',
    en: 'This is a demo database. Do not enter real clinic records.',
  },
  language: { ko: '언어', en: 'Language' },
  problem: {
    title: { ko: '데이터베이스를 열 수 없습니다', en: 'The database cannot be opened' },
    file: { ko: '데이터베이스 파일', en: 'Database file' },
    corrupt: {
      ko: '데이터베이스 파일이 손상되었습니다. 이 파일로는 작업을 계속할 수 없습니다. 최근 백업 파일로 복원하거나 담당자에게 연락해 주세요. 손상된 파일은 지우지 말고 그대로 두세요(조사에 필요합니다).',
      en: 'The database file is damaged and cannot be used. Restore the latest backup or contact your IT contact. Do not delete the damaged file (it is needed for investigation).',
    },
    tooNew: {
      ko: '이 데이터베이스는 더 새로운 버전의 Retention Desk로 만들어졌습니다(파일 버전 {{fileVersion}}, 이 프로그램 {{appVersion}}). 최신 버전으로 업데이트한 뒤 다시 여세요. 파일은 변경하지 않았습니다.',
      en: 'This database was created by a newer version of Retention Desk (file version {{fileVersion}}, this program {{appVersion}}). Update the program and open it again. The file was not changed.',
    },
    locked: {
      ko: '다른 곳에서 이미 이 데이터베이스를 사용하고 있습니다(다른 창의 Retention Desk 또는 명령줄 도구). 그 프로그램을 닫은 뒤 다시 시도하세요.',
      en: 'The database is already in use (another Retention Desk window or the command-line tool). Close that program and try again.',
    },
    unreadable: {
      ko: '데이터베이스 파일을 읽을 수 없습니다. 파일 위치와 권한을 확인한 뒤 다시 시도하세요.',
      en: 'The database file cannot be read. Check its location and permissions, then try again.',
    },
    rolledBack: {
      ko: '이 데이터베이스 파일은 옆에 보관된 마지막 확인 지점({{writtenAt}})보다 기록이 적습니다: {{chain}}의 {{checkpointSeq}}번까지 있어야 하는데 {{fileSeq}}번까지만 있거나 내용이 다릅니다. 파일이 잘렸거나 예전 사본으로 바뀐 것입니다. 이 파일에는 아무것도 기록하지 않았습니다. 개인정보 보호책임자에게 알리고, 최근 백업과 대조해 주세요.',
      en: 'This database file holds less than the last checkpoint kept beside it ({{writtenAt}}): {{chain}} should reach entry {{checkpointSeq}} but reaches {{fileSeq}} or differs. The file was cut or replaced by an older copy. Nothing was written to it. Tell the privacy officer and compare it with the latest backup.',
    },
    chains: {
      ledger: { ko: '파기 관리대장', en: 'the destruction ledger' },
      accessLog: { ko: '접속기록', en: 'the access log' },
    },
    keystore: {
      ko: '이 PC의 운영체제 키 저장소를 쓸 수 없어 서명 키를 안전하게 보관할 수 없습니다. 키 저장소(Windows 사용자 계정, Linux에서는 GNOME 키링 또는 KWallet)가 동작하는 계정으로 로그인한 뒤 다시 실행해 주세요. 키를 파일에 그대로 두는 방식으로는 열지 않습니다.',
      en: 'The operating system’s key store cannot be used on this PC, so the signing keys cannot be kept safe. Sign in to the computer with an account whose key store works (Windows user account; on Linux, GNOME Keyring or KWallet) and start again. The app does not fall back to keeping keys in a plain file.',
    },
    detail: { ko: '기술 정보', en: 'Technical details' },
  },
} as const satisfies MessageTree;
