/** The record types of the demo clinic, each with its statutory preset and what it is counted from. */
export const DEMO_POLICIES = {
  cctv: { name: 'CCTV 영상', presetId: 'cctv-30d', startLabel: '촬영일' },
  reservations: { name: '홈페이지 예약 정보', presetId: 'service-web-reservation', startLabel: '예약 업무 종료일' },
  charts: { name: '진료기록부', presetId: 'medical-chart', startLabel: '진료 종결일' },
  processors: { name: '위탁 업무 정보', presetId: 'service-processor-contract', startLabel: '위탁계약 종료일' },
  events: { name: '이벤트·설문 참여 정보', presetId: 'service-event-survey', startLabel: '이벤트 종료일' },
  websiteLog: { name: '웹사이트 방문기록', presetId: 'communications-website-log', startLabel: '방문일' },
} as const;

export type DemoPolicy = keyof typeof DEMO_POLICIES;
