/** The signed ledger's entry format; DESIGN.md "Signing and the ledger". */

export const GENESIS_HASH = '0'.repeat(64);

export const LEDGER_KINDS = ['installation', 'key.register', 'key.revoke', 'destruction', 'destruction.correction'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/** What is hashed and signed (as RFC 8785 canonical JSON). */
export interface LedgerContent<B = Record<string, unknown>> {
  v: 1;
  seq: number;
  kind: LedgerKind;
  prevHash: string;
  recordedAt: string;
  body: B;
}

/**
 * - `self`: the installation key vouching for itself (the first entry);
 * - `registrar`: who registers or revokes a key (the installation key at setup, else an officer);
 * - `performer` / `approver`: the two people of a destruction.
 * `signs` says which bytes were signed: the whole content, or only `body.record` (the performer
 * signs the destruction record before the approver's approval exists).
 */
export type SignatureRole = 'self' | 'registrar' | 'performer' | 'approver';

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

/** A stored row, as the database and an exported bundle both hold it. */
export interface LedgerRow {
  seq: number;
  kind: string;
  serial: string | null;
  content: string;
  signatures: string;
  hash: string;
}
