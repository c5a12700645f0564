/** The words of the 파기 확인서 and the printed 파기 관리대장 (Korean forms; see shared/i18n/printout.ts). */
export const CERTIFICATE_WORDS = {
  title: '개인정보 파기 확인서',
  serial: '관리번호',
  clinic: '기관명',
  businessNumber: '사업자등록번호',
  seal: '기관 인장 지문',
  sealKey: '이 기관 Retention Desk의 설치 서명 키 지문입니다. 관리대장의 모든 항목은 이 키에서 시작하는 서명과 해시로 이어집니다.',
  lead: '아래 개인정보를 「개인정보 보호법」 제21조 및 같은 법 시행령 제16조에 따라 복구·재생되지 않도록 파기하였음을 확인합니다.',
  files: '파기한 개인정보',
  fileName: '개인정보 파일명',
  items: '항목',
  kind: '자료의 종류',
  createdOn: '생성일',
  counts: '보유 / 파기 / 현 보유',
  retention: '보존기간 · 근거',
  retentionEnds: (date: string) => ` (보존 종료 ${date})`,
  details: '파기 내용',
  reason: '파기 사유',
  method: '파기 방법',
  basis: (text: string) => `근거: ${text}`,
  place: '파기 장소',
  requested: '파기 요청',
  performedOn: '파기일',
  approvedOn: '파기 승인일',
  attachments: '증빙 첨부',
  processors: '파기한 수탁자',
  processor: (name: string, country: string, sub: boolean) => `${sub ? '재수탁자 ' : ''}${name} (${country})`,
  note: '비고',
  correction: (serial: string) => `정정 (${serial})`,
  correctionText: (correction: string, reason: string, officer: string, at: string) =>
    `${correction} — 사유: ${reason} (${officer}, ${at})`,
  signatures: '확인',
  performer: '처리담당자',
  approver: '처리부서장(개인정보 보호책임자)',
  signHere: '(서명 또는 인)',
  signingKey: '전자서명 키',
  closing: (approver: string) => `개인정보 보호책임자 ${approver} (인)`,
  entryHash: '항목 해시(SHA-256):',
  /** One sentence an inspector can follow alone, with the app or with nothing but the exported bundle. */
  howToCheck:
    '확인 방법: 기관의 Retention Desk에서 [파기 관리대장 → 확인서 대조]에 위 QR 코드를 읽히거나, 감사용 묶음(JSON)을 받아 공개된 관리대장 형식(docs/ledger-format.md)대로 위 항목 해시와 서명을 다시 계산하여 기관 인장 지문과 대조하면 이 확인서가 관리대장의 서명된 항목과 같은지 확인할 수 있습니다.',
  printedAt: '출력:',
  printoutSigned: (seq: number, signer: string, at: string) => `출력 확인 서명: 관리대장 ${seq}번 항목, ${signer}, ${at}`,
} as const;

export const LEDGER_SHEET_WORDS = {
  title: '개인정보 파기 관리대장',
  serial: '번호',
  fileName: '개인정보 파일명',
  kind: '자료의 종류',
  createdOn: '생성일',
  destroyedOn: '파기일',
  reason: '파기사유',
  methodPlace: '파기방법·장소',
  counts: '보유·파기·현 보유',
  performer: '처리담당자',
  approver: '처리부서장 확인',
  approvedOn: (date: string) => `승인 ${date}`,
  signOrSeal: '(서명 또는 인)',
  footer: (count: string) =>
    `총 ${count}건 · 각 항목은 처리담당자와 보호책임자의 전자서명으로도 관리대장에 기록되어 있습니다(확인서의 QR로 대조).`,
} as const;

/** How printouts say that a destruction was late, or dated before its request. */
export const TIMING_WORDS = {
  late: (deadline: string, days: number) => `파기 기한 ${deadline}보다 ${days}일 늦음`,
  reason: (reason: string) => `지연 사유: ${reason}`,
  beforeRequest: (requestedOn: string) => `요청(${requestedOn}) 전에 파기함`,
  row: '파기 지연',
} as const;
