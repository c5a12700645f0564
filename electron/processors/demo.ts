import type { MethodInput } from '../../shared/domains.ts';
import type { DemoContext } from '../demo/context.ts';
import { DEMO_POLICIES } from '../policies/fixtures.ts';
import { demoPolicyId } from '../policies/demo.ts';
import { CONTRACT_PDF_BASE64, HOSPITAL_PROCESSORS, MAILJET, PREDAQ, S1 } from './fixtures.ts';

const contract = (name: string) => ({ fileName: `${name}_위탁계약서.pdf`, mime: 'application/pdf', dataBase64: CONTRACT_PDF_BASE64 });

/**
 * The clinic's processor inventory, fit to the seeds: the website operator PREDAQ (its contract
 * lacks the liability clause) re-entrusting reservation e-mails to Mailjet with the data stored in
 * France, 에스원 monitoring the CCTV, and the ten processors of a hospital's list. Each is inspected
 * in the spring except 더블유의원 (overdue since January); the policy text is published in July;
 * in November the contract with (주)피어나인 ends and its destruction waits for its 파기 확인서 —
 * so the published text no longer matches the inventory either.
 */
export async function processorsDemo(demo: DemoContext): Promise<void> {
  const clerk = demo.as('clerk');
  const processorsPolicy = await demoPolicyId(demo, DEMO_POLICIES.processors.name);
  const cctvPolicy = await demoPolicyId(demo, DEMO_POLICIES.cctv.name);
  const chartsPolicy = await demoPolicyId(demo, DEMO_POLICIES.charts.name);
  const reservationsPolicy = await demoPolicyId(demo, DEMO_POLICIES.reservations.name);

  demo.clock.set('2026-01-12T10:00:00+09:00');
  const save = (input: MethodInput<'processors.save'>) => clerk('processors.save', input);
  const predaq = await save({ ...PREDAQ, policyIds: [reservationsPolicy, processorsPolicy] });
  const s1 = await save({ ...S1, policyIds: [cctvPolicy] });
  const hospital = [];
  for (const sample of HOSPITAL_PROCESSORS) {
    const medical = /데이터베이스|의료영상|위탁검사/.test(sample.work ?? '');
    hospital.push(await save({ ...sample, policyIds: medical ? [chartsPolicy] : [processorsPolicy] }));
  }
  for (const processor of [predaq, s1, ...hospital]) {
    await clerk('processors.attachContract', { id: processor.id, file: contract(processor.name) });
  }

  // The spring inspections (all but 더블유의원, whose yearly one has been due since 2026-01-02).
  demo.clock.set('2026-03-20T14:00:00+09:00');
  for (const processor of [predaq, s1, ...hospital.filter((p) => p.name !== '더블유의원')]) {
    await clerk('processors.inspect', {
      processorId: processor.id,
      inspectedOn: '2026-03-20',
      inspector: '이하은',
      result: processor.id === predaq.id ? 'partial' : 'pass',
      findings:
        processor.id === predaq.id
          ? '관리자 계정 접근기록 보관 기간 미달(6개월) — 1년 이상 보관하도록 개선 요청, 손해배상 조항 보완 계약 협의 중'
          : '개인정보 처리 현황 점검표 전 항목 적정, 지적 사항 없음',
      file: null,
    });
  }

  // The renewed re-entrustment to Mailjet after the first one ended in June.
  demo.clock.set('2026-07-01T10:00:00+09:00');
  const mailjet = await save({
    ...MAILJET,
    contractStart: '2026-07-01',
    consentOn: '2026-06-29',
    parentId: predaq.id,
    policyIds: [processorsPolicy],
  });
  await clerk('processors.attachContract', { id: mailjet.id, file: contract('Mailjet') });

  demo.clock.set('2026-07-15T11:00:00+09:00');
  const text = await clerk('processors.policyText', {});
  await clerk('processors.publish', { sha256: text.sha256 });

  // 피어나인's contract ends; what it held of the clinic's data waits for its confirmation.
  demo.clock.set('2026-11-16T10:00:00+09:00');
  const peernine = hospital.find((p) => p.name === '(주)피어나인');
  const sample = HOSPITAL_PROCESSORS.find((p) => p.name === '(주)피어나인');
  if (!peernine || !sample) throw new Error('demo processor (주)피어나인 is missing');
  const list = await clerk('register.save', {
    name: '검진센터 안내 문자 발송 목록 (피어나인 보관분)',
    items: '이름·휴대전화번호·검진일시',
    mediaKind: 'electronic',
    locationKind: 'processor',
    locationDetail: '(주)피어나인 문자발송 시스템',
    recordCount: 1860,
    policyId: processorsPolicy,
    createdOn: '2025-01-02',
    eventDate: null,
  });
  await save({ ...sample, id: peernine.id, fileIds: [list.id], policyIds: [processorsPolicy] });
  await clerk('processors.end', {
    id: peernine.id,
    endedOn: '2026-11-16',
    reason: 'contract_ended',
    place: '(주)피어나인 문자발송 시스템',
  });
}
