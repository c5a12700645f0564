import type { MethodName } from './index.ts';
import type { Locale } from '../i18n/index.ts';

type Label = { ko: string; en: string };

/**
 * How each method reads in the access log and its CSV export. Keyed by the contract, so a new
 * method without a label fails the type check. `session.lock` (the idle lock, written by the
 * dispatcher) and `audit.seal` (the nightly seal, written by the scheduler) are not called.
 */
export const METHOD_LABELS: Record<MethodName | 'session.lock' | 'audit.seal', Label> = {
  'app.status': { ko: '프로그램 상태 확인', en: 'App status' },
  'app.retryOpen': { ko: '데이터베이스 다시 열기', en: 'Reopen database' },
  'session.get': { ko: '세션 확인', en: 'Session status' },
  'session.touch': { ko: '사용 중 확인', en: 'Activity' },
  'session.lock': { ko: '자동 잠금(미사용)', en: 'Idle lock' },
  'audit.seal': { ko: '접속기록 봉인(설치 키 서명)', en: 'Access log sealed (installation key)' },
  'setup.run': { ko: '최초 설정', en: 'First-run setup' },
  'auth.signIn': { ko: '로그인', en: 'Sign in' },
  'auth.unlock': { ko: '잠금 해제', en: 'Unlock' },
  'auth.signOut': { ko: '로그아웃', en: 'Sign out' },
  'auth.changePassword': { ko: '비밀번호 변경', en: 'Change password' },
  'users.list': { ko: '계정 목록 조회', en: 'List accounts' },
  'users.create': { ko: '계정 생성', en: 'Create account' },
  'users.unlock': { ko: '계정 잠금 해제', en: 'Unlock account' },
  'users.disable': { ko: '계정 사용 중지', en: 'Disable account' },
  'users.resetPassword': { ko: '비밀번호 초기화', en: 'Reset password' },
  'clinic.get': { ko: '기관 정보 조회', en: 'Read clinic profile' },
  'clinic.update': { ko: '기관 정보 수정', en: 'Update clinic profile' },
  'settings.get': { ko: '설정 조회', en: 'Read settings' },
  'settings.update': { ko: '설정 변경', en: 'Change settings' },
  'accessLog.list': { ko: '접속기록 조회', en: 'Read access log' },
  'accessLog.exportCsv': { ko: '접속기록 내보내기', en: 'Export access log' },
  'accessLog.verify': { ko: '접속기록 검증', en: 'Verify access log' },
  'accessLog.reviews': { ko: '점검 기록 조회', en: 'Read reviews' },
  'accessLog.recordReview': { ko: '월간 점검 기록', en: 'Record monthly review' },
  'cctv.recorders.list': { ko: 'CCTV 녹화기 조회', en: 'List CCTV recorders' },
  'cctv.recorders.save': { ko: 'CCTV 녹화기 저장', en: 'Save CCTV recorder' },
  'cctv.recorders.retire': { ko: 'CCTV 녹화기 사용 종료', en: 'Retire CCTV recorder' },
  'policies.list': { ko: '보존기간 정책 조회', en: 'List retention policies' },
  'policies.save': { ko: '보존기간 정책 저장', en: 'Save retention policy' },
  'policies.archive': { ko: '보존기간 정책 보관 처리', en: 'Archive retention policy' },
  'register.list': { ko: '개인정보파일 목록 조회', en: 'List personal-information files' },
  'register.save': { ko: '개인정보파일 저장', en: 'Save personal-information file' },
  'register.recordEvent': { ko: '보존 종료 사유 발생일 기록', en: 'Record end event' },
  'register.hold': { ko: '보존 연장', en: 'Legal hold' },
  'register.release': { ko: '보존 연장 해제', en: 'Release legal hold' },
  'register.exportCsv': { ko: '개인정보파일 목록 내보내기', en: 'Export file register' },
  'disposal.list': { ko: '파기 요청 조회', en: 'List disposal requests' },
  'disposal.request': { ko: '파기 요청', en: 'Request destruction' },
  'disposal.perform': { ko: '파기 수행 서명', en: 'Sign as performer' },
  'disposal.approve': { ko: '파기 승인 서명', en: 'Sign as approver' },
  'disposal.cancel': { ko: '파기 요청 취소', en: 'Cancel disposal request' },
  'disposal.attachment': { ko: '첨부 파일 열람', en: 'Open attachment' },
  'ledger.list': { ko: '파기 관리대장 조회', en: 'Read destruction ledger' },
  'ledger.entry': { ko: '파기 확인서 조회', en: 'Read certificate' },
  'ledger.verify': { ko: '관리대장 검증', en: 'Verify ledger' },
  'ledger.lookup': { ko: '확인서 QR 대조', en: 'Check certificate QR' },
  'ledger.exportCsv': { ko: '관리대장 내보내기', en: 'Export ledger' },
  'ledger.exportBundle': { ko: '감사용 묶음 내보내기', en: 'Export audit bundle' },
  'ledger.archiveCertificate': { ko: '확인서 PDF 보관', en: 'Archive certificate PDF' },
  'ledger.correct': { ko: '관리대장 정정 기록', en: 'Record correction' },
};

export function methodLabel(method: string, locale: Locale = 'ko'): string {
  return (METHOD_LABELS as Record<string, Label | undefined>)[method]?.[locale] ?? method;
}

export const RESULT_LABELS: Record<string, Label> = {
  ok: { ko: '성공', en: 'OK' },
  VALIDATION: { ko: '입력 오류', en: 'Invalid input' },
  UNAUTHENTICATED: { ko: '인증 실패', en: 'Not authenticated' },
  FORBIDDEN: { ko: '권한 없음', en: 'Forbidden' },
  NOT_FOUND: { ko: '없는 요청', en: 'Not found' },
  CONFLICT: { ko: '처리 불가', en: 'Conflict' },
  LOCKED: { ko: '잠김', en: 'Locked' },
  INTERNAL: { ko: '오류', en: 'Error' },
};

export const KIND_LABELS: Record<string, Label> = {
  auth: { ko: '인증', en: 'Auth' },
  read: { ko: '조회', en: 'Read' },
  change: { ko: '변경', en: 'Change' },
  system: { ko: '기타', en: 'Other' },
  denied: { ko: '거부·실패', en: 'Refused/failed' },
};
