import { GENESIS_HASH, type CheckpointBody, type SignerInfo } from '../../shared/ledger/types.ts';
import type { UnlockedKey } from '../accounts/keys.ts';
import { unlockOwnKey } from '../accounts/passwords.ts';
import type { CallContext } from '../handler.ts';
import { appendLedgerEntry } from './append.ts';
import { unsignedTailProblem } from './seals.ts';
import { AppError } from '../../shared/contract/errors.ts';

interface SignedCheckpoint {
  seq: number;
  hash: string;
  signer: CheckpointBody['signer'];
}

/**
 * A person signs both chains as they stand, with their own key and the password they just typed:
 * the ledger up to now (the new entry's prevHash) and the access log up to its newest entry. Made at
 * the monthly review, at each certificate printout and at each auditor export.
 */
export async function signCheckpoint(
  call: CallContext,
  password: string,
  purpose: CheckpointBody['purpose'],
  subject: string,
  field = 'password',
): Promise<SignedCheckpoint> {
  return signCheckpointWith(call, await unlockOwnKey(call, password, field), purpose, subject);
}

/** The same with a key the caller already opened with the person's password (checked before costlier work). */
export async function signCheckpointWith(
  call: CallContext,
  key: UnlockedKey & { signer: SignerInfo },
  purpose: CheckpointBody['purpose'],
  subject: string,
): Promise<SignedCheckpoint> {
  // A person's signature over a rewritten tail would vouch for it: refuse, and leave it for verification to name.
  const tail = await unsignedTailProblem(call.app, call.db);
  if (tail) {
    throw new AppError(
      'CONFLICT',
      `접속기록 ${tail.entry}번이 검증되지 않아(${tail.reason}) 확인 서명을 할 수 없습니다. 관리대장 검증 화면에서 확인해 주세요.`,
    );
  }
  const head = await call.db.selectFrom('access_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const entry = await appendLedgerEntry(call.db, {
    kind: 'checkpoint',
    body: { purpose, accessLog: head ?? { seq: 0, hash: GENESIS_HASH }, subject, signer: key.signer },
    recordedAt: call.now,
    signers: [{ role: 'witness', keyId: key.keyId, privateKey: key.privateKey }],
  });
  return { seq: entry.seq, hash: entry.hash, signer: key.signer };
}
