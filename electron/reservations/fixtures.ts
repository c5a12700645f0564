import { addDays } from '../../shared/dates/calendar.ts';

/** A reservation as a booking system's export row (the demo and the tests share these). */
export interface ExportRow {
  bookingId: string;
  name: string;
  nationality: string;
  birthDate: string;
  email: string;
  phone: string;
  department: string;
  /** As the export writes it ("2026-11-03 (화) 오후 2:00:00" …). */
  reservedAt: string;
  status: string;
  cancelledAt: string;
}

export const EXPORT_HEADER = [
  '예약번호',
  '상태',
  '예약자',
  '국적',
  '생년월일',
  '이메일',
  '전화번호',
  '진료과',
  '이용일시',
  '예약취소일시',
] as const;

const cell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The CSV a clinic website's admin page exports: a title and the export date above the header. */
export function exportCsv(rows: readonly ExportRow[], preamble = true): string {
  const lines = [
    ...(preamble ? ['통인한의원 홈페이지 예약 목록', '내려받은 날: 2026-11-20', ''] : []),
    EXPORT_HEADER.join(','),
    ...rows.map((row) =>
      [
        row.bookingId,
        row.status,
        row.name,
        row.nationality,
        row.birthDate,
        row.email,
        row.phone,
        row.department,
        row.reservedAt,
        row.cancelledAt,
      ]
        .map(cell)
        .join(','),
    ),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

const FAMILY = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권'];
const GIVEN = ['민준', '서연', '도윤', '하은', '지호', '수아', '예준', '지민', '현우', '유진', '건우', '채원', '선영', '태희', '은서'];
const FOREIGN = [
  { name: 'Emma Laurent', nationality: '프랑스' },
  { name: 'Liam Walker', nationality: '미국' },
  { name: 'Yuki Tanaka', nationality: '일본' },
  { name: 'Chen Wei', nationality: '중국' },
  { name: 'Anna Schmidt', nationality: '독일' },
];
const DEPARTMENTS = ['한방내과', '침구과', '한방재활의학과', '한방부인과', '사상체질과'];
const WEEKDAYS = ['일', '월', '화', '수', '목', '금', '토'];

function weekdayOf(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return WEEKDAYS[new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).getUTCDay()] ?? '';
}

/** "2026-11-03 (화) 오후 2:00:00": the form the clinic's website writes. */
export function koreanDateTime(date: string, hour: number): string {
  const meridiem = hour < 12 ? '오전' : '오후';
  const h = hour % 12 === 0 ? 12 : hour % 12;
  return `${date} (${weekdayOf(date)}) ${meridiem} ${h}:00:00`;
}

/**
 * Invented reservations, one per `step` of the counter starting on `from` (a few a day), the
 * same every time: Korean and foreign patients (the clinic's site is in several languages),
 * departments of a 한의원, e-mails and masked phones as the site exports them.
 */
export function inventedReservations(count: number, from: string, options: { perDay?: number; prefix?: string } = {}): ExportRow[] {
  const perDay = options.perDay ?? 6;
  const prefix = options.prefix ?? 'TI';
  return Array.from({ length: count }, (_, index) => {
    const foreign = index % 7 === 3 ? FOREIGN[index % FOREIGN.length] : undefined;
    const name = foreign?.name ?? `${FAMILY[index % FAMILY.length]}${GIVEN[(index * 7) % GIVEN.length]}`;
    const date = addDays(from, Math.floor(index / perDay));
    const year = 1950 + ((index * 13) % 55);
    return {
      bookingId: `${prefix}-${String(100000 + index)}`,
      name,
      nationality: foreign?.nationality ?? '대한민국',
      birthDate: `${year}-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
      email: `patient${index}@example.com`,
      phone: `010-****-${String(1000 + ((index * 37) % 9000))}`,
      department: DEPARTMENTS[index % DEPARTMENTS.length] ?? '',
      reservedAt: koreanDateTime(date, 9 + (index % perDay)),
      status: '예약확정',
      cancelledAt: '',
    };
  });
}
