import { defineDomain } from '../contract/domain.ts';
import { cctvMessages } from './messages.ts';
import { z } from 'zod';
import { method } from '../contract/method.ts';
import { RETENTION_PRESETS } from '../periods/presets.ts';
import type { FootageWindow } from './footage.ts';

/** A recorder's footage is kept by one of the CCTV presets (30일 default of the 지침, or 1개월). */
export const CCTV_PRESET_IDS = RETENTION_PRESETS.filter((p) => p.category === 'cctv').map((p) => p.id) as [string, ...string[]];

export const RECORDING_MODES = ['continuous', 'motion', 'scheduled'] as const;
export type RecordingMode = (typeof RECORDING_MODES)[number];

export const recorderInput = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, { error: '녹화기 이름을 입력해 주세요(예: NVR-1).' })
    .max(60, { error: '녹화기 이름은 60자 이하로 입력해 주세요.' }),
  location: z
    .string()
    .trim()
    .min(1, { error: '카메라가 있는 곳과 촬영 범위를 입력해 주세요(예: 1층 로비, 출입구).' })
    .max(120, { error: '설치 장소는 120자 이하로 입력해 주세요.' }),
  cameraCount: z
    .number({ error: '카메라 대수를 숫자로 입력해 주세요.' })
    .int({ error: '카메라 대수는 정수로 입력해 주세요.' })
    .min(1, { error: '카메라는 1대 이상이어야 합니다.' })
    .max(256, { error: '카메라는 256대 이하로 입력해 주세요.' }),
  recordingMode: z.enum(RECORDING_MODES, { error: '녹화 방식을 선택해 주세요.' }),
  recordingHours: z
    .string()
    .trim()
    .min(1, { error: '녹화 시간을 입력해 주세요(예: 24시간, 평일 08:00~20:00).' })
    .max(60, { error: '녹화 시간은 60자 이하로 입력해 주세요.' }),
  storagePlace: z
    .string()
    .trim()
    .min(1, { error: '영상을 보관하는 곳을 입력해 주세요(예: 행정실 녹화기).' })
    .max(120, { error: '보관 장소는 120자 이하로 입력해 주세요.' }),
  retentionPresetId: z.enum(CCTV_PRESET_IDS, { error: '보관기간을 선택해 주세요.' }),
});

export type RecorderInput = z.input<typeof recorderInput>;

export interface RecorderView extends z.output<typeof recorderInput> {
  id: number;
  retentionLabel: string;
  retentionBasis: string;
  /** Which recording dates must already be deleted today. */
  window: FootageWindow;
  updatedAt: string;
}

export const cctvApi = {
  'cctv.recorders.list': method<RecorderView[]>()({
    label: { ko: 'CCTV 녹화기 조회', en: 'List CCTV recorders' },
    input: z.strictObject({}),
    roles: ['officer', 'facilities', 'auditor'],
    log: 'read',
  }),
  'cctv.recorders.save': method<RecorderView>()({
    label: { ko: 'CCTV 녹화기 저장', en: 'Save CCTV recorder' },
    input: recorderInput.extend({ id: z.number().int().positive().optional() }),
    roles: ['officer', 'facilities'],
    log: 'change',
  }),
  /** Taken out of service: kept in the list of history, no longer shown as operating. */
  'cctv.recorders.retire': method<RecorderView>()({
    label: { ko: 'CCTV 녹화기 사용 종료', en: 'Retire CCTV recorder' },
    input: z.strictObject({ id: z.number().int().positive() }),
    roles: ['officer', 'facilities'],
    log: 'change',
  }),
};

export const cctvDomain = defineDomain({ name: 'cctv', methods: cctvApi, messages: cctvMessages });
