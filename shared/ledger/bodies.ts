import { z } from 'zod';
import type { LedgerBodies, LedgerKind, LedgerSignature } from './types.ts';

/**
 * The exact shape of every kind's body, for the verifier: each object closed (an unknown member is
 * refused, as in the bundle itself), each fixed list of values enforced. The type below pairs every
 * kind of `LedgerBodies` with a schema whose output is exactly that body: a member added to a body
 * and not here (or the other way round) is a type error, so the verifier never lags the writer.
 */
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const keyId = z.string().regex(/^[0-9a-f]{32}$/);
const text = z.string();
const id = z.number().int().positive();
const isoInstant = z.string();

const signer = z.strictObject({ userId: id, login: text, name: text, title: text, keyId });
const headOfLog = z.strictObject({ seq: z.number().int().nonnegative(), hash: hex64 });
const personRole = z.enum(['officer', 'admin', 'facilities', 'auditor']);

const attachmentRef = z.strictObject({
  id: text,
  kind: text,
  fileName: text,
  mime: text,
  size: z.number().int().nonnegative(),
  sha256: hex64,
});

const destroyedFile = z.strictObject({
  fileId: id,
  name: text,
  items: text,
  mediaKind: text,
  mediaKindLabel: text,
  location: text,
  createdOn: text,
  countBefore: z.number().int().nonnegative(),
  countDestroyed: z.number().int().nonnegative(),
  countAfter: z.number().int().nonnegative(),
  policy: z.strictObject({ name: text, ruleText: text, basis: text }),
  retentionEnds: text.nullable(),
  destroyBy: text.nullable(),
  recordIdsDigest: hex64,
});

const destructionRecord = z.strictObject({
  serial: text,
  requestId: id,
  clinic: z.strictObject({ name: text, businessNumber: text }),
  files: z.array(destroyedFile),
  method: text,
  methodLabel: text,
  methodBasis: text,
  reason: text,
  reasonLabel: text,
  place: text,
  note: text,
  requestedAt: isoInstant,
  requestedBy: z.strictObject({ userId: id, name: text }),
  performedOn: text,
  performedAt: isoInstant,
  performer: signer,
  attachments: z.array(attachmentRef),
  delayReason: text.optional(),
  performedBeforeRequest: z.literal(true).optional(),
  processors: z.array(z.strictObject({ id, name: text, country: text, parentId: id.nullable() })).optional(),
  records: z
    .strictObject({
      kind: z.literal('reservations'),
      count: z.number().int().nonnegative(),
      firstDate: text,
      lastDate: text,
      idsDigest: hex64,
      processors: z.array(z.strictObject({ processorId: id, name: text, via: text.nullable(), country: text.nullable() })),
    })
    .optional(),
});

/** Identical types, optional members included (mutual assignability would let an optional member be missing). */
type Exact<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type BodySchemas = { readonly [K in LedgerKind]: z.ZodType<LedgerBodies[K]> };
/** The kinds whose schema's output is not exactly their body (not merely assignable to it). */
type Mismatched<S extends BodySchemas> = { [K in LedgerKind]: Exact<z.output<S[K]>, LedgerBodies[K]> extends true ? never : K }[LedgerKind];

const schemas = {
  installation: z.strictObject({ installationId: text, keyId, publicKey: text, clinicName: text }),
  'installation.rotate': z.strictObject({ previousKeyId: keyId, keyId, publicKey: text, reason: text, officer: signer }),
  'key.register': z.strictObject({
    keyId,
    publicKey: text,
    userId: id,
    login: text,
    name: text,
    role: personRole,
    reason: z.enum(['setup', 'account.create', 'password.reset']),
  }),
  'key.revoke': z.strictObject({ keyId, userId: id, reason: z.enum(['password.reset', 'account.disabled']) }),
  'key.rotate': z.strictObject({
    userId: id,
    login: text,
    name: text,
    role: personRole,
    previousKeyId: keyId,
    keyId,
    publicKey: text,
    reason: z.literal('own.password'),
  }),
  destruction: z.strictObject({
    serial: text,
    record: destructionRecord,
    approval: z.strictObject({ approver: signer, approvedOn: text, approvedAt: isoInstant }),
    requireDistinctSigners: z.boolean(),
  }),
  'destruction.correction': z.strictObject({
    serial: text,
    corrects: z.strictObject({ serial: text, seq: id, hash: hex64 }),
    reason: text,
    correction: text,
    officer: signer,
  }),
  'destruction.cancelled': z.strictObject({ serial: text, requestId: id, reason: text, cancelledBy: signer }),
  'audit.seal': z.strictObject({ accessLog: headOfLog, reason: z.enum(['setup', 'entry', 'sign-out', 'scheduled', 'close']) }),
  checkpoint: z.strictObject({
    purpose: z.enum(['review', 'certificate', 'export']),
    accessLog: headOfLog,
    subject: text,
    signer,
  }),
  'policy.signers': z.strictObject({ requireDistinctSigners: z.boolean(), officer: signer }),
  'destruction.processor': z.strictObject({
    destruction: z.strictObject({ serial: text, seq: id, hash: hex64 }),
    requestId: id,
    processor: z.strictObject({ processorId: id, name: text }),
    step: z.enum(['requested', 'confirmed']),
    on: text,
    evidence: attachmentRef.nullable(),
    recordedBy: signer,
  }),
  'download.destruction': z.strictObject({
    downloadId: id,
    fileName: text,
    size: z.number().int().nonnegative(),
    sha256: hex64,
    registeredAt: isoInstant,
    destroyedAt: isoInstant,
    method: text,
    destroyedBy: signer,
  }),
  'cctv.month': z.strictObject({
    recorder: z.strictObject({ id, name: text }),
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    rule: z.strictObject({ presetId: text, label: text, text, basis: text }),
    days: z.number().int().nonnegative(),
    confirmed: z.number().int().nonnegative(),
    late: z.number().int().nonnegative(),
    held: z.number().int().nonnegative(),
    confirmationsDigest: hex64,
    closedBy: signer,
  }),
} satisfies BodySchemas;

const exact: [Mismatched<typeof schemas>] extends [never] ? true : Mismatched<typeof schemas> = true;
void exact;

export const LEDGER_BODY_SCHEMAS: BodySchemas = schemas;

/** An entry's content around its body: exactly these members. */
export const ledgerContentShape = z.strictObject({
  v: z.literal(1),
  seq: id,
  kind: text,
  prevHash: hex64,
  recordedAt: isoInstant,
  body: z.unknown(),
});

export const ledgerSignaturesShape = z.array(
  z.strictObject({
    role: z.enum(['self', 'registrar', 'holder', 'performer', 'approver', 'witness', 'seal']),
    keyId,
    signs: z.enum(['content', 'record']),
    signature: text,
  }),
) satisfies z.ZodType<LedgerSignature[]>;
