/** The Korean words of the reservation printouts (forms are printed in Korean whatever the UI language). */
export const RESERVATION_CERTIFICATE_WORDS = {
  records: '파기한 예약 기록',
  count: (count: string) => `${count}건`,
  range: (from: string, to: string) => `예약일 ${from} ~ ${to}`,
  digest: '기록 식별값 요약(SHA-256)',
  processors: '수탁자 사본 파기 확인',
  confirmed: (done: number, total: number) => `수탁자 확인 ${done}/${total}`,
  processor: '수탁자',
  via: (name: string) => `${name}의 재수탁자`,
  country: '국가',
  requestedOn: '확인 요청일',
  confirmedOn: '확인일',
  evidence: '증빙',
  notYet: '확인 전',
  none: '이 데이터를 가진 수탁자 없음',
} as const;

export const ACCESS_REPLY_WORDS = {
  title: '개인정보 열람 회신',
  scope: (text: string) => `검색: ${text}`,
  lead: '요청하신 정보주체의 개인정보로 본원이 보유 중인 예약 기록은 아래와 같습니다(개인정보 보호법 제35조).',
  footer: (count: string) => `총 ${count}건`,
  bookingId: '예약번호',
  name: '이름',
  nationality: '국적',
  birthDate: '생년월일',
  email: '이메일',
  phone: '전화번호',
  department: '진료과',
  reservedAt: '이용일시',
  status: '상태',
  dueOn: '파기 예정일',
} as const;
