import type { MessageTree } from '../contract/phrase.ts';

/** What the cctv screens say, Korean and English side by side; keys are typed (a typo fails the type check). */
export const cctvMessages = {
  target: { ko: 'CCTV 녹화기', en: 'CCTV recorder' },
  namePlaceholder: { ko: '예: NVR-1', en: 'e.g. NVR-1' },
  locationPlaceholder: { ko: '예: 1층 로비, 출입구, 복도', en: 'e.g. lobby, entrance, corridors (1F)' },
  hoursDefault: { ko: '24시간', en: '24 hours' },
  hoursPlaceholder: { ko: '예: 24시간, 평일 08:00~20:00', en: 'e.g. 24 hours, weekdays 08:00–20:00' },
  storagePlaceholder: { ko: '예: 행정실 녹화기', en: 'e.g. recorder in the admin office' },
  nav: { ko: 'CCTV', en: 'CCTV' },
  title: { ko: 'CCTV 녹화기와 보관기간', en: 'CCTV recorders and retention' },
  description: {
    ko: '녹화기(NVR/DVR)별 설치 장소, 카메라 대수, 녹화 방식, 보관 장소와 보관기간입니다. 보관기간이 지난 영상은 매일 삭제되어 있어야 합니다.',
    en: 'Per recorder (NVR/DVR): location, cameras, recording mode, storage place and retention period. Footage past its period must be deleted every day.',
  },
  add: { ko: '녹화기 추가', en: 'Add recorder' },
  name: { ko: '녹화기 이름', en: 'Recorder name' },
  location: { ko: '설치 장소·촬영 범위', en: 'Location and coverage' },
  cameraCount: { ko: '카메라 대수', en: 'Cameras' },
  recordingMode: { ko: '녹화 방식', en: 'Recording mode' },
  recordingHours: { ko: '녹화 시간', en: 'Recording hours' },
  storagePlace: { ko: '영상 보관 장소', en: 'Storage place' },
  retention: { ko: '보관기간', en: 'Retention' },
  continuous: { ko: '상시 녹화', en: 'Continuous' },
  motion: { ko: '동작 감지', en: 'Motion' },
  scheduled: { ko: '지정 시간', en: 'Scheduled' },
  deleteThrough: {
    ko: '오늘 기준 {{date}} 이전 촬영분은 삭제되어 있어야 합니다.',
    en: 'As of today, footage recorded on or before {{date}} must be deleted.',
  },
  oldestKept: { ko: '보관 중일 수 있는 가장 오래된 촬영일: {{date}}', en: 'Oldest recording date that may still be kept: {{date}}' },
  saved: { ko: '녹화기 정보를 저장했습니다.', en: 'Recorder saved.' },
  retire: { ko: '사용 종료', en: 'Retire' },
  retired: { ko: '{{name}} 녹화기를 사용 종료로 표시했습니다.', en: 'Marked {{name}} as retired.' },
  empty: {
    ko: '등록된 녹화기가 없습니다. [녹화기 추가]로 CCTV 녹화기를 등록하세요.',
    en: 'No recorders yet. Add your CCTV recorders with [Add recorder].',
  },
  totalCameras: { ko: '카메라 합계 {{count}}대', en: '{{count}} cameras in total' },
  basis: { ko: '근거', en: 'Basis' },
} as const satisfies MessageTree;
