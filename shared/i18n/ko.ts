/** Korean is the app's language; every key here must exist in en.ts too (the type enforces it). */
export const ko = {
  app: {
    name: 'Retention Desk',
    subtitle: '보존·파기 관리',
    demoBanner: '데모 데이터베이스입니다. 실제 병원 기록을 입력하지 마세요.',
    language: '언어',
  },
  nav: {
    settings: '설정',
  },
  common: {
    save: '저장',
    saving: '저장 중…',
    cancel: '취소',
    retry: '다시 시도',
    saved: '저장했습니다.',
    loading: '불러오는 중…',
    errorTitle: '처리하지 못했습니다',
    required: '필수',
    lastUpdated: '마지막 수정',
    notSet: '아직 입력되지 않았습니다',
  },
  problem: {
    title: '데이터베이스를 열 수 없습니다',
    file: '데이터베이스 파일',
    corrupt:
      '데이터베이스 파일이 손상되었습니다. 이 파일로는 작업을 계속할 수 없습니다. 최근 백업 파일로 복원하거나 담당자에게 연락해 주세요. 손상된 파일은 지우지 말고 그대로 두세요(조사에 필요합니다).',
    tooNew:
      '이 데이터베이스는 더 새로운 버전의 Retention Desk로 만들어졌습니다(파일 버전 {{fileVersion}}, 이 프로그램 {{appVersion}}). 최신 버전으로 업데이트한 뒤 다시 여세요. 파일은 변경하지 않았습니다.',
    locked:
      '다른 곳에서 이미 이 데이터베이스를 사용하고 있습니다(다른 창의 Retention Desk 또는 명령줄 도구). 그 프로그램을 닫은 뒤 다시 시도하세요.',
    unreadable: '데이터베이스 파일을 읽을 수 없습니다. 파일 위치와 권한을 확인한 뒤 다시 시도하세요.',
    detail: '기술 정보',
  },
  clinic: {
    title: '기관 정보',
    description: '파기 확인서와 관리대장에 인쇄되는 기관 정보입니다. 개인정보 처리방침의 내용과 같게 입력하세요.',
    sectionClinic: '기관',
    sectionOfficer: '개인정보 보호책임자',
    sectionCctv: '영상정보 관리책임자',
    name: '기관명',
    representative: '대표자',
    address: '주소',
    businessNumber: '사업자등록번호',
    businessNumberHint: '123-45-67890 형식',
    officerName: '성명',
    officerTitle: '직위',
    officerContact: '연락처',
    cctvName: '성명',
    cctvTitle: '직위',
    cctvContact: '연락처',
    contactHint: '전화번호 또는 이메일',
    empty: '기관 정보가 아직 없습니다. 아래 항목을 입력하고 저장하세요.',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof ko>;
