import { verify as verifySignature, type KeyObject } from 'node:crypto';
import { LEDGER_BODY_SCHEMAS, ledgerContentShape, ledgerSignaturesShape } from '../../shared/ledger/bodies.ts';
import { canonicalOfParsed } from '../../shared/ledger/canonical.ts';
import {
  GENESIS_HASH,
  SIGNATURE_SCOPES,
  isLedgerKind,
  type AnyLedgerContent,
  type AttachmentRef,
  type ChainFailure,
  type KeyRegisterBody,
  type LedgerContent,
  type LedgerKind,
  type LedgerReport,
  type LedgerRow,
  type LedgerSignature,
  type SignatureRole,
  type SignerInfo,
} from '../../shared/ledger/types.ts';
import { keyIdOf, publicKeyObject, sha256Hex } from '../crypto/signing.ts';

export type { LedgerReport } from '../../shared/ledger/types.ts';

export interface KnownKey {
  keyId: string;
  publicKey: string;
  /** Parsed once per key: verification makes tens of thousands of checks with a handful of keys. */
  verifier: KeyObject;
  /** null for an installation key. */
  userId: number | null;
  role: KeyRegisterBody['role'] | 'installation';
  name: string;
  /** Made with a temporary password that an officer chose: it may only sign its own replacement. */
  temporary: boolean;
  registeredAt: number;
  revokedAt: number | null;
}

/** A person's checkpoint as the chain holds it (the access-log head they signed for). */
export interface SignedCheckpoint {
  seq: number;
  hash: string;
  purpose: string;
  accessLog: { seq: number; hash: string };
  signer: SignerInfo;
  recordedAt: string;
  subject: string;
}

/** What the kind-specific checks see and build: the keys and facts the chain has established so far. */
export interface VerifyState {
  keys: Map<string, KnownKey>;
  /** The two-signer rule in force at this point of the chain (required until the officer signs otherwise). */
  requireDistinctSigners: boolean;
  /** Destruction entries seen so far, by serial (corrections must point back to one). */
  destructions: Map<string, { seq: number; hash?: string }>;
  /** Every serial used so far (destructions, corrections, cancellations), and every destruction request. */
  serials: Set<string>;
  requests: Set<number>;
  /** The current installation key, and every one the chain has had (the seals an auditor may hold). */
  installationKeyId: string | null;
  installationKeyIds: string[];
  officerRegistered: boolean;
  checkpoints: SignedCheckpoint[];
  /** The newest access-log head a seal or checkpoint named so far. */
  accessHead: { seq: number; hash: string } | null;
  /** CCTV months closed so far (`recorderId:YYYY-MM`): each once. */
  cctvMonths: Set<string>;
  /** SHA-256 of stored attachments by id, when verifying inside the app (not for a bundle). */
  attachmentDigest?: (attachmentId: string) => string | null | undefined;
}

/** The bytes an entry's signatures cover: its stored content text, and (for a destruction) its record. */
export interface SignedBytes {
  content: string;
  record(): string;
}

export type KindCheck<K extends LedgerKind> = (
  state: VerifyState,
  content: LedgerContent<K>,
  signatures: LedgerSignature[],
  bytes: SignedBytes,
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

function fail(seq: number, serial: string | null, p: Problem): ChainFailure {
  return { ok: false, chain: 'ledger', entry: seq, ...(serial ? { serial } : {}), code: p.code, reason: p.reason };
}

interface SignerExpectation {
  /** A person must sign: never the installation key, never a key made with a temporary password. */
  person?: boolean;
  roles?: readonly KnownKey['role'][];
  userId?: number;
  keyId?: string;
}

/** The entry's `role` signature, by a key that is registered, not revoked, and held by whom `expect` says. */
export function checkSignature(
  state: VerifyState,
  content: AnyLedgerContent,
  signatures: readonly LedgerSignature[],
  bytes: SignedBytes,
  role: SignatureRole,
  label: string,
  expect: SignerExpectation = {},
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
  if (expect.person && key.role === 'installation') {
    return problem('KEY_NOT_A_PERSON', `${label}은(는) 사람이 서명해야 합니다(설치 키는 사람을 대신해 서명할 수 없습니다).`);
  }
  if (expect.person && key.temporary) {
    return problem(
      'TEMPORARY_KEY',
      `${label}의 서명 키는 임시 비밀번호로 만든 키입니다. 본인 비밀번호로 바꾸며 새로 만든 키만 서명할 수 있습니다.`,
    );
  }
  if (expect.roles && !expect.roles.includes(key.role)) {
    return problem('KEY_NOT_AUTHORISED', `${label}의 서명 키(${key.name})는 이 항목에 서명할 권한이 없습니다.`);
  }
  if (expect.userId !== undefined && key.userId !== expect.userId) {
    return problem('SIGNER_MISMATCH', `${label}의 서명 키가 기록된 사람의 키가 아닙니다.`);
  }
  // What a signature covers follows from the entry's kind and the signer's role (SIGNATURE_SCOPES),
  // never from the entry's own say: otherwise an old record signature could vouch for any body.
  const text = scopeOf(content.kind, signature.role) === 'record' ? bytes.record() : bytes.content;
  let valid: boolean;
  try {
    valid = verifySignature(null, Buffer.from(text, 'utf8'), key.verifier, Buffer.from(signature.signature, 'base64'));
  } catch {
    valid = false;
  }
  return valid ? null : problem('SIGNATURE_INVALID', `${label}의 서명이 내용과 맞지 않습니다(서명 또는 내용이 바뀌었습니다).`);
}

function knownKey(fields: Omit<KnownKey, 'verifier' | 'revokedAt'>): KnownKey {
  return { ...fields, verifier: publicKeyObject(fields.publicKey), revokedAt: null };
}

function registerPersonKey(
  state: VerifyState,
  seq: number,
  key: { keyId: string; publicKey: string; userId: number; role: KnownKey['role']; name: string; temporary: boolean },
): Problem | null {
  if (keyIdOf(key.publicKey) !== key.keyId) return problem('KEY_ID_MISMATCH', '등록된 키의 지문이 공개키와 맞지 않습니다.');
  if (state.keys.has(key.keyId)) return problem('DUPLICATE_KEY', '이미 등록된 키를 다시 등록했습니다.');
  for (const other of state.keys.values()) {
    if (other.userId === key.userId && other.revokedAt === null) {
      return problem('TWO_ACTIVE_KEYS', '같은 사용자에게 폐기되지 않은 키가 둘 있습니다.');
    }
  }
  state.keys.set(key.keyId, knownKey({ ...key, registeredAt: seq }));
  if (key.role === 'officer' && !key.temporary) state.officerRegistered = true;
  return null;
}

const checkInstallation: KindCheck<'installation'> = (state, content, signatures, bytes) => {
  const { body } = content;
  if (content.seq !== 1) return problem('UNEXPECTED_INSTALLATION', '설치 항목은 첫 항목이어야 합니다.');
  if (keyIdOf(body.publicKey) !== body.keyId) return problem('KEY_ID_MISMATCH', '설치 키의 지문이 공개키와 맞지 않습니다.');
  state.keys.set(
    body.keyId,
    knownKey({
      keyId: body.keyId,
      publicKey: body.publicKey,
      userId: null,
      role: 'installation',
      name: '설치 키',
      temporary: false,
      registeredAt: content.seq,
    }),
  );
  state.installationKeyId = body.keyId;
  state.installationKeyIds.push(body.keyId);
  return checkSignature(state, content, signatures, bytes, 'self', '설치 키', { roles: ['installation'] });
};

/** A new installation key, vouched for by an officer and by itself; the previous one is revoked. */
const checkInstallationRotate: KindCheck<'installation.rotate'> = (state, content, signatures, bytes) => {
  const { body } = content;
  if (body.previousKeyId !== state.installationKeyId) {
    return problem('UNKNOWN_KEY', '교체 전 설치 키가 지금의 설치 키가 아닙니다.');
  }
  const failure = checkSignature(state, content, signatures, bytes, 'registrar', `보호책임자(${body.officer.name})`, {
    person: true,
    roles: ['officer'],
    userId: body.officer.userId,
    keyId: body.officer.keyId,
  });
  if (failure) return failure;
  if (keyIdOf(body.publicKey) !== body.keyId) return problem('KEY_ID_MISMATCH', '새 설치 키의 지문이 공개키와 맞지 않습니다.');
  if (state.keys.has(body.keyId)) return problem('DUPLICATE_KEY', '이미 등록된 키를 다시 등록했습니다.');
  state.keys.set(
    body.keyId,
    knownKey({
      keyId: body.keyId,
      publicKey: body.publicKey,
      userId: null,
      role: 'installation',
      name: '설치 키',
      temporary: false,
      registeredAt: content.seq,
    }),
  );
  const selfFailure = checkSignature(state, content, signatures, bytes, 'self', '새 설치 키', {
    roles: ['installation'],
    keyId: body.keyId,
  });
  if (selfFailure) return selfFailure;
  const previous = state.keys.get(body.previousKeyId);
  if (previous) previous.revokedAt = content.seq;
  state.installationKeyId = body.keyId;
  state.installationKeyIds.push(body.keyId);
  return null;
};

const TEMPORARY_REASONS: ReadonlySet<string> = new Set(['account.create', 'password.reset']);

const checkKeyRegister: KindCheck<'key.register'> = (state, content, signatures, bytes) => {
  const { body } = content;
  // At setup the installation key vouches for the first officer; after that only officers register keys.
  const atSetup = !state.officerRegistered && body.role === 'officer' && body.reason === 'setup';
  const failure = atSetup
    ? checkSignature(state, content, signatures, bytes, 'registrar', '등록자', { roles: ['installation'] })
    : checkSignature(state, content, signatures, bytes, 'registrar', '등록자', { person: true, roles: ['officer'] });
  if (failure) return failure;
  return registerPersonKey(state, content.seq, {
    keyId: body.keyId,
    publicKey: body.publicKey,
    userId: body.userId,
    role: body.role,
    name: body.name,
    temporary: TEMPORARY_REASONS.has(body.reason),
  });
};

const checkKeyRevoke: KindCheck<'key.revoke'> = (state, content, signatures, bytes) => {
  const { body } = content;
  const failure = checkSignature(state, content, signatures, bytes, 'registrar', '폐기자', { person: true, roles: ['officer'] });
  if (failure) return failure;
  const key = state.keys.get(body.keyId);
  if (!key || key.userId !== body.userId) return problem('UNKNOWN_KEY', '폐기하려는 키가 등록되어 있지 않습니다.');
  if (key.revokedAt !== null) return problem('KEY_REVOKED', '이미 폐기된 키를 다시 폐기했습니다.');
  key.revokedAt = content.seq;
  return null;
};

/** The holder's current key consents to its replacement; the new key proves itself; the old one ends here. */
const checkKeyRotate: KindCheck<'key.rotate'> = (state, content, signatures, bytes) => {
  const { body } = content;
  const previous = state.keys.get(body.previousKeyId);
  if (!previous || previous.userId !== body.userId || previous.role !== body.role) {
    return problem('UNKNOWN_KEY', '바꾸려는 이전 키가 이 사용자의 키로 등록되어 있지 않습니다.');
  }
  const failure = checkSignature(state, content, signatures, bytes, 'holder', `이전 키(${body.name})`, {
    userId: body.userId,
    keyId: body.previousKeyId,
  });
  if (failure) return failure;
  previous.revokedAt = content.seq;
  const registered = registerPersonKey(state, content.seq, {
    keyId: body.keyId,
    publicKey: body.publicKey,
    userId: body.userId,
    role: body.role,
    name: body.name,
    temporary: false,
  });
  if (registered) return registered;
  return checkSignature(state, content, signatures, bytes, 'self', `새 키(${body.name})`, { userId: body.userId, keyId: body.keyId });
};

function claimSerial(state: VerifyState, serial: string): Problem | null {
  if (state.serials.has(serial)) return problem('DUPLICATE_SERIAL', `일련번호 ${serial}이(가) 관리대장에 두 번 있습니다.`);
  state.serials.add(serial);
  return null;
}

/**
 * A destruction carries two signatures: the performer's over the record (made when the work was
 * done, naming the serial and the request) and the approver's over the whole entry. Both keys
 * must be valid here and belong to the people the entry names, both must be people's own keys; the
 * approver must be an officer; and where the clinic requires it, they must be two different people.
 * A record, a request and a serial each appear once. Attachments listed in the record must still be
 * stored with the same SHA-256.
 */
const checkDestruction: KindCheck<'destruction'> = (state, content, signatures, bytes) => {
  const { body } = content;
  const performer = body.record.performer;
  const approver = body.approval.approver;
  if (!Array.isArray(body.record.files) || !Array.isArray(body.record.attachments)) {
    return problem('MALFORMED', '파기 항목의 파일 목록이나 첨부 목록이 형식에 맞지 않습니다.');
  }
  if (body.record.serial !== body.serial) {
    return problem('FIELD_MISMATCH', '처리담당자가 서명한 일련번호와 항목의 일련번호가 다릅니다.');
  }
  const performerFailure = checkSignature(state, content, signatures, bytes, 'performer', `처리담당자(${performer.name})`, {
    person: true,
    userId: performer.userId,
    keyId: performer.keyId,
  });
  if (performerFailure) return performerFailure;
  const approverFailure = checkSignature(state, content, signatures, bytes, 'approver', `승인자(${approver.name})`, {
    person: true,
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
  if (state.requests.has(body.record.requestId)) {
    return problem('DUPLICATE_RECORD', `파기 요청 ${body.record.requestId}의 기록이 관리대장에 두 번 있습니다(서명을 다시 쓴 항목).`);
  }
  state.requests.add(body.record.requestId);
  const serialFailure = claimSerial(state, body.serial);
  if (serialFailure) return serialFailure;
  const evidenceFailure = storedEvidenceProblem(state, body.record.attachments);
  if (evidenceFailure) return evidenceFailure;
  state.destructions.set(body.serial, { seq: content.seq });
  return null;
};

/** Inside the app, each evidence file an entry signed must still be stored with the bytes it signed. */
function storedEvidenceProblem(state: VerifyState, refs: readonly AttachmentRef[]): Problem | null {
  if (!state.attachmentDigest) return null;
  for (const attachment of refs) {
    const stored = state.attachmentDigest(attachment.id);
    if (stored === null || stored === undefined) {
      return problem('ATTACHMENT_MISSING', `첨부 파일 ${attachment.fileName}이(가) 없습니다(삭제되었습니다).`);
    }
    if (stored !== attachment.sha256) {
      return problem('ATTACHMENT_MISMATCH', `첨부 파일 ${attachment.fileName}의 내용이 서명 당시와 다릅니다.`);
    }
  }
  return null;
}

/** A correction is signed by an officer and names an earlier destruction entry by serial, seq and hash. */
const checkCorrection: KindCheck<'destruction.correction'> = (state, content, signatures, bytes) => {
  const { body } = content;
  const failure = checkSignature(state, content, signatures, bytes, 'approver', `정정자(${body.officer.name})`, {
    person: true,
    userId: body.officer.userId,
    roles: ['officer'],
  });
  if (failure) return failure;
  const original = state.destructions.get(body.corrects.serial);
  if (!original || original.seq !== body.corrects.seq || original.hash !== body.corrects.hash) {
    return problem('UNKNOWN_CORRECTED_ENTRY', `정정 대상 ${body.corrects.serial}이(가) 앞선 파기 항목에 없습니다.`);
  }
  return claimSerial(state, body.serial);
};

/** A performed destruction that was not approved closes its serial, signed by whoever cancelled it. */
const checkCancellation: KindCheck<'destruction.cancelled'> = (state, content, signatures, bytes) => {
  const { body } = content;
  const failure = checkSignature(state, content, signatures, bytes, 'witness', `취소한 사람(${body.cancelledBy.name})`, {
    person: true,
    userId: body.cancelledBy.userId,
    roles: ['officer', 'admin'],
    keyId: body.cancelledBy.keyId,
  });
  if (failure) return failure;
  if (state.requests.has(body.requestId)) {
    return problem('DUPLICATE_RECORD', `파기 요청 ${body.requestId}이(가) 관리대장에 이미 있습니다.`);
  }
  state.requests.add(body.requestId);
  return claimSerial(state, body.serial);
};

/**
 * The access log only grows: each seal or checkpoint names a head at or after the one before it,
 * and the same entry always with the same hash. Two heads that disagree cannot both be the log.
 */
function claimAccessHead(state: VerifyState, head: { seq: number; hash: string }): Problem | null {
  const last = state.accessHead;
  if (last && (head.seq < last.seq || (head.seq === last.seq && head.hash !== last.hash))) {
    return problem(
      'ACCESS_HEAD_MISMATCH',
      `이 항목이 가리키는 접속기록 ${head.seq}번이 앞 항목이 가리킨 ${last.seq}번과 맞지 않습니다(접속기록은 뒤로 가거나 바뀔 수 없습니다).`,
    );
  }
  state.accessHead = head;
  return null;
}

/** A seal is signed by the current installation key; its access-log head is an anchor for the access log. */
const checkSeal: KindCheck<'audit.seal'> = (state, content, signatures, bytes) =>
  checkSignature(state, content, signatures, bytes, 'seal', '설치 키(봉인)', {
    roles: ['installation'],
    ...(state.installationKeyId ? { keyId: state.installationKeyId } : {}),
  }) ?? claimAccessHead(state, content.body.accessLog);

/** A person's checkpoint: their own key, and the heads they signed, kept for the access log's check. */
const checkCheckpoint: KindCheck<'checkpoint'> = (state, content, signatures, bytes) => {
  const { body } = content;
  const failure = checkSignature(state, content, signatures, bytes, 'witness', `확인한 사람(${body.signer.name})`, {
    person: true,
    userId: body.signer.userId,
    keyId: body.signer.keyId,
  });
  if (failure) return failure;
  const head = claimAccessHead(state, body.accessLog);
  if (head) return head;
  state.checkpoints.push({
    seq: content.seq,
    hash: '',
    purpose: body.purpose,
    accessLog: body.accessLog,
    signer: body.signer,
    recordedAt: content.recordedAt,
    subject: body.subject,
  });
  return null;
};

/** The two-signer rule changes only by an entry the officer signs; destructions after it follow it. */
const checkSignersPolicy: KindCheck<'policy.signers'> = (state, content, signatures, bytes) => {
  const { body } = content;
  const failure = checkSignature(state, content, signatures, bytes, 'registrar', `보호책임자(${body.officer.name})`, {
    person: true,
    userId: body.officer.userId,
    roles: ['officer'],
    keyId: body.officer.keyId,
  });
  if (failure) return failure;
  if (typeof body.requireDistinctSigners !== 'boolean') return problem('MALFORMED', '서명자 규칙 항목의 형식이 올바르지 않습니다.');
  state.requireDistinctSigners = body.requireDistinctSigners;
  return null;
};

/** A CCTV month is closed once per recorder, by a person whose role works in the CCTV section. */
const checkCctvMonth: KindCheck<'cctv.month'> = (state, content, signatures, bytes) => {
  const { body } = content;
  const failure = checkSignature(state, content, signatures, bytes, 'witness', `마감한 사람(${body.closedBy.name})`, {
    person: true,
    userId: body.closedBy.userId,
    roles: ['officer', 'facilities'],
    keyId: body.closedBy.keyId,
  });
  if (failure) return failure;
  if (!/^\d{4}-\d{2}$/.test(body.month) || body.confirmed + body.late + body.held !== body.days) {
    return problem('MALFORMED', 'CCTV 월간 마감 항목의 날짜 수가 맞지 않습니다.');
  }
  const key = `${body.recorder.id}:${body.month}`;
  if (state.cctvMonths.has(key))
    return problem('DUPLICATE_RECORD', `CCTV 녹화기 ${body.recorder.name}의 ${body.month} 마감이 이미 있습니다.`);
  state.cctvMonths.add(key);
  return null;
};

/** A processor's confirmation step names an approved destruction entry before it, by serial, seq and hash. */
const checkProcessorConfirmation: KindCheck<'destruction.processor'> = (state, content, signatures, bytes) => {
  const { body } = content;
  const failure = checkSignature(state, content, signatures, bytes, 'witness', `기록한 사람(${body.recordedBy.name})`, {
    person: true,
    userId: body.recordedBy.userId,
    roles: ['officer', 'admin'],
    keyId: body.recordedBy.keyId,
  });
  if (failure) return failure;
  if (body.step !== 'requested' && body.step !== 'confirmed') return problem('MALFORMED', '수탁자 확인 항목의 단계가 올바르지 않습니다.');
  const original = state.destructions.get(body.destruction.serial);
  if (!original || original.seq !== body.destruction.seq || original.hash !== body.destruction.hash) {
    return problem('UNKNOWN_DESTRUCTION', `수탁자 확인이 가리키는 파기 항목 ${body.destruction.serial}이(가) 앞선 관리대장에 없습니다.`);
  }
  return storedEvidenceProblem(state, body.evidence ? [body.evidence] : []);
};

/** A downloaded file's destruction is signed by the person who destroyed it, with their own key. */
const checkDownloadDestruction: KindCheck<'download.destruction'> = (state, content, signatures, bytes) => {
  const { body } = content;
  if (!/^[0-9a-f]{64}$/.test(body.sha256) || !Number.isInteger(body.size) || body.size < 0) {
    return problem('MALFORMED', '내려받은 파일 파기 항목의 SHA-256이나 크기가 형식에 맞지 않습니다.');
  }
  return checkSignature(state, content, signatures, bytes, 'performer', `파기한 사람(${body.destroyedBy.name})`, {
    person: true,
    userId: body.destroyedBy.userId,
    roles: ['officer', 'admin'],
    keyId: body.destroyedBy.keyId,
  });
};

/** Each kind's own check; the type asks for one per kind of LedgerBodies. */
const KIND_CHECKS: { readonly [K in LedgerKind]: KindCheck<K> } = {
  installation: checkInstallation,
  'installation.rotate': checkInstallationRotate,
  'key.register': checkKeyRegister,
  'key.revoke': checkKeyRevoke,
  'key.rotate': checkKeyRotate,
  destruction: checkDestruction,
  'destruction.correction': checkCorrection,
  'destruction.cancelled': checkCancellation,
  'audit.seal': checkSeal,
  checkpoint: checkCheckpoint,
  'policy.signers': checkSignersPolicy,
  'cctv.month': checkCctvMonth,
  'destruction.processor': checkProcessorConfirmation,
  'download.destruction': checkDownloadDestruction,
};

/** The ledger's report plus what later checks need: the chain's keys and the people's checkpoints. */
export interface LedgerVerification {
  report: LedgerReport;
  state: VerifyState;
  /** Entries by kind, for the summary staff read ("파기 6건, 계정·설정 기록 5건"). */
  kinds: Partial<Record<LedgerKind, number>>;
  /** recordedAt of the last entry. */
  lastRecordedAt: string | null;
  hashes: ReadonlyMap<number, string>;
}

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
    onProgress?: (done: number) => void;
  } = {},
): LedgerReport {
  return verifyLedger(rows, options).report;
}

export function verifyLedger(
  rows: Iterable<LedgerRow>,
  options: {
    anchors?: ReadonlyArray<{ seq: number; hash: string; what: string }>;
    attachmentDigest?: VerifyState['attachmentDigest'];
    onProgress?: (done: number) => void;
  } = {},
): LedgerVerification {
  const state: VerifyState = {
    keys: new Map(),
    requireDistinctSigners: true,
    destructions: new Map(),
    serials: new Set(),
    requests: new Set(),
    installationKeyId: null,
    installationKeyIds: [],
    officerRegistered: false,
    checkpoints: [],
    accessHead: null,
    cctvMonths: new Set(),
    ...(options.attachmentDigest ? { attachmentDigest: options.attachmentDigest } : {}),
  };
  const kinds: Partial<Record<LedgerKind, number>> = {};
  const hashes = new Map<number, string>();
  let expectedSeq = 1;
  let previousHash = GENESIS_HASH;
  let lastRecordedAt: string | null = null;
  const done = (report: LedgerReport): LedgerVerification => ({ report, state, kinds, lastRecordedAt, hashes });

  for (const row of rows) {
    if (row.seq !== expectedSeq) {
      return done(fail(expectedSeq, null, problem('MISSING_ENTRY', `${expectedSeq}번 항목이 없습니다(삭제되었거나 순서가 바뀌었습니다).`)));
    }
    let content: AnyLedgerContent;
    let signatures: LedgerSignature[];
    try {
      content = JSON.parse(row.content) as AnyLedgerContent;
      signatures = JSON.parse(row.signatures) as LedgerSignature[];
      if (!Array.isArray(signatures)) throw new TypeError('signatures');
    } catch {
      return done(fail(row.seq, row.serial, problem('MALFORMED', '항목을 읽을 수 없습니다(JSON 형식이 손상되었습니다).')));
    }
    let outcome: Problem | null;
    try {
      outcome = checkRow(row, content, signatures, previousHash, state);
    } catch {
      // Whatever a tampered file holds (null, numbers where objects belong), it is reported, never thrown.
      outcome = problem('MALFORMED', '항목의 내용이 형식에 맞지 않습니다.');
    }
    if (outcome) return done(fail(row.seq, row.serial, outcome));
    hashes.set(row.seq, row.hash);
    kinds[content.kind] = (kinds[content.kind] ?? 0) + 1;
    const destruction = row.serial ? state.destructions.get(row.serial) : undefined;
    if (destruction?.seq === row.seq) destruction.hash = row.hash;
    const checkpoint = state.checkpoints.at(-1);
    if (checkpoint?.seq === row.seq) checkpoint.hash = row.hash;
    previousHash = row.hash;
    lastRecordedAt = content.recordedAt;
    expectedSeq += 1;
    if (options.onProgress && expectedSeq % 500 === 0) options.onProgress(expectedSeq - 1);
  }

  for (const anchor of options.anchors ?? []) {
    const stored = hashes.get(anchor.seq);
    if (stored === undefined) {
      return done(
        fail(anchor.seq, null, problem('MISSING_ENTRY', `${anchor.what}이(가) 가리키는 ${anchor.seq}번 항목이 없습니다(삭제되었습니다).`)),
      );
    }
    if (stored !== anchor.hash) {
      return done(
        fail(anchor.seq, null, problem('ANCHOR_MISMATCH', `${anchor.seq}번 항목이 ${anchor.what}에 기록된 해시와 다릅니다(바뀌었습니다).`)),
      );
    }
  }

  const count = expectedSeq - 1;
  return done({
    ok: true,
    chain: 'ledger',
    entries: count,
    head: count > 0 ? { seq: count, hash: previousHash } : null,
    installationKeyId: state.installationKeyId,
  });
}

/**
 * The entry hash covers the content and every signature: SHA-256 of the canonical JSON of
 * `{ content, signatures }`. Both texts are stored canonical, so that is their concatenation.
 */
function storedEntryHash(row: LedgerRow): string {
  return sha256Hex(`{"content":${row.content},"signatures":${row.signatures}}`);
}

function checkRow(
  row: LedgerRow,
  content: AnyLedgerContent,
  signatures: LedgerSignature[],
  previousHash: string,
  state: VerifyState,
): Problem | null {
  try {
    if (canonicalOfParsed(content) !== row.content || canonicalOfParsed(signatures) !== row.signatures) {
      return problem('NOT_CANONICAL', '저장된 내용이 정규화된 형식이 아닙니다(직접 수정된 흔적).');
    }
  } catch {
    return problem('MALFORMED', '항목의 내용이 JSON 규칙에 맞지 않습니다.');
  }
  if (!ledgerContentShape.safeParse(content).success || !ledgerSignaturesShape.safeParse(signatures).success) {
    return problem('MALFORMED', '항목이나 서명에 알 수 없는 항목이 있거나 값이 형식에 맞지 않습니다.');
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
  // Signatures before the hash: a changed body or a swapped signature is then reported as what it
  // is, rather than as a bare hash mismatch.
  let failure: Problem | null = checkSignatureSet(content.kind, signatures);
  if (failure) return failure;
  const bytes: SignedBytes = {
    content: row.content,
    record: () => canonicalOfParsed((content as LedgerContent<'destruction'>).body.record),
  };
  // TypeScript cannot pair a kind with its own check through an index; the map's type pairs them.
  const check = KIND_CHECKS[content.kind] as KindCheck<LedgerKind>;
  try {
    failure = check(state, content, signatures, bytes);
  } catch {
    return problem('MALFORMED', '항목의 내용이 형식에 맞지 않습니다.');
  }
  if (failure) return failure;
  // After the signatures (a forgery is then named for what it is), before the hash: every member of the body is known and in its list.
  if (!LEDGER_BODY_SCHEMAS[content.kind].safeParse(content.body).success) {
    return problem('MALFORMED', `${content.kind} 항목의 본문에 알 수 없는 항목이 있거나 값이 정해진 형식·목록에 맞지 않습니다.`);
  }
  if (storedEntryHash(row) !== row.hash) {
    return problem('HASH_MISMATCH', '항목의 해시가 내용과 맞지 않습니다(해시 값이 바뀌었습니다).');
  }
  return null;
}
