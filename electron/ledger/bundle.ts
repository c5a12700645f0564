import type { KeyObject } from 'node:crypto';
import { z } from 'zod';
import { NO_ANCHORS, unprovenWithout, type OutsideAnchors } from '../../shared/ledger/anchors.ts';
import { canonicalJson } from '../../shared/ledger/canonical.ts';
import type { AnyLedgerContent, AttachmentRef, ChainFailure, LedgerKind, LedgerReport, LedgerRow } from '../../shared/ledger/types.ts';
import { sha256Hex, signText, verifyText } from '../crypto/signing.ts';
import { checkOutsideAnchors, serialsOf } from './verification.ts';
import { verifyLedger } from './verify.ts';

export const BUNDLE_FORMAT = 'retention-desk.ledger-bundle';
export const BUNDLE_VERSION = 2;

const row = z.strictObject({
  seq: z.number(),
  kind: z.string(),
  serial: z.string().nullable(),
  content: z.string(),
  signatures: z.string(),
  hash: z.string(),
});
const attachment = z.strictObject({ id: z.string(), fileName: z.string(), size: z.number(), sha256: z.string() });

/**
 * What an auditor receives (docs/ledger-format.md): every ledger entry, the clinic header, the list
 * of evidence files, and the head signed by the installation key. The header is covered by the
 * last entry, an export checkpoint signed by the person who exported; the head covers the chain.
 * Nothing else is in it, and nothing in it is unsigned.
 */
const bundleSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  exportedAt: z.string(),
  clinic: z.strictObject({ name: z.string(), businessNumber: z.string() }),
  attachments: z.array(attachment),
  entries: z.array(row),
  head: z.strictObject({ seq: z.number(), hash: z.string(), keyId: z.string(), signature: z.string() }).nullable(),
});

export type LedgerBundle = z.infer<typeof bundleSchema>;
export type BundleHeader = Pick<LedgerBundle, 'exportedAt' | 'clinic' | 'attachments'>;

/** SHA-256 of the bundle's header (format, version, clinic, export time, attachments): the export checkpoint's subject. */
export function headerDigest(header: BundleHeader): string {
  return sha256Hex(
    canonicalJson({
      attachments: header.attachments,
      clinic: header.clinic,
      exportedAt: header.exportedAt,
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
    }),
  );
}

/** The bytes the installation key signs for the head: the last entry's seq and hash, and the format. */
export function headText(head: { seq: number; hash: string }): string {
  return canonicalJson({ format: BUNDLE_FORMAT, hash: head.hash, seq: head.seq, version: BUNDLE_VERSION });
}

export function attachmentManifest(
  refs: Iterable<Pick<AttachmentRef, 'id' | 'fileName' | 'size' | 'sha256'>>,
): LedgerBundle['attachments'] {
  // Once per file, however many entries name it.
  const byId = new Map([...refs].map((a) => [a.id, a]));
  return [...byId.values()]
    .map((a) => ({ id: a.id, fileName: a.fileName, size: a.size, sha256: a.sha256 }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The evidence files an entry signed: a destruction's photos and documents, a processor's confirmation. */
export function evidenceOf(content: AnyLedgerContent): readonly AttachmentRef[] {
  if (content.kind === 'destruction') return content.body.record.attachments;
  if (content.kind === 'destruction.processor' && content.body.evidence) return [content.body.evidence];
  return [];
}

/** The bundle of `rows`, whose last entry must be the export checkpoint over `header`; the head signed by the installation key. */
export function buildBundle(options: {
  rows: LedgerRow[];
  header: BundleHeader;
  installationKey: { keyId: string; privateKey: KeyObject };
}): LedgerBundle {
  const last = options.rows.at(-1);
  if (!last) throw new Error('an empty ledger has nothing to export');
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    ...options.header,
    entries: options.rows.map(({ seq, kind, serial, content, signatures, hash }) => ({ seq, kind, serial, content, signatures, hash })),
    head: {
      seq: last.seq,
      hash: last.hash,
      keyId: options.installationKey.keyId,
      signature: signText(options.installationKey.privateKey, headText(last)),
    },
  };
}

/** Canonical JSON and a line end: two exports of the same ledger differ only where they must. */
export function serializeBundle(bundle: LedgerBundle): string {
  return `${canonicalJson(bundle)}\n`;
}

/** The clinic the ledger itself last named: the newest destruction record's, else the installation's. */
function clinicOfLedger(entries: readonly LedgerRow[]): string | null {
  for (const entry of [...entries].reverse()) {
    const content = JSON.parse(entry.content) as AnyLedgerContent;
    if (content.kind === 'destruction') return content.body.record.clinic.name;
    if (content.kind === 'installation') return content.body.clinicName || null;
  }
  return null;
}

/** A bundle's report: the ledger's, and what an auditor reads off it. */
export type BundleReport =
  | (Extract<LedgerReport, { ok: true }> & {
      signedHead: boolean;
      exportedAt: string;
      exportedBy: { name: string; login: string; keyId: string } | null;
      installationKeyIds: string[];
      kinds: Partial<Record<LedgerKind, number>>;
      /** Korean sentences: what the anchors given could not prove (empty when all were given). */
      unproven: string[];
    })
  | ChainFailure;

const fail = (entry: number, code: string, reason: string): ChainFailure => ({ ok: false, chain: 'ledger', entry, code, reason });

// ignoreBOM keeps a byte-order mark in the text, where the canonical form refuses it like any other added byte.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Verifies a bundle with nothing but the bundle (and what the auditor brings): the exact bytes
 * (strict UTF-8, canonical JSON — no duplicate or unknown keys), the chain from its first entry with
 * every signature, the export checkpoint over the header, the head signed by the installation key
 * current at the end of the chain, the evidence list against the signed records, and the anchors.
 * A file that is not a bundle is reported, not thrown.
 */
export function verifyBundle(
  input: string | Uint8Array,
  options: { anchors?: OutsideAnchors; allowUnsignedHead?: boolean } = {},
): BundleReport {
  try {
    return checkBundle(input, options);
  } catch {
    // Whatever a crafted file holds, it is reported, never thrown.
    return fail(0, 'MALFORMED', '묶음의 내용이 형식에 맞지 않습니다.');
  }
}

function checkBundle(input: string | Uint8Array, options: { anchors?: OutsideAnchors; allowUnsignedHead?: boolean }): BundleReport {
  let text: string;
  try {
    text = typeof input === 'string' ? input : UTF8.decode(input);
  } catch {
    return fail(0, 'NOT_UTF8', '감사용 묶음이 올바른 UTF-8이 아닙니다(파일이 바뀌었거나 손상되었습니다).');
  }
  if (text.startsWith('\uFEFF')) {
    return fail(0, 'NOT_CANONICAL', '묶음 앞에 BOM(바이트 순서 표시)이 붙어 있습니다(내보낸 뒤에 다른 프로그램으로 저장한 파일입니다).');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail(0, 'NOT_A_BUNDLE', '감사용 묶음 파일을 읽을 수 없습니다(JSON 형식이 아닙니다).');
  }
  const bundle = bundleSchema.safeParse(parsed);
  if (!bundle.success) {
    const version = (parsed as { version?: unknown } | null)?.version;
    return typeof version === 'number' && version !== BUNDLE_VERSION
      ? fail(0, 'UNSUPPORTED_VERSION', `이 프로그램이 검증할 수 없는 형식(버전 ${version})의 묶음입니다.`)
      : fail(0, 'NOT_A_BUNDLE', 'Retention Desk 감사용 묶음 형식이 아닙니다(알 수 없는 항목이 있거나 필요한 항목이 없습니다).');
  }
  let canonical: string;
  try {
    canonical = serializeBundle(bundle.data);
  } catch {
    return fail(0, 'NOT_A_BUNDLE', 'Retention Desk 감사용 묶음 형식이 아닙니다.');
  }
  if (canonical !== text) {
    return fail(0, 'NOT_CANONICAL', '묶음이 정규화된 JSON이 아닙니다(같은 이름의 항목이 두 번 있거나, 파일이 내보낸 뒤에 고쳐졌습니다).');
  }
  const { entries, head, attachments } = bundle.data;
  const verification = verifyLedger(entries);
  const report = verification.report;
  if (!report.ok) return report;
  const last = entries.at(-1);
  if (!last || !report.head) return fail(0, 'EMPTY', '묶음에 관리대장 항목이 없습니다.');

  let exportedBy: { name: string; login: string; keyId: string } | null = null;
  try {
    const lastContent = JSON.parse(last.content) as AnyLedgerContent;
    if (lastContent.kind !== 'checkpoint' || lastContent.body.purpose !== 'export') {
      return fail(
        last.seq,
        'HEADER_UNSIGNED',
        '묶음의 마지막 항목이 내보내기 확인 서명이 아닙니다(기관·내보낸 시각·첨부 목록이 서명되지 않았거나 뒷부분이 잘렸습니다).',
      );
    }
    if (lastContent.body.subject !== headerDigest(bundle.data) || lastContent.recordedAt !== bundle.data.exportedAt) {
      return fail(last.seq, 'HEADER_MISMATCH', '묶음의 기관·내보낸 시각·첨부 목록이 내보낸 사람이 서명한 내용과 다릅니다.');
    }
    const { signer } = lastContent.body;
    exportedBy = { name: signer.name, login: signer.login, keyId: signer.keyId };
  } catch {
    return fail(last.seq, 'MALFORMED', '묶음의 마지막 항목을 읽을 수 없습니다.');
  }

  if (head === null) {
    if (!options.allowUnsignedHead) {
      return fail(
        0,
        'UNSIGNED_HEAD',
        '묶음 끝에 설치 키의 서명이 없습니다. 뒷부분이 잘렸어도 알 수 없으므로 검증하지 않습니다(--allow-unsigned-head로 내용만 확인할 수 있습니다).',
      );
    }
  } else {
    const installation = verification.state.keys.get(head.keyId);
    if (head.keyId !== verification.state.installationKeyId || !installation || installation.revokedAt !== null) {
      return fail(
        head.seq,
        'HEAD_KEY_INVALID',
        '묶음 끝의 서명이 이 관리대장의 현재 설치 키로 한 서명이 아닙니다(폐기된 키이거나 다른 키입니다).',
      );
    }
    if (head.seq !== report.head.seq || head.hash !== report.head.hash) {
      return fail(head.seq, 'BUNDLE_CUT', `묶음을 만들 때의 마지막 ${head.seq}번 항목까지 들어 있지 않습니다(뒷부분이 잘렸습니다).`);
    }
    if (!verifyText(installation.publicKey, headText(head), head.signature)) {
      return fail(head.seq, 'HEAD_SIGNATURE_INVALID', '묶음 끝의 서명이 설치 키의 서명이 아닙니다(묶음이 바뀌었습니다).');
    }
  }

  const signedAttachments = new Map<string, { ref: AttachmentRef; seq: number }>();
  for (const entry of entries) {
    const content = JSON.parse(entry.content) as AnyLedgerContent;
    for (const ref of evidenceOf(content)) signedAttachments.set(ref.id, { ref, seq: content.seq });
  }
  for (const listed of attachments) {
    const signed = signedAttachments.get(listed.id);
    if (!signed || signed.ref.sha256 !== listed.sha256 || signed.ref.size !== listed.size || signed.ref.fileName !== listed.fileName) {
      return fail(signed?.seq ?? 0, 'ATTACHMENT_MISMATCH', `묶음에 적힌 첨부 ${listed.fileName}이(가) 서명된 항목의 첨부와 다릅니다.`);
    }
    signedAttachments.delete(listed.id);
  }
  const [missing] = signedAttachments.values();
  if (missing)
    return fail(missing.seq, 'ATTACHMENT_MISSING', `서명된 항목의 첨부 ${missing.ref.fileName}이(가) 묶음의 첨부 목록에 없습니다.`);

  const anchors = options.anchors ?? NO_ANCHORS;
  const outside = checkOutsideAnchors(verification, serialsOf(entries), anchors);
  if (outside) return outside;
  const unproven = unprovenWithout(anchors);
  if (head === null) unproven.unshift('묶음 끝에 설치 키의 서명이 없어 뒷부분이 잘리지 않았는지 증명되지 않았습니다.');
  const signedClinic = clinicOfLedger(entries);
  if (signedClinic !== null && signedClinic !== bundle.data.clinic.name) {
    unproven.push(
      `묶음 머리의 기관명 ‘${bundle.data.clinic.name}’은(는) 내보낸 사람이 서명한 것이고, 관리대장에 마지막으로 서명된 기관명은 ‘${signedClinic}’입니다: 같은 기관인지 확인해 주세요.`,
    );
  }
  return {
    ...report,
    signedHead: head !== null,
    exportedAt: bundle.data.exportedAt,
    exportedBy,
    installationKeyIds: verification.state.installationKeyIds,
    kinds: verification.kinds,
    unproven,
  };
}
