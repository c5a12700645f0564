/**
 * Clinic profiles shaped like the seed policies (../shared/seeds): the demo builder's and the tests'.
 * People and numbers are invented; the business numbers pass the check digit.
 */

/** The demo clinic: a hospital with processors, CCTV and web reservations. */
export const DEMO_CLINIC = {
  name: '데모 튼튼병원',
  representative: '한지원',
  address: '서울특별시 강남구 테헤란로 100, 3층',
  businessNumber: '124-81-00998',
  privacyOfficerName: '한지원',
  privacyOfficerTitle: '병원장',
  privacyOfficerContact: '02-555-0100',
  cctvManagerName: '한지원',
  cctvManagerTitle: '병원장',
  cctvManagerContact: '02-555-0100',
} as const;

/** The tests' clinic: a small 한의원 that takes web reservations. */
export const SAMPLE_CLINIC = {
  name: '통인한의원',
  representative: '김서연',
  address: '서울특별시 종로구 자하문로 15',
  businessNumber: '124-81-00998',
  privacyOfficerName: '김서연',
  privacyOfficerTitle: '원장',
  privacyOfficerContact: '02-737-1234',
  cctvManagerName: '박민호',
  cctvManagerTitle: '시설팀장',
  cctvManagerContact: '02-737-1235',
} as const;
