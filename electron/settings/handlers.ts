import { DEFAULT_SETTINGS, settingsSchema, type Settings, type settingsApi } from '../../shared/settings/contract.ts';
import type { Db } from '../../db/connection.ts';
import { AppError } from '../../shared/contract/errors.ts';
import type { SignersPolicyBody } from '../../shared/ledger/types.ts';
import { appendLedgerEntry } from '../ledger/append.ts';
import { unlockOwnKey } from '../accounts/passwords.ts';
import type { CallContext, HandlersOf } from '../handler.ts';

export async function readSettings(db: Db): Promise<Settings> {
  const rows = await db.selectFrom('settings').selectAll().execute();
  const stored = Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
  // A value that no longer passes the schema falls back to its default rather than breaking sign-in.
  const merged = { ...DEFAULT_SETTINGS, ...stored };
  const parsed = settingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
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
