/** The signed ledger's entry format; DESIGN.md "Signing and the ledger". */

export const GENESIS_HASH = '0'.repeat(64);

/** What is hashed and signed (as RFC 8785 canonical JSON); `body` is the kind's own (LedgerBodies). */
export interface LedgerContent<K extends LedgerKind = LedgerKind> {
  v: 1;
  seq: number;
  kind: K;
  prevHash: string;
  recordedAt: string;
  body: LedgerBodies[K];
}

/** An entry of any kind, as a union that narrows on `kind`. */
export type AnyLedgerContent = { [K in LedgerKind]: LedgerContent<K> }[LedgerKind];

/**
 * - `self`: the installation key vouching for itself (the first entry);
 * - `registrar`: who registers or revokes a key (the installation key at setup, else an officer);
 * - `performer` / `approver`: the two people of a destruction;
 * - `seal`: the installation key sealing the access log's head (no person is present at night).
 * `signs` says which bytes were signed: the whole content, or only `body.record` (the performer
 * signs the destruction record before the approver's approval exists).
 */
export type SignatureRole = 'self' | 'registrar' | 'performer' | 'approver' | 'seal';

export interface LedgerSignature {
  role: SignatureRole;
  keyId: string;
  signs: 'content' | 'record';
  signature: string;
}

export interface InstallationBody {
  installationId: string;
  keyId: string;
  publicKey: string;
  clinicName: string;
}

export interface KeyRegisterBody {
  keyId: string;
  publicKey: string;
  userId: number;
  login: string;
  name: string;
  role: 'officer' | 'admin' | 'facilities' | 'auditor';
  reason: 'setup' | 'account.create' | 'password.reset';
}

export interface KeyRevokeBody {
  keyId: string;
  userId: number;
  reason: 'password.reset' | 'account.disabled';
}

/**
 * Every kind of ledger entry and its body. A kind is added here, and then the compiler asks for
 * its signatures (SIGNATURE_SCOPES below) and its check (electron/ledger/verify.ts).
 */
export interface LedgerBodies {
  installation: InstallationBody;
  'key.register': KeyRegisterBody;
  'key.revoke': KeyRevokeBody;
  destruction: DestructionBody;
  'destruction.correction': CorrectionBody;
  'audit.seal': SealBody;
  'policy.signers': SignersPolicyBody;
}
export type LedgerKind = keyof LedgerBodies;

/**
 * The signatures each kind of entry carries: exactly these roles, once each, and which bytes each
 * signs. Only the performer of a destruction signs the record alone (before the approval exists).
 */
export const SIGNATURE_SCOPES: { readonly [K in LedgerKind]: Readonly<Partial<Record<SignatureRole, LedgerSignature['signs']>>> } = {
  installation: { self: 'content' },
  'key.register': { registrar: 'content' },
  'key.revoke': { registrar: 'content' },
  destruction: { performer: 'record', approver: 'content' },
  'destruction.correction': { approver: 'content' },
  'audit.seal': { seal: 'content' },
  'policy.signers': { registrar: 'content' },
};

export const LEDGER_KINDS = Object.keys(SIGNATURE_SCOPES) as LedgerKind[];

export function isLedgerKind(kind: unknown): kind is LedgerKind {
  return typeof kind === 'string' && Object.hasOwn(SIGNATURE_SCOPES, kind);
}

/** A stored row, as the database and an exported bundle both hold it. */
export interface LedgerRow {
  seq: number;
  kind: string;
  serial: string | null;
  content: string;
  signatures: string;
  hash: string;
}

export interface SignerInfo {
  userId: number;
  login: string;
  name: string;
  title: string;
  keyId: string;
}

/** One file's line of a destruction, with every column of the 파기 관리대장. */
export interface DestroyedFile {
  fileId: number;
  name: string;
  items: string;
  mediaKind: string;
  mediaKindLabel: string;
  location: string;
  createdOn: string;
  countBefore: number;
  countDestroyed: number;
  countAfter: number;
  policy: { name: string; ruleText: string; basis: string };
  retentionEnds: string | null;
  destroyBy: string | null;
  /** SHA-256 of the sorted ids of the destroyed records (never their content). */
  recordIdsDigest: string;
}

export interface AttachmentRef {
  id: string;
  kind: string;
  fileName: string;
  mime: string;
  size: number;
  sha256: string;
}

/** What the performer signs: the destruction as it was done. */
export interface DestructionRecord {
  requestId: number;
  clinic: { name: string; businessNumber: string };
  files: DestroyedFile[];
  method: string;
  methodLabel: string;
  methodBasis: string;
  reason: string;
  reasonLabel: string;
  place: string;
  note: string;
  requestedAt: string;
  requestedBy: { userId: number; name: string };
  performedOn: string;
  performedAt: string;
  performer: SignerInfo;
  attachments: AttachmentRef[];
  /**
   * Why the destruction came after a file's destroy-by date (its latest lawful day). Present only
   * when it was late; entries recorded before this field existed simply lack it.
   */
  delayReason?: string;
  /** The 파기일 lies before the request: the paper was shredded first and the request written after. */
  performedBeforeRequest?: true;
}

/** The ledger body of a completed destruction: the signed record plus the approval. */
export interface DestructionBody {
  serial: string;
  record: DestructionRecord;
  approval: { approver: SignerInfo; approvedOn: string; approvedAt: string };
  requireDistinctSigners: boolean;
}

/** A later entry that corrects a destruction entry; the original is never changed. */
export interface CorrectionBody {
  serial: string;
  corrects: { serial: string; seq: number; hash: string };
  reason: string;
  correction: string;
  officer: SignerInfo;
}

/** The outcome of verifying one chain: its length and head, or the first entry that fails and why. */
export type ChainReport =
  | { ok: true; chain: string; entries: number; head: { seq: number; hash: string } | null }
  | { ok: false; chain: string; entry: number; serial?: string; code: string; reason: string };

export type ChainFailure = Extract<ChainReport, { ok: false }>;

/** The signed ledger's report also names the installation key its first entry establishes. */
export type LedgerReport =
  | (Extract<ChainReport, { ok: true }> & {
      installationKeyId: string | null;
      /** For a bundle: whether the installation key signed its head (so a cut tail would show). */
      signedHead?: boolean;
    })
  | ChainFailure;

/** The access log's head, sealed into the signed ledger: a later cut of the log's tail shows. */
export interface SealBody {
  accessLog: { seq: number; hash: string };
  reason: 'daily' | 'review';
}

/**
 * The clinic's rule that a destruction needs two different people, as the officer set it. It lives
 * in the signed ledger (not only in the settings table) so a verifier knows which rule applied to
 * each destruction, and an approver cannot waive it for themselves unnoticed.
 */
export interface SignersPolicyBody {
  requireDistinctSigners: boolean;
  officer: SignerInfo;
}
