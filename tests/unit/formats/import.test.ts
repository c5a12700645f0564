import { describe, expect, it } from 'vitest';
import {
  choiceCell,
  columnLetter,
  countCell,
  dateCell,
  headerKey,
  issueText,
  parseTable,
  templateCsv,
  textCell,
  type ImportField,
} from '../../../shared/formats/import.ts';

const FIELDS = [
  { key: 'name', label: '개인정보 파일명', aliases: ['파일명', 'file name'], required: true, parse: textCell(20) },
  { key: 'count', label: '보유 건수', aliases: ['건수'], required: true, parse: countCell() },
  { key: 'created', label: '생성일', aliases: ['작성일'], parse: dateCell },
  {
    key: 'kind',
    label: '자료의 종류',
    aliases: ['종류'],
    parse: choiceCell([
      { value: 'paper', names: ['종이문서', '종이'] },
      { value: 'electronic', names: ['전자파일', '전자'] },
    ]),
  },
] as const satisfies ReadonlyArray<ImportField>;

describe('columns and headers as a spreadsheet names them', () => {
  it.each([
    [0, 'A'],
    [2, 'C'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %i is %s', (index, letter) => {
    expect(columnLetter(index)).toBe(letter);
  });

  it('compares headers without spaces, punctuation, marks of required or letter case', () => {
    expect(headerKey(' 개인정보 파일명 * ')).toBe(headerKey('개인정보파일명'));
    expect(headerKey('보유·건수')).toBe(headerKey('보유 건수'));
    expect(headerKey('File Name')).toBe(headerKey('file name'));
    expect(headerKey('보관 위치(구체적으로)')).not.toBe(headerKey('보관 위치'));
  });
});

describe('parseTable', () => {
  it('finds the header below an export’s title rows, maps Korean and English headers, numbers rows as the file does', () => {
    const table = parseTable(
      [
        ['예약 현황 내보내기', '', ''],
        ['출력일: 2026-11-24', '', ''],
        [],
        ['File name', '건수', '작성일', '메모'],
        ['예약 신청서 묶음', '1,240', '2026.01.05', '아무 말'],
        ['', '', '', ''],
        ['건강강좌 명단', '57건', '26. 1. 3.(토)', ''],
      ],
      FIELDS,
    );
    expect(table.headerRow).toBe(4);
    expect(table.columns.map((c) => `${c.column}:${c.field ?? '-'}`)).toEqual(['A:name', 'B:count', 'C:created', 'D:-']);
    expect(table.rows).toEqual([
      {
        row: 5,
        values: { name: '예약 신청서 묶음', count: 1240, created: '2026-01-05' },
        text: { name: '예약 신청서 묶음', count: '1,240', created: '2026.01.05' },
      },
      {
        row: 7,
        values: { name: '건강강좌 명단', count: 57, created: '2026-01-03' },
        text: { name: '건강강좌 명단', count: '57건', created: '26. 1. 3.(토)' },
      },
    ]);
    expect(table.issues).toEqual([]);
  });

  it('names every problem by its row and column, and keeps the value that was typed out of the result', () => {
    const table = parseTable(
      [
        ['개인정보 파일명', '보유 건수', '생성일', '종류'],
        ['', '-5', '2026-02-30', '종이'],
        ['이름이 스무 자를 넘는 아주 긴 개인정보 파일', '12.5', '2030-13-01', '필름'],
      ],
      FIELDS,
    );
    expect(table.issues.map(issueText)).toEqual([
      '2행 A열: ‘개인정보 파일명’ 값이 비어 있습니다.',
      '2행 B열: ‘보유 건수’: 0 이상이어야 합니다(입력: -5).',
      '2행 C열: ‘생성일’: 날짜가 올바르지 않습니다. 2026년 2월은 28일까지 있습니다(입력: 2026-02-30).',
      '3행 A열: ‘개인정보 파일명’: 20자 이하여야 합니다(25자).',
      '3행 B열: ‘보유 건수’: 정수로 입력해 주세요(입력: 12.5).',
      '3행 C열: ‘생성일’: 날짜가 올바르지 않습니다. 월은 01~12 사이여야 합니다(입력: 2030-13-01).',
      '3행 D열: ‘자료의 종류’: ‘필름’은(는) 알 수 없는 값입니다. ‘종이문서’, ‘전자파일’ 중 하나로 적어 주세요.',
    ]);
    expect(table.rows[0]?.values).toEqual({ name: null, kind: 'paper' });
  });

  it('says when a required column is missing, a column appears twice, or there is no header at all', () => {
    expect(
      parseTable(
        [
          ['파일명', '작성일', '파일명'],
          ['a', '2026-01-01', 'b'],
        ],
        FIELDS,
      ).issues.map(issueText),
    ).toEqual([
      '1행 C열: ‘개인정보 파일명’ 열이 두 번 있습니다(A열과 C열). 하나만 남겨 주세요.',
      '1행: ‘보유 건수’ 열이 없습니다. 머리글 행(1행)에 ‘보유 건수’ 열을 추가해 주세요.',
    ]);
    expect(
      parseTable(
        [
          ['가', '나'],
          ['1', '2'],
        ],
        FIELDS,
      ).issues.map(issueText),
    ).toEqual(['머리글 행을 찾지 못했습니다. 첫 20행 안에 ‘개인정보 파일명’, ‘보유 건수’ 같은 열 이름이 있는 행이 있어야 합니다.']);
    expect(parseTable([['파일명', '건수']], FIELDS).issues.map(issueText)).toEqual(['머리글(1행) 아래에 가져올 행이 없습니다.']);
  });
});

describe('cells', () => {
  it.each([
    ['2026-11-03', '2026-11-03'],
    ['2026.11.03', '2026-11-03'],
    ['2026/11/3', '2026-11-03'],
    ['20261103', '2026-11-03'],
    ['26. 11. 3.(화)', '2026-11-03'],
    ['26. 11. 3.(화) 오후 2:00~3:00', '2026-11-03'],
    ['2026-11-03 (화) 오후 2:00:00', '2026-11-03'],
    ['2026년 11월 3일', '2026-11-03'],
    ['2028-02-29', '2028-02-29'],
  ])('reads the day of "%s" as %s', (text, day) => {
    expect(dateCell(text)).toEqual({ ok: true, value: day });
  });

  it.each(['2026-02-29', '2026-04-31', '2030-13-01', '어제', '11/03', '46000'])(
    'refuses "%s" with what is wrong, never a nearby day',
    (text) => {
      const cell = dateCell(text);
      expect(cell.ok).toBe(false);
      expect(cell.ok ? '' : cell.message).toMatch(/날짜/);
    },
  );

  it('counts as staff write them, and never rounds, clamps or flips one', () => {
    const count = countCell(1000);
    expect(['0', '1,240', '12건', '7 개'].map((text) => count(text))).toEqual([
      { ok: true, value: 0 },
      { ok: false, message: '1,000 이하여야 합니다.' },
      { ok: true, value: 12 },
      { ok: true, value: 7 },
    ]);
    for (const text of ['-1', '1.5', '열두', '1e3']) expect(count(text).ok, text).toBe(false);
  });
});

describe('templateCsv', () => {
  it('is a header row Excel opens in Hangul, and reads back as the same header', () => {
    const csv = templateCsv(['개인정보 파일명', '보유 건수', '메모 "따옴표"']);
    expect(csv).toBe('\uFEFF"개인정보 파일명","보유 건수","메모 ""따옴표"""\r\n');
    expect(
      parseTable(
        [
          ['개인정보 파일명', '보유 건수'],
          ['a', '1'],
        ],
        FIELDS,
      ).headerRow,
    ).toBe(1);
  });
});
