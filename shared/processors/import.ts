import { choiceCell, countCell, dateCell, textCell, type Cell, type ImportField } from '../formats/import.ts';
import { TRANSFER_GROUNDS } from './clauses.ts';
import { COUNTRY_CODES, countryName, isCountryCode } from './countries.ts';
import { processorsMessages } from './messages.ts';

const NAMES = new Map<string, string>();
function codeByName(name: string): string | null {
  if (NAMES.size === 0) {
    for (const code of COUNTRY_CODES) {
      NAMES.set(countryName(code, 'ko').replace(/\s+/g, ''), code);
      NAMES.set(countryName(code, 'en').toLowerCase().replace(/\s+/g, ''), code);
    }
  }
  return NAMES.get(name.replace(/\s+/g, '')) ?? NAMES.get(name.toLowerCase().replace(/\s+/g, '')) ?? null;
}

/** A country as people write it: "FR", "프랑스", "France", or as the export writes it, "프랑스 (FR)". */
export function countryOf(text: string): string | null {
  const value = text.trim();
  const code = /\(([A-Za-z]{2})\)\s*$/.exec(value)?.[1] ?? (/^[A-Za-z]{2}$/.test(value) ? value : null);
  if (code !== null) return isCountryCode(code.toUpperCase()) ? code.toUpperCase() : null;
  return codeByName(value);
}

function countryCell(text: string): Cell {
  const code = countryOf(text);
  return code
    ? { ok: true, value: code }
    : { ok: false, message: `알 수 없는 국가입니다(입력: ${text}). ‘KR’, ‘FR’ 같은 ISO 3166-1 코드나 ‘프랑스’처럼 적어 주세요.` };
}

function countriesCell(text: string): Cell {
  const codes: string[] = [];
  for (const part of text
    .split(/[,;·]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const code = countryOf(part);
    if (!code) return { ok: false, message: `알 수 없는 국가입니다(입력: ${part}). ‘FR’이나 ‘프랑스’처럼 적어 주세요.` };
    codes.push(code);
  }
  return { ok: true, value: codes };
}

/** "자동 갱신" (or empty) for an open-ended contract, else a date. */
function contractEndCell(text: string): Cell {
  return /자동\s*갱신|auto/i.test(text) ? { ok: true, value: null } : dateCell(text);
}

const groundCell = choiceCell(
  TRANSFER_GROUNDS.map((ground) => ({
    value: ground,
    names: [processorsMessages.grounds[ground].ko, processorsMessages.grounds[ground].en],
  })),
);

/**
 * The inventory's columns, as the app's own CSV/XLSX export writes them (an export imports back).
 * The export's computed columns (최근·다음 점검일, 누락 조항, 상태) are not imported: the clauses of
 * an imported processor are marked missing until someone checks its contract.
 */
export const PROCESSOR_IMPORT_FIELDS = [
  {
    key: 'name',
    label: '수탁자',
    aliases: ['수탁자명', '수탁업체명', '수탁업체', '업체명', 'processor', 'name'],
    required: true,
    parse: textCell(100),
  },
  { key: 'parent', label: '위탁한 수탁자', aliases: ['재위탁한 수탁자', '상위 수탁자', 'parent'], parse: textCell(100) },
  { key: 'businessNumber', label: '사업자등록번호', aliases: ['사업자번호', 'business number'], parse: textCell(30) },
  { key: 'country', label: '국가', aliases: ['나라', 'country'], required: true, parse: countryCell },
  { key: 'storageCountries', label: '보관 국가', aliases: ['보관국가', '서버 위치', 'storage'], parse: countriesCell },
  { key: 'address', label: '주소', aliases: ['소재지', 'address'], required: true, parse: textCell(200) },
  { key: 'contactName', label: '담당자 성명', aliases: ['담당자', '개인정보 담당자', 'contact'], required: true, parse: textCell(50) },
  { key: 'contactEmail', label: '담당자 이메일', aliases: ['이메일', 'e-mail', 'email'], parse: textCell(100) },
  { key: 'contactPhone', label: '담당자 전화번호', aliases: ['전화번호', '연락처', 'phone'], parse: textCell(30) },
  { key: 'work', label: '위탁업무 내용', aliases: ['위탁업무', '위탁업무내용', 'work'], required: true, parse: textCell(300) },
  { key: 'items', label: '개인정보 항목', aliases: ['위탁하는 개인정보 항목', '항목', 'items'], required: true, parse: textCell(300) },
  { key: 'subjects', label: '정보주체', aliases: ['대상', 'subjects'], required: true, parse: textCell(200) },
  {
    key: 'retentionText',
    label: '보유·이용 기간',
    aliases: ['보유기간', '보유 기간', '보유 및 이용기간', 'retention'],
    required: true,
    parse: textCell(200),
  },
  { key: 'contractStart', label: '계약 시작일', aliases: ['계약시작일', '계약일', 'contract start'], required: true, parse: dateCell },
  { key: 'contractEnd', label: '계약 종료일', aliases: ['계약종료일', 'contract end'], parse: contractEndCell },
  { key: 'consentOn', label: '재위탁 동의일', aliases: ['동의일'], parse: dateCell },
  { key: 'consentHow', label: '재위탁 동의 방법', aliases: ['동의 방법'], parse: textCell(200) },
  { key: 'cycle', label: '점검 주기(개월)', aliases: ['점검 주기', '점검주기'], parse: countCell(60) },
  { key: 'overseasItems', label: '이전 항목', aliases: ['국외 이전 항목', '이전되는 개인정보 항목'], parse: textCell(300) },
  { key: 'overseasWhenHow', label: '이전 시기·방법', aliases: ['이전 일시 및 방법', '이전 시기 및 방법'], parse: textCell(300) },
  { key: 'overseasPurpose', label: '이전 목적', aliases: ['이전받는 자의 이용 목적'], parse: textCell(300) },
  { key: 'overseasRetention', label: '이전받는 자의 보유기간', aliases: ['이전받는 자의 보유·이용 기간'], parse: textCell(200) },
  { key: 'overseasRefusal', label: '거부 방법·절차·효과', aliases: ['거부 방법'], parse: textCell(500) },
  { key: 'overseasGround', label: '이전 근거', aliases: ['국외 이전 근거'], parse: groundCell },
] as const satisfies ReadonlyArray<ImportField>;

export type ProcessorImportKey = (typeof PROCESSOR_IMPORT_FIELDS)[number]['key'];
