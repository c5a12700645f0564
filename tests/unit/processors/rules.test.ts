import { describe, expect, it } from 'vitest';
import { countryName, isCountryCode } from '../../../shared/processors/countries.ts';
import { countryOf } from '../../../shared/processors/import.ts';
import { policyChanges, policyHtml, policyProblems, policyText, withTopic, type PolicyRow } from '../../../shared/processors/policyText.ts';
import { addMonths, nextInspectionDue, processorStatus, treeOrder, wouldCycle } from '../../../shared/processors/rules.ts';

// The inventory's pure rules, without I/O: the tree, dates, status, the generated text and its diff.

const nodes = [
  { id: 1, parentId: null },
  { id: 2, parentId: 1 },
  { id: 3, parentId: 2 },
  { id: 4, parentId: null },
];

describe('the re-entrustment tree', () => {
  it('lists each processor followed by its sub-processors, with their depth', () => {
    expect(
      treeOrder([nodes[3], nodes[2], nodes[1], nodes[0]].filter((n) => n !== undefined)).map(({ node, depth }) => [node.id, depth]),
    ).toEqual([
      [4, 0],
      [1, 0],
      [2, 1],
      [3, 2],
    ]);
  });

  it('refuses a processor as its own parent or under one of its own descendants, at any depth', () => {
    expect(wouldCycle(1, 1, nodes)).toBe(true);
    expect(wouldCycle(1, 2, nodes)).toBe(true);
    expect(wouldCycle(1, 3, nodes)).toBe(true);
    expect(wouldCycle(3, 1, nodes)).toBe(false);
    expect(wouldCycle(1, 4, nodes)).toBe(false);
    expect(wouldCycle(undefined, 1, nodes)).toBe(false);
  });
});

describe('dates and status', () => {
  it('counts the inspection cycle by calendar months, a missing day becoming the month’s last', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(nextInspectionDue(null, '2025-07-01', 12)).toBe('2026-07-01');
    expect(nextInspectionDue('2026-03-20', '2025-07-01', 6)).toBe('2026-09-20');
  });

  it('shows 파기 확인 대기 from the end until the confirmation is attached, then 파기 진행 중, then 종료', () => {
    const ended = { contractEnd: '2026-11-16', endedOn: '2026-11-16' };
    expect(processorStatus({ ...ended, request: 'open', confirmationAttached: false }, '2026-11-24')).toBe('awaiting');
    expect(processorStatus({ ...ended, request: 'cancelled', confirmationAttached: true }, '2026-11-24')).toBe('awaiting');
    expect(processorStatus({ ...ended, request: 'open', confirmationAttached: true }, '2026-11-24')).toBe('destroying');
    expect(processorStatus({ ...ended, request: 'completed', confirmationAttached: true }, '2026-11-24')).toBe('ended');
    expect(processorStatus({ ...ended, request: 'none', confirmationAttached: false }, '2026-11-24')).toBe('ended');
    const active = { endedOn: null, request: 'none', confirmationAttached: false } as const;
    expect(processorStatus({ ...active, contractEnd: '2026-12-24' }, '2026-11-24')).toBe('ending');
    expect(processorStatus({ ...active, contractEnd: '2026-12-25' }, '2026-11-24')).toBe('active');
    expect(processorStatus({ ...active, contractEnd: null }, '2026-11-24')).toBe('active');
  });
});

describe('countries', () => {
  it('knows ISO 3166-1 codes from the kept list and names them in Korean', () => {
    expect(isCountryCode('FR')).toBe(true);
    expect(isCountryCode('XX')).toBe(false);
    expect(isCountryCode('fr')).toBe(false);
    expect(countryName('FR')).toBe('프랑스');
    expect(countryName('KR')).toBe('대한민국');
    expect(countryName('US', 'en')).toBe('United States');
  });

  it('reads a country as people write it in a spreadsheet', () => {
    expect(countryOf('프랑스 (FR)')).toBe('FR');
    expect(countryOf('fr')).toBe('FR');
    expect(countryOf('프랑스')).toBe('FR');
    expect(countryOf('France')).toBe('FR');
    expect(countryOf('대한민국')).toBe('KR');
    expect(countryOf('ZZ')).toBeNull();
    expect(countryOf('아틀란티스')).toBeNull();
  });
});

const predaq: PolicyRow = {
  id: 1,
  name: 'PREDAQ',
  parentId: null,
  parentName: null,
  depth: 0,
  work: '홈페이지 운영',
  retention: '위탁계약 종료 시까지',
  overseas: null,
};
const mailjet: PolicyRow = {
  id: 2,
  name: 'Mailjet <SAS>',
  parentId: 1,
  parentName: 'PREDAQ',
  depth: 1,
  work: '예약 알림 메일',
  retention: '발송 후 30일',
  overseas: {
    countries: ['FR'],
    items: '이름·이메일',
    whenHow: '예약 시 API로 전송',
    contact: 'DPO, privacy@mailjet.example',
    purpose: '예약 알림',
    retention: '발송 후 30일',
    refusal: '이메일로 거부 — 알림을 받을 수 없음',
    ground: 'contract',
    groundNote: '',
  },
};

describe('the privacy-policy sections', () => {
  it('writes both sections, the sub-processor under its parent and every overseas fact', () => {
    const text = policyText('통인한의원', [predaq, mailjet]);
    expect(text).toContain('  - 수탁자: PREDAQ / 위탁업무 내용: 홈페이지 운영');
    expect(text).toContain('    - 재수탁자(PREDAQ로부터 재위탁): Mailjet <SAS> / 위탁업무 내용: 예약 알림 메일');
    for (const fact of [
      '이전되는 국가: 프랑스',
      '이전 일시 및 방법: 예약 시 API로 전송',
      '이전되는 개인정보 항목: 이름·이메일',
      '이용 목적: 예약 알림',
      '보유·이용 기간: 발송 후 30일',
      '거부의 효과: 이메일로 거부',
      '이전 근거: 계약 이행을 위한',
    ]) {
      expect(text).toContain(fact);
    }
    expect(policyText('통인한의원', [predaq])).toContain('통인한의원은 개인정보를 국외로 이전하지 않습니다.');
    // The HTML escapes what it is given.
    expect(policyHtml('', [predaq, mailjet])).toContain('Mailjet &lt;SAS&gt;');
  });

  it('gives the clinic’s name the particle it takes', () => {
    expect(withTopic('통인한의원')).toBe('통인한의원은');
    expect(withTopic('케어스퀘어')).toBe('케어스퀘어는');
    expect(withTopic('PREDAQ')).toBe('PREDAQ은(는)');
  });

  it('names the processor and the field of every empty mandatory fact', () => {
    const { overseas } = mailjet;
    if (!overseas) throw new Error('fixture');
    expect(policyProblems([predaq, { ...mailjet, overseas: { ...overseas, whenHow: ' ', ground: null } }])).toEqual([
      { processorId: 2, processor: 'Mailjet <SAS>', field: '이전 일시 및 방법' },
      { processorId: 2, processor: 'Mailjet <SAS>', field: '이전 근거' },
    ]);
    expect(policyProblems([predaq, mailjet])).toEqual([]);
  });

  it('says what changed since the published rows: added, removed, and the fields of changed rows', () => {
    const s1: PolicyRow = { ...predaq, id: 3, name: '에스원', work: 'CCTV 모니터링' };
    expect(policyChanges([predaq, mailjet], [{ ...predaq, work: '홈페이지 운영·유지보수' }, s1])).toEqual({
      added: ['에스원'],
      removed: ['Mailjet <SAS>'],
      changed: [{ name: 'PREDAQ', fields: ['위탁업무 내용'] }],
    });
    const { overseas } = mailjet;
    if (!overseas) throw new Error('fixture');
    expect(
      policyChanges([mailjet], [{ ...mailjet, overseas: { ...overseas, countries: ['FR', 'IE'], refusal: '전화로 거부' } }]).changed,
    ).toEqual([{ name: 'Mailjet <SAS>', fields: ['이전되는 국가', '거부 방법·절차·효과'] }]);
    expect(policyChanges([predaq], [predaq])).toEqual({ added: [], removed: [], changed: [] });
  });
});
