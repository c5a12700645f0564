import { choiceCell, dateCell, textCell, type Cell, type ImportField } from '../formats/import.ts';
import { parseReservedAt, RESERVATION_STATUSES, STATUS_WORDS } from './records.ts';

const reservedAtCell = (text: string): Cell => {
  const parsed = parseReservedAt(text);
  return parsed.ok ? { ok: true, value: parsed.value } : parsed;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const emailCell = (text: string): Cell =>
  text.length > 200 || !EMAIL.test(text)
    ? { ok: false, message: `이메일 주소가 올바르지 않습니다(입력: ${text}).` }
    : { ok: true, value: text };

/** Phones as exports write them, masked or not: 010-1234-5678, 010-****-5678, +82 10 1234 5678. */
const phoneCell = (text: string): Cell =>
  /^[+\d][\d\s*()-]{5,24}$/.test(text) ? { ok: true, value: text } : { ok: false, message: `전화번호가 올바르지 않습니다(입력: ${text}).` };

/**
 * A booking system's export, by the headers such exports use in Korean or English (a clinic
 * website's admin page, 네이버 예약 …). The booking id and the name are required, and the reserved
 * date; everything else as far as the export has it.
 */
export const RESERVATION_IMPORT_FIELDS = [
  {
    key: 'bookingId',
    label: '예약번호',
    aliases: ['예약 번호', '예약ID', '예약 ID', '주문번호', 'reservation_id', 'reservation id', 'booking id', 'booking_id', 'id'],
    required: true,
    parse: textCell(60),
  },
  {
    key: 'name',
    label: '이름',
    aliases: ['예약자', '예약자명', '예약자 이름', '성명', '고객명', '환자명', 'name', 'customer', 'guest'],
    required: true,
    parse: textCell(60),
  },
  { key: 'nationality', label: '국적', aliases: ['nationality', 'country'], parse: textCell(60) },
  {
    key: 'birthDate',
    label: '생년월일',
    aliases: ['생일', 'birth date', 'birthdate', 'date of birth', 'dob', 'birthday'],
    parse: dateCell,
  },
  { key: 'email', label: '이메일', aliases: ['이메일 주소', '메일', 'e-mail', 'email', 'mail'], parse: emailCell },
  { key: 'phone', label: '전화번호', aliases: ['연락처', '휴대폰', '휴대전화', '휴대폰번호', 'phone', 'mobile', 'tel'], parse: phoneCell },
  {
    key: 'department',
    label: '진료과',
    aliases: ['진료 과목', '진료과목', '상품', '예약상품', '서비스', 'department', 'service'],
    parse: textCell(60),
  },
  {
    key: 'reservedAt',
    label: '이용일시',
    aliases: [
      '예약일시',
      '예약 일시',
      '이용 일시',
      '방문일시',
      '진료일시',
      '예약일',
      '이용일',
      'reserved at',
      'reservation date',
      'visit',
      'date',
    ],
    required: true,
    parse: reservedAtCell,
  },
  {
    key: 'status',
    label: '상태',
    aliases: ['예약상태', '예약 상태', 'status', 'state'],
    parse: choiceCell(RESERVATION_STATUSES.map((value) => ({ value, names: [...STATUS_WORDS[value]] }))),
  },
  {
    key: 'cancelledAt',
    label: '예약취소일시',
    aliases: ['취소일시', '취소 일시', '예약 취소 일시', '취소일', 'cancelled at', 'canceled at', 'cancellation date'],
    parse: reservedAtCell,
  },
] as const satisfies ReadonlyArray<ImportField>;

export type ReservationImportKey = (typeof RESERVATION_IMPORT_FIELDS)[number]['key'];
