/**
 * The retention periods a clinic meets, each with the legal basis printed on a certificate.
 * Citations go only as deep as DOMAIN.md and the cited text support: an article or paragraph is
 * named, never a sub-item that has not been checked.
 */

import type { PeriodUnit } from './period.ts';
import type { RetentionEvent, RetentionRule } from './rule.ts';

export const PRESET_CATEGORIES = ['medical', 'commerce', 'communications', 'security', 'cctv', 'service'] as const;
export type PresetCategory = (typeof PRESET_CATEGORIES)[number];

export const PRESET_CATEGORY_LABELS: Readonly<Record<PresetCategory, string>> = {
  medical: '진료기록',
  commerce: '전자상거래',
  communications: '통신기록',
  security: '접속기록',
  cctv: 'CCTV 영상',
  service: '서비스 운영',
};

export interface RetentionPreset {
  /** Stable kebab-case id; stored with records, so never renamed. */
  readonly id: string;
  readonly label: string;
  readonly category: PresetCategory;
  readonly rule: RetentionRule;
  readonly basis: string;
  /** True: a statutory minimum that must be kept. False: a limit that must not be exceeded. */
  readonly minimum: boolean;
  /** The period may be extended once, by at most its own length. */
  readonly extendableOnce?: boolean;
  readonly note?: string;
}

function fixed(length: number, unit: PeriodUnit): RetentionRule {
  return { kind: 'fixed', period: { length, unit }, countFirstDay: false };
}

function until(event: RetentionEvent): RetentionRule {
  return { kind: 'event', event, grace: null };
}

const MEDICAL_EXTENSION_NOTE =
  '계속적인 진료를 위하여 필요한 경우 1회에 한정하여 같은 기간의 범위에서 연장 보존할 수 있습니다 (같은 항 단서).';

/** 의료법 시행규칙 제15조 제1항 각 호, in the order of the paragraph. */
function medical(item: number, id: string, label: string, length: number): RetentionPreset {
  return {
    id,
    label,
    category: 'medical',
    rule: fixed(length, 'year'),
    basis: `의료법 시행규칙 제15조 제1항 제${item}호 (${label} ${length}년)`,
    minimum: true,
    extendableOnce: true,
    note: MEDICAL_EXTENSION_NOTE,
  };
}

const COMMERCE_NOTE = '병원이 온라인으로 재화나 용역을 판매·결제하는 경우(전자상거래·통신판매)에 해당합니다.';

function commerce(id: string, label: string, rule: RetentionRule, period: string): RetentionPreset {
  return {
    id,
    label,
    category: 'commerce',
    rule,
    basis: `전자상거래 등에서의 소비자보호에 관한 법률 제6조, 같은 법 시행령 제6조 (${label} ${period})`,
    minimum: true,
    note: COMMERCE_NOTE,
  };
}

const ACCESS_LOG_NOTE = '접속기록은 월 1회 이상 점검하고 위·변조되지 않도록 보관합니다 (같은 조).';

const DESTROY_WITHOUT_DELAY_BASIS = '개인정보 보호법 제21조 (보유기간 경과·처리 목적 달성 시 지체 없이 파기)';
const KEEP_SEPARATELY_NOTE = '다른 법령에 따라 보존해야 하는 정보는 파기하지 않고 분리하여 보관합니다.';

export const RETENTION_PRESETS: readonly RetentionPreset[] = [
  medical(1, 'medical-patient-register', '환자 명부', 5),
  medical(2, 'medical-chart', '진료기록부', 10),
  medical(3, 'medical-prescription', '처방전', 2),
  medical(4, 'medical-surgery-record', '수술기록', 10),
  medical(5, 'medical-test-findings', '검사소견기록', 5),
  medical(6, 'medical-radiograph', '방사선사진 및 그 소견서', 5),
  medical(7, 'medical-nursing-record', '간호기록부', 5),
  medical(8, 'medical-midwifery-record', '조산기록부', 5),
  medical(9, 'medical-certificate-copy', '진단서 등의 부본', 3),

  commerce('commerce-contract', '계약 또는 청약철회 등에 관한 기록', fixed(5, 'year'), '5년'),
  commerce('commerce-payment-supply', '대금결제 및 재화 등의 공급에 관한 기록', fixed(5, 'year'), '5년'),
  commerce('commerce-complaint-dispute', '소비자의 불만 또는 분쟁처리에 관한 기록', fixed(3, 'year'), '3년'),
  commerce('commerce-advertising', '표시·광고에 관한 기록', fixed(6, 'month'), '6개월'),

  {
    id: 'communications-website-log',
    label: '웹사이트 방문기록(로그)',
    category: 'communications',
    rule: fixed(3, 'month'),
    basis: '통신비밀보호법 시행령 제41조 (웹사이트 방문기록(로그) 3개월)',
    minimum: true,
    note: '병원 개인정보 처리방침이 웹사이트 방문기록의 보존 근거로 흔히 드는 기간입니다.',
  },

  {
    id: 'security-access-log-1y',
    label: '개인정보처리시스템 접속기록 (1년)',
    category: 'security',
    rule: fixed(1, 'year'),
    basis: '개인정보의 안전성 확보조치 기준 제8조 제1항 (개인정보처리시스템 접속기록 1년 이상)',
    minimum: true,
    note: `5만 명 이상의 정보주체에 관한 개인정보 또는 고유식별정보·민감정보를 처리하는 시스템은 2년 이상입니다. ${ACCESS_LOG_NOTE}`,
  },
  {
    id: 'security-access-log-2y',
    label: '개인정보처리시스템 접속기록 (2년)',
    category: 'security',
    rule: fixed(2, 'year'),
    basis:
      '개인정보의 안전성 확보조치 기준 제8조 제1항 단서 (5만 명 이상의 정보주체 또는 고유식별정보·민감정보를 처리하는 개인정보처리시스템 접속기록 2년 이상)',
    minimum: true,
    note: `건강에 관한 정보는 민감정보(개인정보 보호법 제23조)이므로 진료 정보를 처리하는 시스템은 이에 해당할 수 있습니다. ${ACCESS_LOG_NOTE}`,
  },

  {
    id: 'cctv-30d',
    label: 'CCTV 영상 (30일)',
    category: 'cctv',
    rule: fixed(30, 'day'),
    basis: '표준 개인정보 보호지침 (영상정보처리기기 보관 조항: 보관기간을 정하기 곤란한 경우 수집 후 30일 이내)',
    minimum: false,
    note: '촬영일로부터 셉니다. 병원이 다른 보관기간의 필요성을 밝히기 어려울 때의 기본값입니다.',
  },
  {
    id: 'cctv-1m',
    label: 'CCTV 영상 (1개월)',
    category: 'cctv',
    rule: fixed(1, 'month'),
    basis: '개인정보 보호법 제25조, 같은 법 시행령 제25조 (병원의 고정형 영상정보처리기기 운영·관리 방침에서 정한 보관기간 1개월)',
    minimum: false,
    note: '촬영일로부터 셉니다. 운영·관리 방침(또는 개인정보 처리방침)에 "촬영일로부터 1개월"로 정한 경우에 씁니다.',
  },

  {
    id: 'service-web-reservation',
    label: '홈페이지 예약 정보',
    category: 'service',
    rule: until('reservation_end'),
    basis: DESTROY_WITHOUT_DELAY_BASIS,
    minimum: false,
    note: KEEP_SEPARATELY_NOTE,
  },
  {
    id: 'service-membership',
    label: '홈페이지 회원 정보',
    category: 'service',
    rule: until('membership_end'),
    basis: DESTROY_WITHOUT_DELAY_BASIS,
    minimum: false,
    note: KEEP_SEPARATELY_NOTE,
  },
  {
    id: 'service-event-survey',
    label: '이벤트·설문 참여 정보',
    category: 'service',
    rule: until('event_end'),
    basis: DESTROY_WITHOUT_DELAY_BASIS,
    minimum: false,
    note: KEEP_SEPARATELY_NOTE,
  },
  {
    id: 'service-processor-contract',
    label: '수탁자가 처리하는 위탁 업무 정보',
    category: 'service',
    rule: until('contract_end'),
    basis: '개인정보 보호법 제21조 (지체 없이 파기), 제26조 (업무위탁에 따른 개인정보의 처리 제한)',
    minimum: false,
    note: '위탁계약이 끝나면 수탁자가 파기하고, 수탁자의 파기 확인서를 증빙으로 보관합니다.',
  },
];

const PRESETS_BY_ID: ReadonlyMap<string, RetentionPreset> = new Map(RETENTION_PRESETS.map((p) => [p.id, p]));

export function findPreset(id: string): RetentionPreset | undefined {
  return PRESETS_BY_ID.get(id);
}
