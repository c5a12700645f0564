import { DEFAULT_SETTINGS, settingsSchema, type Settings, type settingsApi } from '../../shared/settings/contract.ts';
import type { Db } from '../../db/connection.ts';
import { AppError } from '../../shared/contract/errors.ts';
import type { SignersPolicyBody } from '../../shared/ledger/types.ts';
import { appendLedgerEntry } from '../ledger/append.ts';
import { unlockOwnKey } from '../accounts/passwords.ts';
import type { CallContext, HandlersOf } from '../handler.ts';

/**
 * The settings, each stored value over its default. Every call reads them (the idle lock), so a
 * value that cannot be read — damaged JSON, a value the schema no longer takes — falls back to its
 * own default, with a note on the console, rather than locking everyone out; saving the settings
 * page writes it afresh.
 */
export async function readSettings(db: Db): Promise<Settings> {
  const rows = await db.selectFrom('settings').selectAll().execute();
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const row of rows) {
    if (!Object.hasOwn(DEFAULT_SETTINGS, row.key)) continue;
    let value: unknown;
    try {
      value = JSON.parse(row.value);
    } catch {
      console.error(`[settings] the stored value of ${row.key} is not readable; its default applies`);
      continue;
    }
    const field = settingsSchema.shape[row.key as keyof Settings].safeParse(value);
    if (field.success) settings[row.key] = field.data;
    else console.error(`[settings] the stored value of ${row.key} is not valid; its default applies`);
  }
  return settings as Settings;
}

/** The two-signer rule goes into the signed ledger, signed by the officer who changes it. */
async function recordSignersPolicy(call: CallContext, requireDistinctSigners: boolean, password: string | undefined): Promise<void> {
  if (!password) {
    throw new AppError('VALIDATION', '이 설정을 바꾸려면 본인(보호책임자) 비밀번호가 필요합니다.', {
      fields: { officerPassword: '비밀번호를 입력해 주세요.' },
    });
  }
  const key = await unlockOwnKey(call, password, 'officerPassword');
  const body: SignersPolicyBody = { requireDistinctSigners, officer: key.signer };
  await appendLedgerEntry(call.db, {
    kind: 'policy.signers',
    body,
    recordedAt: call.now,
    signers: [{ role: 'registrar', keyId: key.keyId, privateKey: key.privateKey }],
  });
}

export const settingsHandlers: HandlersOf<typeof settingsApi> = {
  'settings.get': ({ db }) => readSettings(db),
  'settings.update': async (call, { officerPassword, ...changes }) => {
    const current = await readSettings(call.db);
    if (changes.requireDistinctSigners !== undefined && changes.requireDistinctSigners !== current.requireDistinctSigners) {
      await recordSignersPolicy(call, changes.requireDistinctSigners, officerPassword);
    }
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      call.target('setting', key);
      await call.db
        .insertInto('settings')
        .values({ key, value: JSON.stringify(value) })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
        .execute();
    }
    return readSettings(call.db);
  },
};
