import { defineDomain } from '../contract/domain.ts';
import { settingsMessages } from './messages.ts';
import { z } from 'zod';
import { method } from '../contract/method.ts';
import { passwordEntry } from '../accounts/contract.ts';

export const settingsSchema = z.strictObject({
  /** The session locks itself after this many idle minutes (안전성 확보조치: 자동 접속 차단). */
  idleLockMinutes: z
    .number({ error: '자동 잠금 시간을 분 단위 숫자로 입력해 주세요.' })
    .int({ error: '분은 정수로 입력해 주세요.' })
    .min(1, { error: '1분 이상으로 정해 주세요.' })
    .max(60, { error: '60분 이하로 정해 주세요.' }),
  /** The performer and the approver of a destruction must be two different people. */
  requireDistinctSigners: z.boolean(),
});

export type Settings = z.output<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  idleLockMinutes: 10,
  requireDistinctSigners: true,
};

export const settingsApi = {
  'settings.get': method<Settings>()({
    label: { ko: '설정 조회', en: 'Read settings' },
    input: z.strictObject({}),
    roles: ['officer', 'admin', 'facilities', 'auditor'],
    log: 'none',
  }),
  /** Changing the two-signer rule is itself a signed ledger entry, so it needs the officer's password. */
  'settings.update': method<Settings>()({
    label: { ko: '설정 변경', en: 'Change settings' },
    input: settingsSchema.partial().extend({ officerPassword: passwordEntry.optional() }),
    roles: ['officer'],
    log: 'change',
  }),
};

export const settingsDomain = defineDomain({ name: 'settings', methods: settingsApi, messages: settingsMessages });
