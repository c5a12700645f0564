import type { MessageTree } from '../contract/phrase.ts';

/** What the daily run, the dashboard and the notifications say, Korean and English side by side. */
export const dailyMessages = {
  dashboard: {
    today: { ko: '섹션별 처리할 일 (기한이 지난 것부터)', en: 'Work by section, overdue first' },
    chart: { ko: '앞으로 8주 동안 기한이 오는 일', en: 'What falls due in the next eight weeks' },
    chartHint: {
      ko: '주마다 기한이 되는 건수입니다(개인정보파일은 파기할 수 있게 되는 날, 파기 진행은 파기 기한, 예약 기록은 파기일, CCTV는 촬영일마다 영상을 지워야 하는 날, 처리위탁은 점검·계약 종료일, 접속기록은 월간 점검 기한).',
      en: 'Per week, how many things fall due (files: the first day they may be destroyed; requests: their deadline; reservations: their destruction day; CCTV: the day each recording day must be deleted; processors: inspections and contract ends; the access log: the monthly review).',
    },
    chartEmpty: {
      ko: '앞으로 8주 안에 기한이 오는 일이 없습니다. 개인정보파일을 등록하면 파기 기한이 여기에 표시됩니다.',
      en: 'Nothing falls due in the next eight weeks. Registered files show their deadlines here.',
    },
    weekOf: { ko: '{{date}} 주', en: 'Week of {{date}}' },
    status: { ko: '점검·백업 상태', en: 'Checks and backups' },
    lastRun: { ko: '마지막 일일 점검', en: 'Last daily run' },
    lastRunValue: {
      ko: '{{day}} — 찾은 일 {{found}}건, 처리 {{did}}건, 실패 {{failed}}건',
      en: '{{day}} — found {{found}}, did {{did}}, failed {{failed}}',
    },
    noRun: {
      ko: '아직 일일 점검이 실행되지 않았습니다. 매일 {{time}}에 자동으로 실행됩니다. [지금 점검]으로 바로 실행할 수 있습니다.',
      en: 'The daily run has not run yet. It runs every day at {{time}}; Run now starts it at once.',
    },
    lastFailure: { ko: '마지막 실패', en: 'Last failure' },
    noFailure: { ko: '실패한 점검이 없습니다.', en: 'No run has failed.' },
    ledger: { ko: '관리대장 마지막 검증', en: 'Ledger last verified' },
    ledgerOk: { ko: '{{at}} — 이상 없음 (항목 {{entries}}개)', en: '{{at}} — intact ({{entries}} entries)' },
    ledgerFailed: { ko: '{{at}} — 검증 실패: {{detail}}', en: '{{at}} — failed: {{detail}}' },
    ledgerNever: {
      ko: '아직 검증하지 않았습니다. 일일 점검이 매일 검증하며, [파기 관리대장]에서 직접 검증할 수도 있습니다.',
      en: 'Not verified yet. The daily run verifies it every day; you can also verify it in the ledger.',
    },
    backup: { ko: '마지막 정상 백업', en: 'Last good backup' },
    backupValue: { ko: '{{at}} ({{age}}일 전)', en: '{{at}} ({{age}} days ago)' },
    backupNone: {
      ko: '백업이 없습니다. [백업 설정]에서 백업할 폴더(USB 등)를 정하고 복구 시트를 인쇄하세요.',
      en: 'No backup yet. Choose a backup folder (e.g. a USB drive) under Backups and print the recovery sheet.',
    },
    backupStale: {
      ko: '최근 백업이 없습니다. 백업 폴더(USB)가 연결되어 있는지 확인하고 [백업 설정]에서 지금 백업하세요.',
      en: 'No recent backup. Check that the backup folder (USB) is connected and back up now under Backups.',
    },
    noRecovery: {
      ko: '복구 시트를 아직 인쇄하지 않았습니다. 이 PC의 디스크가 고장 나면 백업을 열 수 없습니다.',
      en: 'The recovery sheet has not been printed: if this PC’s disk dies, the backups cannot be opened.',
    },
    drill: { ko: '복원 훈련(월 1회)', en: 'Restore drill (monthly)' },
    drillOk: { ko: '{{at}} — 최신 백업을 복원해 검증했습니다', en: '{{at}} — the newest backup restored and verified' },
    drillFailed: { ko: '{{at}} — 실패: {{detail}}', en: '{{at}} — failed: {{detail}}' },
    drillNever: {
      ko: '아직 복원 훈련을 하지 않았습니다. 백업이 있으면 매월 일일 점검이 최신 백업을 임시 파일로 복원해 검증합니다.',
      en: 'No restore drill yet. Once there is a backup, the daily run restores the newest one each month into a temporary file and verifies it.',
    },
    runNow: { ko: '지금 점검', en: 'Run now' },
    ran: { ko: '{{count}}일치 점검을 실행했습니다.', en: 'Ran {{count}} days.' },
    ranNothing: { ko: '오늘 점검은 이미 끝났습니다.', en: 'Today’s run is already done.' },
    busy: { ko: '다른 점검이 진행 중입니다. 잠시 뒤에 다시 보세요.', en: 'Another run is under way.' },
    runAt: { ko: '매일 {{time}} 자동 점검', en: 'Runs daily at {{time}}' },
  },
  notifications: {
    title: { ko: '알림', en: 'Notifications' },
    empty: {
      ko: '알림이 없습니다. 일일 점검이 새로 기한이 된 일을 찾으면 여기에 알립니다.',
      en: 'No notifications. The daily run tells you here when new work falls due.',
    },
    unread: { ko: '읽지 않음', en: 'Unread' },
    markRead: { ko: '읽음으로 표시', en: 'Mark read' },
    markAllRead: { ko: '모두 읽음', en: 'Mark all read' },
    day: { ko: '{{day}} 점검', en: 'Run of {{day}}' },
  },
  notes: {
    domainFailed: {
      ko: '{{section}} 항목을 확인하지 못했습니다. 다음 점검에서 다시 시도합니다.',
      en: 'Could not check {{section}}; the next run tries again.',
    },
    backupMade: { ko: '백업을 만들었습니다 ({{file}}).', en: 'Made a backup ({{file}}).' },
    backupFailed: { ko: '백업을 만들지 못했습니다: {{reason}}', en: 'The backup failed: {{reason}}' },
    noBackupFolder: {
      ko: '백업 폴더가 정해지지 않아 백업하지 않았습니다.',
      en: 'No backup folder is set: no backup was made.',
    },
    backupsExpired: {
      ko: '보존 기한이 지난 백업 {{count}}개의 키를 없애고 파일을 덮어써 지웠습니다.',
      en: 'Destroyed the keys of {{count}} expired backups and overwrote their files.',
    },
    drillOk: { ko: '복원 훈련: 백업 {{backup}}번을 복원해 검증했습니다.', en: 'Restore drill: backup {{backup}} restored and verified.' },
    drillFailed: { ko: '복원 훈련 실패: {{reason}}', en: 'Restore drill failed: {{reason}}' },
    ledgerOk: { ko: '관리대장 검증: 이상 없음 (항목 {{entries}}개).', en: 'Ledger verified: intact ({{entries}} entries).' },
    ledgerFailed: { ko: '관리대장 검증 실패: {{reason}}', en: 'Ledger verification failed: {{reason}}' },
    notified: { ko: '새로 처리할 일 {{count}}건을 알렸습니다.', en: 'Notified {{count}} new items.' },
  },
  triggers: {
    startup: { ko: '시작할 때', en: 'At start-up' },
    schedule: { ko: '예약 시각', en: 'Scheduled' },
    manual: { ko: '직접 실행', en: 'Run by hand' },
    cli: { ko: '명령줄', en: 'Command line' },
  },
} as const satisfies MessageTree;
