import type { MessageTree } from '../contract/phrase.ts';

/** What the backup screens say, Korean and English side by side. */
export const backupsMessages = {
  nav: { ko: '백업', en: 'Backups' },
  title: { ko: '백업 설정', en: 'Backups' },
  description: {
    ko: '매일 점검 때 암호화한 백업을 정한 폴더(USB 등)에 만들고, 최대 보관 일수가 지난 백업은 키를 없앤 뒤 덮어써 지웁니다. 파기한 기록이 백업에 남아 있는 기간이 파기 기한(5일)을 넘지 않습니다.',
    en: 'The daily run makes an encrypted backup in the folder you choose (e.g. a USB drive); backups past the maximum age lose their key and are overwritten, so destroyed records never outlive their deadline in a backup.',
  },
  folder: { ko: '백업 폴더', en: 'Backup folder' },
  folderHint: {
    ko: '이 PC의 디스크가 아닌 곳(USB 드라이브, 다른 디스크)을 권합니다.',
    en: 'Prefer somewhere other than this PC’s disk (a USB drive, another disk).',
  },
  choose: { ko: '폴더 선택…', en: 'Choose…' },
  maxAge: { ko: '최대 보관 일수', en: 'Maximum age (days)' },
  maxAgeHint: {
    ko: '1~5일. 파기 기한(5일)보다 길게 둘 수 없습니다.',
    en: '1 to 5 days; never longer than the 5-day destruction deadline.',
  },
  runAt: { ko: '매일 점검 시각', en: 'Daily run time' },
  runAtHint: {
    ko: '24시간 형식(예: 09:00). 프로그램이 꺼져 있던 날은 다음에 켤 때 점검합니다.',
    en: '24-hour (e.g. 09:00). Days the PC was off are caught up at the next start.',
  },
  save: { ko: '저장', en: 'Save' },
  saved: { ko: '백업 설정을 저장했습니다.', en: 'Saved the backup settings.' },
  runNow: { ko: '지금 백업', en: 'Back up now' },
  made: { ko: '백업을 만들었습니다: {{file}}', en: 'Made a backup: {{file}}' },
  progress: { ko: '백업하는 중', en: 'Backing up' },
  list: { ko: '백업 목록', en: 'Backups' },
  empty: {
    ko: '아직 백업이 없습니다. 폴더를 정하고 [지금 백업]을 누르세요.',
    en: 'No backups yet. Choose a folder and press Back up now.',
  },
  columns: {
    file: { ko: '파일', en: 'File' },
    createdAt: { ko: '만든 시각', en: 'Made' },
    size: { ko: '크기', en: 'Size' },
    expiresOn: { ko: '파기 예정일', en: 'Expires' },
    state: { ko: '상태', en: 'State' },
  },
  states: {
    kept: { ko: '보관 중', en: 'Kept' },
    keptNoSheet: { ko: '보관 중(복구 시트 없음)', en: 'Kept (no recovery sheet)' },
    expired: { ko: '키 파기·덮어씀', en: 'Key destroyed, overwritten' },
    pending: { ko: '키 파기(파일은 폴더 연결 시 지움)', en: 'Key destroyed (file removed when the folder is back)' },
    missing: { ko: '키 파기(파일 없음)', en: 'Key destroyed (file gone)' },
  },
  restore: {
    button: { ko: '복원', en: 'Restore' },
    title: { ko: '백업 복원', en: 'Restore a backup' },
    lead: {
      ko: '이 백업({{file}})으로 데이터베이스를 바꿉니다. 먼저 복호화·무결성 검사·관리대장 전체 검증을 하고, 통과해야만 바꿉니다. 지금 파일은 지우지 않고 옆에 남깁니다. 백업 이후에 입력한 내용은 복원한 파일에 없습니다.',
      en: 'Replaces the database with this backup ({{file}}) after decryption, an integrity check and full ledger verification. The current file is kept beside it. What was entered after the backup is not in the restored file.',
    },
    confirm: { ko: '복원', en: 'Restore' },
    destroyedTitle: { ko: '파기한 기록이 되살아납니다', en: 'Destroyed records would come back' },
    destroyedConfirm: { ko: '그래도 복원', en: 'Restore anyway' },
    cancel: { ko: '취소', en: 'Cancel' },
    done: {
      ko: '백업 {{id}}번을 복원했습니다. 원래 파일은 {{path}}에 남겨 두었습니다.',
      en: 'Restored backup {{id}}. The previous file was kept at {{path}}.',
    },
    redo: {
      ko: '되살아난 파기 기록({{serials}})의 파기를 다시 해 주세요.',
      en: 'Destroy again what the restore brought back ({{serials}}).',
    },
  },
  recovery: {
    title: { ko: '복구 시트', en: 'Recovery sheet' },
    lead: {
      ko: '이 PC의 디스크가 고장 나도 백업을 열 수 있도록 복구 코드를 인쇄해 잠금 장치가 있는 곳에 보관하세요. 새 시트를 발급하면 이전 시트로는 지금 보관 중인 백업을 열 수 없습니다.',
      en: 'Print the recovery code and lock it away, so the backups open even if this PC’s disk dies. A new sheet makes the old one useless for the backups kept now.',
    },
    issued: { ko: '현재 시트: {{id}} ({{at}} 발급)', en: 'Current sheet: {{id}} (issued {{at}})' },
    none: { ko: '아직 복구 시트를 발급하지 않았습니다.', en: 'No recovery sheet issued yet.' },
    issue: { ko: '복구 시트 발급', en: 'Issue a recovery sheet' },
    renew: { ko: '새 복구 시트 발급', en: 'Issue a new sheet' },
    password: { ko: '본인 비밀번호', en: 'Your password' },
    code: { ko: '복구 코드', en: 'Recovery code' },
    print: { ko: '인쇄', en: 'Print' },
    gone: {
      ko: '표시할 복구 시트가 없습니다. [백업 설정]에서 복구 시트를 발급하세요.',
      en: 'No recovery sheet to show. Issue one under Backups.',
    },
    shownOnce: {
      ko: '이 코드는 지금 한 번만 보입니다. 인쇄한 뒤 창을 닫으세요.',
      en: 'This code is shown only now. Print it, then close this window.',
    },
  },
} as const satisfies MessageTree;
