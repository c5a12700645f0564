import type { ProcessorInput } from '../../shared/processors/contract.ts';
import { CLAUSE_KEYS, type Clauses } from '../../shared/processors/clauses.ts';

/**
 * Processors as the seeds' privacy policies list them (the companies are real, every number,
 * person and address detail here is invented for the demo): 통인한의원's website operator PREDAQ
 * re-entrusting reservation e-mails to Mailjet (Sinch) with the data stored in France, the ten
 * processors of 장튼위튼병원, and 청담오라클's CCTV monitoring by 에스원.
 */

/** Every required clause present, at the article the sample contract has it. */
export function allClauses(): Clauses {
  return Object.fromEntries(CLAUSE_KEYS.map((key, index) => [key, { present: true, where: `제${index + 3}조` }])) as Clauses;
}

/** All but the given clauses (a contract that lacks them). */
export function clausesWithout(...missing: Array<keyof Clauses>): Clauses {
  const clauses = allClauses();
  for (const key of missing) clauses[key] = { present: false, where: '' };
  return clauses;
}

type Sample = Omit<ProcessorInput, 'parentId' | 'fileIds' | 'policyIds'>;

export const PREDAQ: Sample = {
  name: 'PREDAQ',
  businessNumber: '214-81-12346',
  country: 'KR',
  address: '서울특별시 중구 한강대로 416, 13층',
  contactName: '조재성',
  contactEmail: 'privacy@predaq.example',
  contactPhone: '02-6000-1234',
  work: '홈페이지 예약 시스템 운영 및 유지보수, 예약 알림 발송 관리',
  items: '진료과·이름·이메일·국적·생년월일·예약일자',
  subjects: '홈페이지 예약 고객',
  retentionText: '위탁계약 종료 시까지',
  contractStart: '2025-07-01',
  contractEnd: null,
  clauses: clausesWithout('liability'),
  inspectionCycleMonths: 12,
};

export const MAILJET: Sample = {
  name: 'Mailjet SAS (Sinch Email)',
  businessNumber: '',
  country: 'FR',
  address: '13-13 bis, rue de l’Aubrac, 75012 Paris, France',
  contactName: 'Data Protection Officer',
  contactEmail: 'privacy@mailjet.example',
  contactPhone: '',
  work: '예약 확인·리마인더 이메일 발송',
  items: '진료과·이름·이메일·국적·생년월일·예약일자',
  subjects: '홈페이지 예약 고객',
  retentionText: '이메일 발송 목적 달성 시까지(위탁계약 종료 시 파기)',
  contractStart: '2025-07-15',
  contractEnd: null,
  consentOn: '2025-07-10',
  consentHow: 'PREDAQ의 재위탁 동의 요청에 서면 동의서로 회신',
  clauses: allClauses(),
  overseas: {
    items: '진료과·이름·이메일·국적·생년월일·예약일자',
    whenHow: '예약 접수 시마다 네트워크(API)를 통해 실시간 전송',
    purpose: '예약 확인·리마인더 이메일 발송',
    retention: '발송 후 30일, 위탁계약 종료 시 즉시 파기',
    refusal:
      '개인정보 보호책임자에게 이메일·전화로 거부 의사를 알리면 이전하지 않습니다. 거부하면 예약 알림 이메일을 받을 수 없으며, 예약 자체에는 영향이 없습니다.',
    ground: 'contract',
    groundNote: '예약 알림 서비스 계약의 이행을 위한 처리위탁으로 개인정보 처리방침에 공개',
  },
  inspectionCycleMonths: 12,
};

export const S1: Sample = {
  name: '에스원',
  businessNumber: '220-88-13577',
  country: 'KR',
  address: '서울특별시 중구 세종대로 7길 25',
  contactName: '김호',
  contactEmail: '',
  contactPhone: '1588-3112',
  work: 'CCTV 관리 및 모니터링(보안)',
  items: 'CCTV 영상(얼굴·행동)',
  subjects: '병원 방문객·직원',
  retentionText: '촬영일로부터 1개월',
  contractStart: '2025-03-01',
  contractEnd: '2027-02-28',
  clauses: allClauses(),
  inspectionCycleMonths: 12,
};

/** 장튼위튼병원's ten processors (the seed's table), as the demo enters them. */
export const HOSPITAL_PROCESSORS: Sample[] = [
  ['아미스테크놀로지(주)', '105-86-11112', '전산장비 및 데이터베이스 유지보수', '환자 인적사항·진료기록 전체'],
  ['(주)태영소프트', '120-87-15905', '의료영상저장전송(PACS)', '이름·환자번호·의료영상'],
  ['(주)새롬소프트', '211-86-24682', '전산장비 및 데이터베이스 유지보수', '환자 인적사항·진료기록 전체'],
  ['더블유의원', '113-81-35798', '의료영상 원격 판독', '이름·성별·나이·의료영상'],
  ['(주)닥스미디어', '206-86-10245', '홈페이지 개발 및 운영', '이름·연락처·이메일·예약일시'],
  ['녹십자의료재단', '314-82-22229', '위탁검사', '차트번호·이름·성별·생년월일·검체'],
  ['(재)씨젠의료재단', '129-81-33330', '위탁검사', '차트번호·이름·성별·생년월일·검체'],
  ['(주)지노믹트리', '104-81-44444', '위탁검사', '차트번호·이름·성별·생년월일·검체'],
  ['세종텔레콤(주)', '101-81-55559', '예약문자 시스템', '이름·휴대전화번호·예약일시'],
  ['(주)피어나인', '220-87-66664', '검진센터 문자발송 시스템', '이름·휴대전화번호·검진일시'],
].map(([name, businessNumber, work, items], index) => ({
  name: name ?? '',
  businessNumber: businessNumber ?? '',
  country: 'KR',
  address: '서울특별시 (계약서 기재 주소)',
  contactName: '개인정보 담당자',
  contactEmail: `privacy${index + 1}@processor.example`,
  contactPhone: '',
  work: work ?? '',
  items: items ?? '',
  subjects: '내원 환자',
  retentionText: '위탁계약 종료 시까지',
  contractStart: '2025-01-02',
  contractEnd: null,
  clauses: allClauses(),
  inspectionCycleMonths: 12,
}));

/** A one-page PDF standing for a signed contract (the same kind of bytes as disposal evidence). */
export { CONFIRMATION_PDF_BASE64 as CONTRACT_PDF_BASE64 } from '../disposal/fixtures.ts';
