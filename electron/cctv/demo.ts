import { addDays } from '../../shared/dates/calendar.ts';
import { footageDay } from '../../shared/cctv/footage.ts';
import type { RecorderView } from '../../shared/cctv/contract.ts';
import { findPreset } from '../../shared/periods/presets.ts';
import { S1 } from '../processors/fixtures.ts';
import type { DemoContext } from '../demo/context.ts';

/**
 * The seeds' CCTV: 장튼위튼병원's 25 cameras on two NVRs kept 촬영일로부터 30일 (24h, viewed in 7층
 * 행정실), and 청담오라클's 24 cameras on three DVRs kept 1개월 (motion recording, in the 1층 방재실
 * and the 4층 준비실), their monitoring entrusted to 에스원. Then a month of deletion confirmations
 * with two forgotten days, a hold for a dispute, a police provision and an open viewing request.
 */
const HOSPITAL = [
  {
    recorder: { name: 'NVR-1 (장튼위튼 본관)', location: '건물로비·원내 1~3층', cameraCount: 16, storagePlace: '7층 행정실 시설팀 녹화기' },
    cameras: [
      ...['정문 로비', '접수·수납', '외래 대기실', '엘리베이터 홀'].map(
        (place, i) => [`A-${String(i + 1).padStart(2, '0')}`, `1층 ${place}`, `${place} 전체`] as const,
      ),
      ...Array.from(
        { length: 8 },
        (_, i) => [`A-${String(i + 5).padStart(2, '0')}`, `${2 + (i % 2)}층 복도 ${i + 1}`, '복도·병실 출입문'] as const,
      ),
      ...['비상계단 1', '비상계단 2', '약제실 앞', '응급실 입구'].map(
        (place, i) => [`A-${String(i + 13).padStart(2, '0')}`, place, '출입문'] as const,
      ),
    ],
  },
  {
    recorder: { name: 'NVR-2 (장튼위튼 외부)', location: '건물외부·주차장', cameraCount: 9, storagePlace: '7층 행정실 시설팀 녹화기' },
    cameras: Array.from(
      { length: 9 },
      (_, i) =>
        [
          `B-${String(i + 1).padStart(2, '0')}`,
          i < 5 ? `지상 주차장 ${i + 1}` : `건물 외곽 ${i - 4}`,
          i < 5 ? '주차 구역·차량 출입로' : '건물 외벽·보행로',
        ] as const,
    ),
  },
];

const ORACLE = [
  { name: 'DVR-1 (청담오라클 본관)', location: '지하1층~2층', storagePlace: '1층 방재실(본관)', count: 11 },
  { name: 'DVR-2 (청담오라클 본관)', location: '3층~33층 진료층', storagePlace: '1층 방재실(본관)', count: 10 },
  { name: 'DVR-3 (청담오라클 별관)', location: '별관 2~4층', storagePlace: '4층 준비실(별관)', count: 3 },
];

export async function cctvDemo(demo: DemoContext): Promise<void> {
  demo.clock.set('2026-11-20T09:10:00+09:00');
  const facility = demo.as('facility');
  const director = demo.as('director');
  const staff = await facility('cctv.staff.list', {});
  const idOf = (name: string) => staff.find((s) => s.name === name)?.id ?? null;
  const manager = idOf('한지원');
  const access = [idOf('박민호')].flatMap((id) => (id === null ? [] : [id]));
  // 에스원 from the processor inventory (the processors' demo, where it ran first), else entered now.
  let s1 = (await facility('cctv.processors.list', {})).find((p) => p.name === S1.name);
  if (!s1) {
    const saved = await director('processors.save', { ...S1, parentId: null, fileIds: [], policyIds: [] });
    s1 = { id: saved.id, name: saved.name, work: S1.work };
  }

  const existing = await facility('cctv.recorders.list', {});
  const recorders: RecorderView[] = [];
  const cameraIds = new Map<string, number>();
  for (const { recorder, cameras } of HOSPITAL) {
    const id = existing.find((r) => r.cameraCount === recorder.cameraCount)?.id;
    const saved = await facility('cctv.recorders.save', {
      ...recorder,
      ...(id === undefined ? {} : { id }),
      recordingMode: 'continuous',
      recordingHours: '24시간',
      retentionPresetId: 'cctv-30d',
      managerUserId: manager,
      accessUserIds: access,
    });
    recorders.push(saved);
    for (const [number, location, shootingRange] of cameras) {
      const camera = await facility('cctv.cameras.save', { recorderId: saved.id, number, location, shootingRange });
      cameraIds.set(number, camera.id);
    }
  }
  for (const dvr of ORACLE) {
    const saved = await facility('cctv.recorders.save', {
      name: dvr.name,
      location: dvr.location,
      cameraCount: dvr.count,
      recordingMode: 'motion',
      recordingHours: '24시간 (모션 감지)',
      storagePlace: dvr.storagePlace,
      retentionPresetId: 'cctv-1m',
      managerUserId: manager,
      accessUserIds: access,
      processorId: s1.id,
    });
    recorders.push(saved);
    for (let i = 1; i <= dvr.count; i += 1) {
      await facility('cctv.cameras.save', {
        recorderId: saved.id,
        number: `${dvr.name.slice(0, 5)}-CH${String(i).padStart(2, '0')}`,
        location: `${dvr.location} ${i}`,
        shootingRange: '복도·출입구',
      });
    }
  }

  // A month of confirmations, each on the day its footage could go; two days forgotten on NVR-1,
  // two days kept for a dispute (the hold below).
  const nvr1 = recorders[0];
  const forgotten = new Set(['2026-10-05', '2026-10-06']);
  const disputed = ['2026-10-12', '2026-10-13'];
  for (const recorder of recorders) {
    const preset = findPreset(recorder.retentionPresetId);
    if (!preset || preset.rule.kind !== 'fixed') continue;
    const rule = preset.rule;
    const last = recorder.window.deleteThrough;
    for (let day = addDays(last, -29); day <= last; day = addDays(day, 1)) {
      if (recorder === nvr1 && (forgotten.has(day) || disputed.includes(day))) continue;
      await facility('cctv.log.fill', {
        recorderId: recorder.id,
        from: day,
        until: day,
        confirmedOn: footageDay(rule, day).deletableFrom,
        method: 'overwrite',
      });
    }
  }
  const lobby = cameraIds.get('A-01') ?? 0;
  const parking = cameraIds.get('B-01') ?? 0;
  await facility('cctv.holds.save', {
    cameraIds: [lobby, cameraIds.get('A-02') ?? lobby],
    from: disputed[0] ?? '',
    until: disputed[1] ?? '',
    reason: '로비 낙상 사고 — 의료분쟁 조정 신청에 대비해 보존',
    requester: '환자 보호자(법률 대리인 통해 요청)',
    reviewOn: '2026-12-31',
  });

  // The police ask for the parking lot's footage of an evening; a copy is given, others masked.
  const police = await facility('cctv.requests.save', {
    category: 'provision',
    requesterName: '서울강남경찰서 형사과',
    requesterContact: '02-3400-0000',
    relation: '수사기관',
    purpose: '주차장 차량 파손 사건 수사',
    legalBasis: '개인정보 보호법 제18조 제2항 제7호, 형사소송법 제199조 (수사기관의 공문 요청)',
    cameraIds: [parking],
    rangeFrom: '2026-11-12 18:00',
    rangeUntil: '2026-11-12 19:30',
    receivedOn: '2026-11-13',
  });
  await facility('cctv.requests.record', {
    requestId: police.id,
    kind: 'provided',
    form: 'copy',
    medium: 'USB 1개 (MP4, 암호 설정)',
    masking: true,
    viewer: '',
    happenedAt: '2026-11-13 15:00',
  });
  // A patient asks to see the lobby footage where she lost her wallet: the 10 days run to 11-26.
  await facility('cctv.requests.save', {
    category: 'viewing',
    requesterName: '최유진',
    requesterContact: '010-0000-1234',
    relation: '본인',
    purpose: '로비에서 잃어버린 지갑 확인',
    cameraIds: [lobby],
    rangeFrom: '2026-11-15 10:00',
    rangeUntil: '2026-11-15 11:00',
    receivedOn: '2026-11-16',
  });
}
