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
 * - `self`: a key vouching for itself — the installation key in the first entry, a new key in the
 *   entry that registers it by rotation (proof that its holder has the private half);
 * - `registrar`: who registers or revokes a key (the installation key at setup, else an officer);
 * - `holder`: a person's current key consenting to its own replacement (key.rotate);
 * - `performer` / `approver`: the two people of a destruction (`approver` also signs corrections);
 * - `witness`: a person signing a statement: a checkpoint (both chains' heads as they saw them), a
 *   cancellation of a performed destruction;
 * - `seal`: the installation key sealing the access log's head (no person is present at night).
 * `signs` says which bytes were signed: the whole content, or only `body.record` (the performer
 * signs the destruction record before the approver's approval exists).
 */
export type SignatureRole = 'self' | 'registrar' | 'holder' | 'performer' | 'approver' | 'witness' | 'seal';

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
 * A person's first own password replaces the key made with their temporary one (which the officer
 * who set that password could have opened): the old key signs as `holder`, the new one as `self`,
 * and from this entry on only the new key is theirs. Nobody else ever held the new private key.
 */
export interface KeyRotateBody {
  userId: number;
  login: string;
  name: string;
  role: 'officer' | 'admin' | 'facilities' | 'auditor';
  previousKeyId: string;
  keyId: string;
  publicKey: string;
  reason: 'own.password';
}

/**
 * The installation key replaced (e.g. a new PC whose key store cannot open the old one): the
 * officer signs as `registrar`, the new key as `self`; the old key is revoked from this entry on.
 */
export interface InstallationRotateBody {
  previousKeyId: string;
  keyId: string;
  publicKey: string;
  reason: string;
  officer: SignerInfo;
}

/**
 * Every kind of ledger entry and its body. A kind is added here, and then the compiler asks for
 * its signatures (SIGNATURE_SCOPES below) and its check (electron/ledger/verify.ts).
 */
export interface LedgerBodies {
  installation: InstallationBody;
  'installation.rotate': InstallationRotateBody;
  'key.register': KeyRegisterBody;
  'key.revoke': KeyRevokeBody;
  'key.rotate': KeyRotateBody;
  destruction: DestructionBody;
  'destruction.correction': CorrectionBody;
  'destruction.cancelled': CancellationBody;
  'audit.seal': SealBody;
  checkpoint: CheckpointBody;
  'policy.signers': SignersPolicyBody;
  'cctv.month': CctvMonthBody;
  'destruction.processor': ProcessorConfirmationBody;
  'download.destruction': DownloadDestructionBody;
}
export type LedgerKind = keyof LedgerBodies;

/**
 * The signatures each kind of entry carries: exactly these roles, once each, and which bytes each
 * signs. Only the performer of a destruction signs the record alone (before the approval exists).
 */
export const SIGNATURE_SCOPES: { readonly [K in LedgerKind]: Readonly<Partial<Record<SignatureRole, LedgerSignature['signs']>>> } = {
  installation: { self: 'content' },
  'installation.rotate': { registrar: 'content', self: 'content' },
  'key.register': { registrar: 'content' },
  'key.revoke': { registrar: 'content' },
  'key.rotate': { holder: 'content', self: 'content' },
  destruction: { performer: 'record', approver: 'content' },
  'destruction.correction': { approver: 'content' },
  'destruction.cancelled': { witness: 'content' },
  'audit.seal': { seal: 'content' },
  checkpoint: { witness: 'content' },
  'policy.signers': { registrar: 'content' },
  'cctv.month': { witness: 'content' },
  'destruction.processor': { witness: 'content' },
  'download.destruction': { performer: 'content' },
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

/**
 * What the performer signs: the destruction as it was done, with the serial it is entered under
 * and the request it belongs to, so the signature cannot be reused for another entry.
 */
export interface DestructionRecord {
  serial: string;
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
  /**
   * For a destruction by processors at the end of their contract: the processor and its
   * sub-processors (parent first) that destroyed their copies. Absent otherwise, and in entries
   * recorded before this field existed.
   */
  processors?: Array<{ id: number; name: string; country: string; parentId: number | null }>;
  /**
   * Records deleted row by row from this program's database (reservations): how many, the range of
   * their reservation dates, a digest of their row ids, and the processors holding copies whose
   * destruction is then confirmed by `destruction.processor` entries. Never a name, e-mail, birth
   * date or booking id. Present only for such destructions.
   */
  records?: DestroyedRecords;
}

export interface DestroyedRecords {
  kind: 'reservations';
  count: number;
  firstDate: string;
  lastDate: string;
  /** SHA-256 of the canonical JSON of the sorted row ids. */
  idsDigest: string;
  processors: HoldingProcessor[];
}

/** A processor holding a copy of the destroyed data (from the inventory; `via`: who re-entrusted it). */
export interface HoldingProcessor {
  processorId: number;
  name: string;
  via: string | null;
  country: string | null;
}

/**
 * A step of a processor's confirmation that its copy of a destruction's data is gone: asked for
 * on a day, or confirmed on a day with the processor's evidence (its 파기 확인서). Names the
 * destruction entry by serial, seq and hash; signed by the staff member who recorded it.
 */
export interface ProcessorConfirmationBody {
  destruction: { serial: string; seq: number; hash: string };
  requestId: number;
  processor: { processorId: number; name: string };
  step: 'requested' | 'confirmed';
  on: string;
  evidence: AttachmentRef | null;
  recordedBy: SignerInfo;
}

/**
 * A downloaded list (a booking system's export) destroyed on this PC: its SHA-256 and size as
 * registered and as found just before it was overwritten and removed, signed by who destroyed it.
 */
export interface DownloadDestructionBody {
  downloadId: number;
  fileName: string;
  size: number;
  sha256: string;
  registeredAt: string;
  destroyedAt: string;
  method: string;
  destroyedBy: SignerInfo;
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
  | {
      ok: true;
      chain: string;
      entries: number;
      head: { seq: number; hash: string } | null;
      /** Access log: entries after the last seal or checkpoint, which nothing signed covers yet. */
      unsealed?: { entries: number; since: string | null };
      /** Access log: whether the newest entry's keyed MAC was checked (only a program holding the key can). */
      keyed?: boolean;
    }
  | { ok: false; chain: string; entry: number; serial?: string; code: string; reason: string };

export type ChainFailure = Extract<ChainReport, { ok: false }>;

/**
 * Everything the app's verification found: both chains, the first failure of any check (the ledger,
 * the access log, the keys table, the checkpoint kept beside the file, the auditor's anchors), the
 * entries by kind, and in Korean what the anchors given could not prove.
 */
export interface VerificationResult {
  ok: boolean;
  ledger: LedgerReport;
  accessLog: ChainReport;
  failure: ChainFailure | null;
  kinds: Partial<Record<LedgerKind, number>>;
  /** The heads kept beside the file: matched, absent (nothing to compare), unreadable, or not reached. */
  external: 'matches' | 'missing' | 'unreadable' | 'mismatch';
  unproven: string[];
}

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
  /** At setup · after a ledger entry · at sign-out · hourly while the app runs · when the file is closed (app quit, end of a CLI command). */
  reason: 'setup' | 'entry' | 'sign-out' | 'scheduled' | 'close';
}

/**
 * A person's signature over both chains as they stood: the ledger up to the entry before this one
 * (this entry's prevHash) and the access log up to `accessLog`. Made at the monthly review, at each
 * certificate printout and at each auditor export, with that person's key and password; the
 * installation key alone can therefore not rebuild the history before it unseen.
 */
export interface CheckpointBody {
  purpose: 'review' | 'certificate' | 'export';
  accessLog: { seq: number; hash: string };
  /** review: the month reviewed through; certificate: the serial printed; export: SHA-256 of the bundle's header (docs/ledger-format.md). */
  subject: string;
  signer: SignerInfo;
}

/** A destruction performed and signed, then not approved: its serial is closed, with the reason. */
export interface CancellationBody {
  serial: string;
  requestId: number;
  reason: string;
  cancelledBy: SignerInfo;
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

/**
 * A month of one CCTV recorder's deletion confirmations, closed by the person who signs it: how
 * many recording days, how many confirmed on time, late, or kept by a hold, and the SHA-256 of the
 * confirmations themselves (dates, methods, who), so one entry stands for the month's daily log.
 * Footage and requesters never appear: only the recorder, the rule and counts.
 */
export interface CctvMonthBody {
  recorder: { id: number; name: string };
  month: string;
  rule: { presetId: string; label: string; text: string; basis: string };
  days: number;
  confirmed: number;
  late: number;
  held: number;
  confirmationsDigest: string;
  closedBy: SignerInfo;
}
