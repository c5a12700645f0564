import type { MessageTree } from '../contract/phrase.ts';

/** What the clinic screens say, Korean and English side by side; keys are typed (a typo fails the type check). */
export const clinicMessages = {
  target: { ko: '기관 정보', en: 'Clinic profile' },
  nav: { ko: '기관 정보', en: 'Clinic profile' },
  title: { ko: '기관 정보', en: 'Clinic profile' },
  description: {
    ko: '파기 확인서와 관리대장에 인쇄되는 기관 정보입니다. 개인정보 처리방침의 내용과 같게 입력하세요.',
    en: 'Printed on certificates of destruction and ledgers. Enter it as your privacy policy states it.',
  },
  readOnly: { ko: '기관 정보는 개인정보 보호책임자만 바꿀 수 있습니다.', en: 'Only the privacy officer can change the clinic profile.' },
  sectionClinic: { ko: '기관', en: 'Clinic' },
  sectionOfficer: { ko: '개인정보 보호책임자', en: 'Chief privacy officer' },
  sectionCctv: { ko: '영상정보 관리책임자', en: 'CCTV manager' },
  name: { ko: '기관명', en: 'Clinic name' },
  representative: { ko: '대표자', en: 'Representative' },
  address: { ko: '주소', en: 'Address' },
  businessNumber: { ko: '사업자등록번호', en: 'Business registration no.' },
  businessNumberHint: { ko: '사업자등록증의 숫자 10자리', en: 'The 10 digits on the business registration certificate' },
  businessNumberPlaceholder: { ko: '예: 123-45-67891', en: 'e.g. 123-45-67891' },
  officerName: { ko: '성명', en: 'Name' },
  officerTitle: { ko: '직위', en: 'Title' },
  officerContact: { ko: '연락처', en: 'Contact' },
  cctvName: { ko: '성명', en: 'Name' },
  cctvTitle: { ko: '직위', en: 'Title' },
  cctvContact: { ko: '연락처', en: 'Contact' },
  contactHint: { ko: '전화번호 또는 이메일', en: 'Phone number or e-mail' },
  empty: {
    ko: '기관 정보가 아직 없습니다. 아래 항목을 입력하고 저장하세요.',
    en: 'No clinic profile yet. Fill in the fields below and save.',
  },
} as const satisfies MessageTree;
