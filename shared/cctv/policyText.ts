/**
 * The clinic's "영상정보처리기기 운영·관리 방침" section and the 안내판 text, written from the
 * devices as registered (개인정보 보호법 제25조, 시행령 제25조, 표준 개인정보 보호지침 제3장). A
 * policy is public, so it names staff by title and the clinic's contact, never a data subject.
 */
export interface PolicyFacts {
  clinic: { name: string; managerName: string; managerTitle: string; managerContact: string };
  recorders: Array<{
    name: string;
    recordingHours: string;
    retention: string;
    storagePlace: string;
    manager: { name: string; title: string } | null;
    accessUsers: Array<{ name: string; title: string }>;
    processorName: string | null;
    cameras: Array<{ number: string; location: string; shootingRange: string; operatingRoom: boolean }>;
  }>;
}

const PURPOSE = '시설 안전 및 화재 예방, 환자와 보호자·직원의 안전, 범죄 예방';

const person = (p: { name: string; title: string }) => [p.title, p.name].filter(Boolean).join(' ');

function byLocation(facts: PolicyFacts) {
  const places = new Map<string, { count: number; ranges: Set<string>; hours: Set<string>; operatingRoom: boolean }>();
  for (const recorder of facts.recorders) {
    for (const camera of recorder.cameras) {
      const place = places.get(camera.location) ?? { count: 0, ranges: new Set(), hours: new Set(), operatingRoom: false };
      place.count += 1;
      place.ranges.add(camera.shootingRange);
      place.hours.add(recorder.recordingHours);
      place.operatingRoom ||= camera.operatingRoom;
      places.set(camera.location, place);
    }
  }
  return places;
}

export function cctvPolicySection(facts: PolicyFacts): string {
  const { clinic } = facts;
  const total = facts.recorders.reduce((sum, r) => sum + r.cameras.length, 0);
  const places = byLocation(facts);
  const operatingRoom = [...places.values()].some((p) => p.operatingRoom);
  const managers = [...new Set(facts.recorders.flatMap((r) => (r.manager ? [person(r.manager)] : [])))];
  const access = [...new Set(facts.recorders.flatMap((r) => r.accessUsers.map(person)))];
  const processors = [...new Set(facts.recorders.flatMap((r) => (r.processorName ? [r.processorName] : [])))];
  const lines = [
    '영상정보처리기기 운영·관리 방침',
    '',
    `${clinic.name}은(는) 「개인정보 보호법」 제25조 제1항에 따라 고정형 영상정보처리기기를 설치·운영하며, 이 방침으로 그 운영·관리에 관한 사항을 알립니다.`,
    '',
    '1. 설치 근거 및 설치 목적',
    `  「개인정보 보호법」 제25조 제1항 제2호·제3호에 따라 ${PURPOSE}을 위하여 설치·운영합니다.` +
      (operatingRoom ? ' 수술실의 영상정보처리기기는 「의료법」 제38조의2에 따라 설치·운영합니다(음성 녹음 없음).' : ''),
    '',
    '2. 설치 대수, 설치 위치 및 촬영 범위',
    `  총 ${total}대`,
    ...[...places.entries()].map(([location, p]) => `  - ${location}: ${p.count}대 (촬영 범위: ${[...p.ranges].join(', ')})`),
    '',
    '3. 관리책임자 및 접근권한자',
    `  - 관리책임자: ${managers.length > 0 ? managers.join(', ') : person({ name: clinic.managerName, title: clinic.managerTitle })} (연락처 ${clinic.managerContact})`,
    `  - 접근권한자: ${access.length > 0 ? access.join(', ') : '관리책임자'}`,
    '',
    '4. 영상정보의 촬영시간, 보관기간, 보관장소 및 처리방법',
    ...facts.recorders.map(
      (r) =>
        `  - ${r.name}: 촬영시간 ${r.recordingHours}, 보관기간 촬영일로부터 ${r.retention} 이내` +
        (r.cameras.some((c) => c.operatingRoom) ? '(수술실 영상은 30일 이상)' : '') +
        `, 보관장소 ${r.storagePlace}`,
    ),
    '  - 처리방법: 개인영상정보의 목적 외 이용, 제3자 제공, 열람 및 파기는 개인영상정보 관리대장에 기록·관리하며, 보관기간이 지난 영상은 자동 덮어쓰기 등 복구할 수 없는 방법으로 지체 없이 삭제하고 삭제 여부를 매일 확인합니다.',
    '',
    '5. 영상정보 확인 방법 및 장소',
    `  - 확인 방법: 관리책임자에게 미리 연락하고 방문하여 확인합니다.`,
    `  - 확인 장소: ${[...new Set(facts.recorders.map((r) => r.storagePlace))].join(', ')}`,
    '',
    '6. 정보주체의 영상정보 열람 등 요구에 대한 조치',
    '  개인영상정보의 열람·존재확인·삭제를 요구하는 경우, 본인이 촬영된 개인영상정보 또는 명백히 정보주체의 급박한 생명, 신체, 재산의 이익을 위하여 필요한 개인영상정보에 한하여 요구를 받은 날부터 10일 이내에 필요한 조치를 하며, 열람 등을 거부하거나 제한하는 경우 그 사유와 이의제기 방법을 알립니다.',
    '',
    '7. 영상정보처리기기 관리 위탁',
    processors.length > 0
      ? `  영상정보처리기기의 설치·관리 업무를 다음과 같이 위탁하고 있습니다: ${processors.join(', ')}. 위탁계약서에 개인정보 보호 관련 법령 준수, 개인정보에 관한 비밀 유지, 제3자 제공 금지 및 사고 시 책임 부담 등을 정하고 있습니다.`
      : '  영상정보처리기기의 관리를 외부에 위탁하지 않습니다.',
    '',
    '8. 개인영상정보의 안전성 확보조치',
    '  개인영상정보는 접근권한자만 열람할 수 있도록 접근을 통제하고, 녹화기는 잠금장치가 있는 장소에 보관하며, 처리기록을 관리대장에 남기고 정기적으로 점검합니다.',
  ];
  return lines.join('\n');
}

/** The 안내판 of each location: purpose, place, range, hours, and the manager's contact (2024 지침: a name may be left out). */
export function cctvSigns(facts: PolicyFacts): Array<{ location: string; text: string }> {
  const { clinic } = facts;
  return [...byLocation(facts).entries()].map(([location, place]) => ({
    location,
    text: [
      'CCTV 설치 안내',
      `설치 목적: ${PURPOSE}`,
      `설치 장소: ${location}`,
      `촬영 범위: ${[...place.ranges].join(', ')}`,
      `촬영 시간: ${[...place.hours].join(', ')}`,
      `관리책임자: ${clinic.managerTitle || '관리책임자'} (연락처 ${clinic.managerContact})`,
      `설치·운영자: ${clinic.name}`,
    ].join('\n'),
  }));
}
