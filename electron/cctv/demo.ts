import type { DemoContext } from '../demo/context.ts';

/** The hospital's two recorders (25 cameras, 30 days), entered by the facilities team. */
export async function cctvDemo(demo: DemoContext): Promise<void> {
  const facility = demo.as('facility');
  await facility('cctv.recorders.save', {
    name: 'NVR-1 (1층)',
    location: '1층 로비·접수·출입구, 주차장 입구',
    cameraCount: 16,
    recordingMode: 'continuous',
    recordingHours: '24시간',
    storagePlace: '1층 행정실 녹화기',
    retentionPresetId: 'cctv-30d',
  });
  await facility('cctv.recorders.save', {
    name: 'NVR-2 (2·3층)',
    location: '2·3층 복도, 엘리베이터, 비상계단',
    cameraCount: 9,
    recordingMode: 'continuous',
    recordingHours: '24시간',
    storagePlace: '3층 보안실 녹화기',
    retentionPresetId: 'cctv-30d',
  });
}
