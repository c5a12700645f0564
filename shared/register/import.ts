import type { Phrase } from '../contract/phrase.ts';
import { choiceCell, countCell, dateCell, textCell, type ImportField } from '../formats/import.ts';
import { LOCATION_KINDS, MEDIA_KINDS, type LocationKind, type MediaKind } from './files.ts';
import { registerMessages } from './messages.ts';

/** Short words staff use for the kinds (besides the app's own labels). */
const MEDIA_WORDS: Record<MediaKind, readonly string[]> = {
  electronic: ['전자', '전자문서', '파일', '엑셀'],
  paper: ['종이', '서류', '문서'],
  media: ['기록매체', 'USB', '디스크', '필름'],
  video: ['영상', 'CCTV'],
};

const LOCATION_WORDS: Record<LocationKind, readonly string[]> = {
  app_db: ['프로그램', '데이터베이스', 'DB'],
  pc_folder: ['PC', 'PC 폴더', '컴퓨터'],
  paper: ['서류철', '문서함', '캐비닛'],
  processor: ['수탁자', '위탁업체'],
  cctv: ['녹화기', 'NVR', 'DVR'],
};

/** A kind by its label in either language or a word staff use for it. */
function kindCell<K extends string>(
  kinds: readonly K[],
  labels: Readonly<Record<K, Phrase>>,
  words: Readonly<Record<K, readonly string[]>>,
) {
  return choiceCell<K>(kinds.map((kind) => ({ value: kind, names: [labels[kind].ko, labels[kind].en, ...words[kind]] })));
}

/**
 * The register's columns as clinics write them in Excel (and as the app's own CSV export writes
 * them, so an export imports back). 보관 위치 may be one column ("종이 서류철 — 행정실 문서함 2번 칸",
 * as the export writes it) or two (구분 and 구체적으로).
 */
export const REGISTER_IMPORT_FIELDS = [
  {
    key: 'name',
    label: '개인정보 파일명',
    aliases: ['개인정보파일명', '파일명', '파일 이름', '개인정보파일', 'name', 'file name'],
    required: true,
    parse: textCell(100),
  },
  { key: 'items', label: '개인정보 항목', aliases: ['항목', '수집 항목', '개인정보항목', 'items'], required: true, parse: textCell(300) },
  {
    key: 'mediaKind',
    label: '자료의 종류',
    aliases: ['자료 종류', '자료종류', '종류', '매체', 'medium', 'kind'],
    required: true,
    parse: kindCell(MEDIA_KINDS, registerMessages.media, MEDIA_WORDS),
  },
  {
    key: 'location',
    label: '보관 위치',
    aliases: ['보관위치', '보관 장소', 'location'],
    parse: textCell(260),
  },
  {
    key: 'locationKind',
    label: '보관 위치 구분',
    aliases: ['보관 위치(구분)', '위치 구분', '보관 장소 구분'],
    parse: kindCell(LOCATION_KINDS, registerMessages.locations, LOCATION_WORDS),
  },
  {
    key: 'locationDetail',
    label: '보관 위치(구체적으로)',
    aliases: ['보관 위치 상세', '상세 위치', '위치 상세', '보관 위치(상세)'],
    parse: textCell(200),
  },
  {
    key: 'recordCount',
    label: '보유 건수',
    aliases: ['건수', '보유건수', '레코드 수', 'count', 'records'],
    required: true,
    parse: countCell(),
  },
  { key: 'policy', label: '보존기간 정책', aliases: ['정책', '기록 종류', '보존 정책', 'policy'], required: true, parse: textCell(100) },
  { key: 'createdOn', label: '생성일', aliases: ['작성일', '생성 일자', 'created', 'created on'], required: true, parse: dateCell },
  { key: 'startDate', label: '보존기간 시작일', aliases: ['시작일', '기산일', '보존 시작일', 'start'], parse: dateCell },
  {
    key: 'eventDate',
    label: '종료 사유 발생일',
    aliases: ['종료일', '종료사유 발생일', '보존 종료 사유 발생일', 'event', 'event date'],
    parse: dateCell,
  },
] as const satisfies ReadonlyArray<ImportField>;

export type RegisterImportKey = (typeof REGISTER_IMPORT_FIELDS)[number]['key'];

/** Splits the one-column form "구분 — 구체적으로" (the app's export writes it so). */
export function splitLocation(text: string): { kind: string; detail: string } | null {
  const match = /^(.+?)\s+[—–―-]\s+(.+)$/.exec(text);
  return match ? { kind: match[1] ?? '', detail: match[2] ?? '' } : null;
}
