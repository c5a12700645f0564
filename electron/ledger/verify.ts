import { canonicalJson } from '../../shared/ledger/canonical.ts';
import {
  GENESIS_HASH,
  SIGNATURE_SCOPES,
  isLedgerKind,
  type KeyRegisterBody,
  type LedgerContent,
  type LedgerKind,
  type ChainFailure,
  type LedgerReport,
  type LedgerRow,
  type LedgerSignature,
  type SignatureRole,
} from '../../shared/ledger/types.ts';
import { keyIdOf, verifyText } from '../crypto/signing.ts';
import { entryHash, recordText } from './append.ts';

export type { LedgerReport } from '../../shared/ledger/types.ts';

type LedgerFailure = ChainFailure;

export interface KnownKey {
  keyId: string;
  publicKey: string;
  /** null for the installation key. */
  userId: number | null;
  role: KeyRegisterBody['role'] | 'installation';
  name: string;
  registeredAt: number;
  revokedAt: number | null;
}

/** What a kind-specific check sees: the keys as the chain has established them so far. */
export interface VerifyState {
  keys: Map<string, KnownKey>;
  /** The two-signer rule in force at this point of the chain (required until the officer signs otherwise). */
  requireDistinctSigners: boolean;
  /** Destruction entries seen so far, by serial (corrections must point back to one). */
  destructions: Map<string, { seq: number; hash?: string }>;
  installationKeyId: string | null;
  officerRegistered: boolean;
  /** SHA-256 of stored attachments by id, when verifying inside the app (not for a bundle). */
  attachmentDigest?: (attachmentId: string) => string | null | undefined;
}

export type KindCheck<K extends LedgerKind> = (
  state: VerifyState,
  content: LedgerContent<K>,
  signatures: LedgerSignature[],
) => Problem | null;

export interface Problem {
  code: string;
  reason: string;
}

const problem = (code: string, reason: string): Problem => ({ code, reason });

function scopeOf(kind: LedgerKind, role: SignatureRole): LedgerSignature['signs'] | undefined {
  return SIGNATURE_SCOPES[kind][role];
}

/** Exactly the expected signatures, each once, each claiming the scope its role has for this kind. */
function checkSignatureSet(kind: LedgerKind, signatures: LedgerSignature[]): Problem | null {
  const expected = SIGNATURE_SCOPES[kind];
  const roles = Object.keys(expected);
  const seen = signatures.map((s) => s.role);
  const exact = seen.length === roles.length && roles.every((role) => seen.filter((r) => r === role).length === 1);
  if (!exact || signatures.some((s) => scopeOf(kind, s.role) !== s.signs)) {
    return problem('SIGNATURE_SET', '이 종류의 항목에 있어야 할 서명과 실제 서명이 다릅니다(서명이 더해지거나 바뀌었습니다).');
  }
  return null;
}

function fail(seq: number, serial: string | null, p: Problem): LedgerFailure {
  return { ok: false, chain: 'ledger', entry: seq, ...(serial ? { serial } : {}), code: p.code, reason: p.reason };
}

/** The entry's `role` signature, by a key that is registered, not revoked, and (optionally) held by one of `roles`. */
export function checkSignature(
  state: VerifyState,
  content: LedgerContent,
  signatures: readonly LedgerSignature[],
  role: SignatureRole,
  label: string,
  expect: { roles?: readonly KnownKey['role'][]; userId?: number; keyId?: string } = {},
): Problem | null {
  // checkSignatureSet has already made sure each role signs once, with its kind's scope.
  const signature = signatures.find((s) => s.role === role);
  if (!signature) return problem('MISSING_SIGNATURE', `${label}의 서명이 없습니다.`);
  if (expect.keyId !== undefined && signature.keyId !== expect.keyId) {
    return problem('SIGNER_MISMATCH', `${label}의 서명 키가 항목에 기록된 키와 다릅니다.`);
  }
  const key = state.keys.get(signature.keyId);
  if (!key) return problem('UNKNOWN_KEY', `${label}의 서명 키(${signature.keyId})가 등록되어 있지 않습니다.`);
  if (key.revokedAt !== null) {
    return problem('KEY_REVOKED', `${label}의 서명 키는 ${key.revokedAt}번 항목에서 폐기되어 이 항목에 서명할 수 없습니다.`);
  }
  if (expect.roles && !expect.roles.includes(key.role)) {
    return problem('KEY_NOT_AUTHORISED', `${label}의 서명 키(${key.name})는 이 항목에 서명할 권한이 없습니다.`);
  }
  if (expect.userId !== undefined && key.userId !== expect.userId) {
    return problem('SIGNER_MISMATCH', `${label}의 서명 키가 기록된 사람의 키가 아닙니다.`);
  }
  // What a signature covers follows from the entry's kind and the signer's role (SIGNATURE_SCOPES),
  // never from the entry's own say: otherwise an old record signature could vouch for any body.
  const text = scopeOf(content.kind, signature.role) === 'record' ? recordText(content) : canonicalJson(content);
  if (!verifyText(key.publicKey, text, signature.signature)) {
    return problem('SIGNATURE_INVALID', `${label}의 서명이 내용과 맞지 않습니다(서명 또는 내용이 바뀌었습니다).`);
  }
  return null;
}

const checkInstallation: KindCheck<'installation'> = (state, content, signatures) => {
  const { body } = content;
  if (content.seq !== 1) return problem('UNEXPECTED_INSTALLATION', '설치 항목은 첫 항목이어야 합니다.');
  if (keyIdOf(body.publicKey) !== body.keyId) return problem('KEY_ID_MISMATCH', '설치 키의 지문이 공개키와 맞지 않습니다.');
  state.keys.set(body.keyId, {
    keyId: body.keyId,
    publicKey: body.publicKey,
    userId: null,
    role: 'installation',
    name: '설치 키',
    registeredAt: content.seq,
    revokedAt: null,
  });
  state.installationKeyId = body.keyId;
  return checkSignature(state, content, signatures, 'self', '설치 키', { roles: ['installation'] });
};

const checkKeyRegister: KindCheck<'key.register'> = (state, content, signatures) => {
  const { body } = content;
  if (keyIdOf(body.publicKey) !== body.keyId) return problem('KEY_ID_MISMATCH', '등록된 키의 지문이 공개키와 맞지 않습니다.');
  if (state.keys.has(body.keyId)) return problem('DUPLICATE_KEY', '이미 등록된 키를 다시 등록했습니다.');
  // At setup the installation key vouches for the first officer; after that only officers register keys.
  const registrarRoles: KnownKey['role'][] = !state.officerRegistered && body.role === 'officer' ? ['installation'] : ['officer'];
  const failure = checkSignature(state, content, signatures, 'registrar', '등록자', {
    roles: registrarRoles,
  });
  if (failure) return failure;
  for (const key of state.keys.values()) {
    if (key.userId === body.userId && key.revokedAt === null) {
      return problem('TWO_ACTIVE_KEYS', '같은 사용자에게 폐기되지 않은 키가 둘 있습니다.');
    }
  }
  state.keys.set(body.keyId, {
    keyId: body.keyId,
    publicKey: body.publicKey,
    userId: body.userId,
    role: body.role,
    name: body.name,
    registeredAt: content.seq,
    revokedAt: null,
  });
  if (body.role === 'officer') state.officerRegistered = true;
  return null;
};

const checkKeyRevoke: KindCheck<'key.revoke'> = (state, content, signatures) => {
  const { body } = content;
  const failure = checkSignature(state, content, signatures, 'registrar', '폐기자', {
    roles: ['officer'],
  });
  if (failure) return failure;
  const key = state.keys.get(body.keyId);
  if (!key || key.userId !== body.userId) return problem('UNKNOWN_KEY', '폐기하려는 키가 등록되어 있지 않습니다.');
  if (key.revokedAt !== null) return problem('KEY_REVOKED', '이미 폐기된 키를 다시 폐기했습니다.');
  key.revokedAt = content.seq;
  return null;
};

/**
 * A destruction carries two signatures: the performer's over the record (made when the work was
 * done) and the approver's over the whole entry (which includes the performer's record). Both keys
 * must be valid here and belong to the people the entry names; the approver must be an officer;
 * and where the clinic requires it, they must be two different people. Attachments listed in the
 * record must still be stored with the same SHA-256.
 */
const checkDestruction: KindCheck<'destruction'> = (state, content, signatures) => {
  const { body } = content;
  const performer = body.record.performer;
  const approver = body.approval.approver;
  const performerFailure = checkSignature(state, content, signatures, 'performer', `처리담당자(${performer.name})`, {
    userId: performer.userId,
    keyId: performer.keyId,
  });
  if (performerFailure) return performerFailure;
  const approverFailure = checkSignature(state, content, signatures, 'approver', `승인자(${approver.name})`, {
    userId: approver.userId,
    roles: ['officer'],
    keyId: approver.keyId,
  });
  if (approverFailure) return approverFailure;
  if (body.requireDistinctSigners !== state.requireDistinctSigners) {
    return problem('POLICY_MISMATCH', '항목에 적힌 서로 다른 서명자 규칙이 그때 관리대장에 기록된 규칙과 다릅니다.');
  }
  if (state.requireDistinctSigners && performer.userId === approver.userId) {
    return problem('SAME_SIGNER', '처리담당자와 승인자가 같은 사람입니다(서로 다른 사람이 서명해야 합니다).');
  }
  if (state.attachmentDigest) {
    for (const attachment of body.record.attachments) {
      const stored = state.attachmentDigest(attachment.id);
      if (stored === null || stored === undefined) {
        return problem('ATTACHMENT_MISSING', `첨부 파일 ${attachment.fileName}이(가) 없습니다(삭제되었습니다).`);
      }
      if (stored !== attachment.sha256) {
        return problem('ATTACHMENT_MISMATCH', `첨부 파일 ${attachment.fileName}의 내용이 서명 당시와 다릅니다.`);
      }
    }
  }
  state.destructions.set(body.serial, { seq: content.seq });
  return null;
};

/** A correction is signed by an officer and names an earlier destruction entry by serial, seq and hash. */
const checkCorrection: KindCheck<'destruction.correction'> = (state, content, signatures) => {
  const { body } = content;
  const failure = checkSignature(state, content, signatures, 'approver', `정정자(${body.officer.name})`, {
    userId: body.officer.userId,
    roles: ['officer'],
  });
  if (failure) return failure;
  const original = state.destructions.get(body.corrects.serial);
  if (!original || original.seq !== body.corrects.seq || original.hash !== body.corrects.hash) {
    return problem('UNKNOWN_CORRECTED_ENTRY', `정정 대상 ${body.corrects.serial}이(가) 앞선 파기 항목에 없습니다.`);
  }
  return null;
};

/** A seal is signed by the installation key; its access-log head is an anchor for the access log. */
const checkSeal: KindCheck<'audit.seal'> = (state, content, signatures) =>
  checkSignature(state, content, signatures, 'seal', '설치 키(봉인)', { roles: ['installation'] });

/** The two-signer rule changes only by an entry the officer signs; destructions after it follow it. */
const checkSignersPolicy: KindCheck<'policy.signers'> = (state, content, signatures) => {
  const { body } = content;
  const failure = checkSignature(state, content, signatures, 'registrar', `보호책임자(${body.officer.name})`, {
    userId: body.officer.userId,
    roles: ['officer'],
    keyId: body.officer.keyId,
  });
  if (failure) return failure;
  if (typeof body.requireDistinctSigners !== 'boolean') return problem('MALFORMED', '서명자 규칙 항목의 형식이 올바르지 않습니다.');
  state.requireDistinctSigners = body.requireDistinctSigners;
  return null;
};

/** Each kind's own check; the type asks for one per kind of LedgerBodies. */
const KIND_CHECKS: { readonly [K in LedgerKind]: KindCheck<K> } = {
  installation: checkInstallation,
  'key.register': checkKeyRegister,
  'key.revoke': checkKeyRevoke,
  destruction: checkDestruction,
  'destruction.correction': checkCorrection,
  'audit.seal': checkSeal,
  'policy.signers': checkSignersPolicy,
};

/**
 * Recomputes the chain from the first entry: sequence without gaps, canonical content, the link to
 * the previous hash, the entry hash, and every signature against the key valid at that point.
 * `anchors` are (seq, hash) pairs recorded elsewhere (e.g. by a completed disposal): an anchor whose
 * entry is missing or different reveals a deleted or replaced tail. Never throws for bad data.
 */
export function verifyLedgerRows(
  rows: Iterable<LedgerRow>,
  options: {
    anchors?: ReadonlyArray<{ seq: number; hash: string; what: string }>;
    attachmentDigest?: VerifyState['attachmentDigest'];
  } = {},
): LedgerReport {
  const state: VerifyState = {
    keys: new Map(),
    requireDistinctSigners: true,
    destructions: new Map(),
    installationKeyId: null,
    officerRegistered: false,
    ...(options.attachmentDigest ? { attachmentDigest: options.attachmentDigest } : {}),
  };
  const hashes = new Map<number, string>();
  let expectedSeq = 1;
  let previousHash = GENESIS_HASH;

  for (const row of rows) {
    if (row.seq !== expectedSeq) {
      return fail(expectedSeq, null, problem('MISSING_ENTRY', `${expectedSeq}번 항목이 없습니다(삭제되었거나 순서가 바뀌었습니다).`));
    }
    let content: LedgerContent;
    let signatures: LedgerSignature[];
    try {
      content = JSON.parse(row.content) as LedgerContent;
      signatures = JSON.parse(row.signatures) as LedgerSignature[];
      if (!Array.isArray(signatures)) throw new TypeError('signatures');
    } catch {
      return fail(row.seq, row.serial, problem('MALFORMED', '항목을 읽을 수 없습니다(JSON 형식이 손상되었습니다).'));
    }
    let outcome: Problem | null;
    try {
      outcome = checkRow(row, content, signatures, previousHash, state);
    } catch {
      // Whatever a tampered file holds (null, numbers where objects belong), it is reported, never thrown.
      outcome = problem('MALFORMED', '항목의 내용이 형식에 맞지 않습니다.');
    }
    if (outcome) return fail(row.seq, row.serial, outcome);
    hashes.set(row.seq, row.hash);
    const destruction = row.serial ? state.destructions.get(row.serial) : undefined;
    if (destruction?.seq === row.seq) destruction.hash = row.hash;
    previousHash = row.hash;
    expectedSeq += 1;
  }

  for (const anchor of options.anchors ?? []) {
    const stored = hashes.get(anchor.seq);
    if (stored === undefined) {
      return fail(
        anchor.seq,
        null,
        problem('MISSING_ENTRY', `${anchor.what}이(가) 가리키는 ${anchor.seq}번 항목이 없습니다(삭제되었습니다).`),
      );
    }
    if (stored !== anchor.hash) {
      return fail(
        anchor.seq,
        null,
        problem('ANCHOR_MISMATCH', `${anchor.seq}번 항목이 ${anchor.what}에 기록된 해시와 다릅니다(바뀌었습니다).`),
      );
    }
  }

  const count = expectedSeq - 1;
  return {
    ok: true,
    chain: 'ledger',
    entries: count,
    head: count > 0 ? { seq: count, hash: previousHash } : null,
    installationKeyId: state.installationKeyId,
  };
}

function checkRow(
  row: LedgerRow,
  content: LedgerContent,
  signatures: LedgerSignature[],
  previousHash: string,
  state: VerifyState,
): Problem | null {
  try {
    if (canonicalJson(content) !== row.content || canonicalJson(signatures) !== row.signatures) {
      return problem('NOT_CANONICAL', '저장된 내용이 정규화된 형식이 아닙니다(직접 수정된 흔적).');
    }
  } catch {
    return problem('MALFORMED', '항목의 내용이 JSON 규칙에 맞지 않습니다.');
  }
  if (content.v !== 1 || content.seq !== row.seq || content.kind !== row.kind || !isLedgerKind(content.kind)) {
    return problem('FIELD_MISMATCH', '항목의 번호나 종류가 내용과 다릅니다.');
  }
  if (content.prevHash !== previousHash) {
    return problem('CHAIN_BROKEN', '앞 항목의 해시와 연결되지 않습니다(앞 항목이 바뀌었거나 삭제되었습니다).');
  }
  const bodySerial = (content.body as { serial?: unknown }).serial;
  if ((bodySerial ?? null) !== row.serial) return problem('FIELD_MISMATCH', '항목의 일련번호가 내용과 다릅니다.');
  if (content.kind !== 'installation' && state.installationKeyId === null) {
    return problem('NO_INSTALLATION', '첫 항목이 설치 항목이 아닙니다.');
  }
  // TypeScript cannot pair a kind with its own check through an index; the map's type pairs them.
  const check = KIND_CHECKS[content.kind] as KindCheck<LedgerKind>;
  // Signatures before the hash: a changed body or a swapped signature is then reported as what it
  // is, rather than as a bare hash mismatch.
  let failure: Problem | null = checkSignatureSet(content.kind, signatures);
  if (failure) return failure;
  try {
    failure = check(state, content, signatures);
  } catch {
    return problem('MALFORMED', '항목의 내용이 형식에 맞지 않습니다.');
  }
  if (failure) return failure;
  if (entryHash(content, signatures) !== row.hash) {
    return problem('HASH_MISMATCH', '항목의 해시가 내용과 맞지 않습니다(해시 값이 바뀌었습니다).');
  }
  return null;
}
