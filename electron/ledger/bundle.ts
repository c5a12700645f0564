import { z } from 'zod';
import { canonicalJson } from '../../shared/ledger/canonical.ts';
import { formatFingerprint } from '../../shared/ledger/fingerprint.ts';
import type { AnyLedgerContent, LedgerReport, LedgerRow } from '../../shared/ledger/types.ts';
import type { KeyObject } from 'node:crypto';
import { signText, verifyText } from '../crypto/signing.ts';
import { verifyLedgerRows } from './verify.ts';

export const BUNDLE_FORMAT = 'retention-desk.ledger-bundle';

/** What an auditor receives: everything needed to verify, nothing else (no personal data, no blobs). */
const bundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  clinic: z.object({ name: z.string(), businessNumber: z.string() }),
  installation: z.object({ keyId: z.string(), fingerprint: z.string(), publicKey: z.string() }).nullable(),
  keys: z.array(
    z.object({
      keyId: z.string(),
      publicKey: z.string(),
      userId: z.number(),
      name: z.string(),
      role: z.string(),
      registeredAt: z.number(),
    }),
  ),
  /** The last entry at export, signed by the installation key: a bundle with its tail cut no longer matches. */
  head: z.object({ seq: z.number(), hash: z.string(), exportedAt: z.string(), keyId: z.string(), signature: z.string() }).nullable(),
  entries: z.array(
    z.object({
      seq: z.number(),
      kind: z.string(),
      serial: z.string().nullable(),
      content: z.string(),
      signatures: z.string(),
      hash: z.string(),
    }),
  ),
  attachments: z.array(z.object({ id: z.string(), fileName: z.string(), sha256: z.string(), size: z.number() })),
});

export type LedgerBundle = z.infer<typeof bundleSchema>;

function headText(head: { seq: number; hash: string; exportedAt: string }): string {
  return canonicalJson({ seq: head.seq, hash: head.hash, exportedAt: head.exportedAt });
}

export function buildBundle(options: {
  rows: LedgerRow[];
  clinic: { name: string; businessNumber: string };
  attachments: LedgerBundle['attachments'];
  exportedAt: Date;
  /** The installation key, where this program can open it; without it the head is left unsigned. */
  installationKey?: { keyId: string; privateKey: KeyObject } | null;
}): LedgerBundle {
  const keys: LedgerBundle['keys'] = [];
  let installation: LedgerBundle['installation'] = null;
  for (const row of options.rows) {
    const content = JSON.parse(row.content) as AnyLedgerContent;
    if (content.kind === 'installation') {
      const { keyId, publicKey } = content.body;
      installation = { keyId: String(keyId), fingerprint: formatFingerprint(String(keyId)), publicKey: String(publicKey) };
    }
    if (content.kind === 'key.register') {
      const { body } = content;
      keys.push({
        keyId: body.keyId,
        publicKey: body.publicKey,
        userId: body.userId,
        name: body.name,
        role: body.role,
        registeredAt: content.seq,
      });
    }
  }
  const exportedAt = options.exportedAt.toISOString();
  const last = options.rows.at(-1);
  const key = options.installationKey;
  const head =
    last && key
      ? {
          seq: last.seq,
          hash: last.hash,
          exportedAt,
          keyId: key.keyId,
          signature: signText(key.privateKey, headText({ seq: last.seq, hash: last.hash, exportedAt })),
        }
      : null;
  return {
    format: BUNDLE_FORMAT,
    version: 1,
    exportedAt,
    clinic: options.clinic,
    installation,
    keys,
    head,
    entries: options.rows,
    attachments: options.attachments,
  };
}

export function serializeBundle(bundle: LedgerBundle): string {
  // Canonical, so two exports of the same ledger are byte-identical apart from exportedAt.
  return `${canonicalJson(bundle)}\n`;
}

/**
 * Verifies a bundle with nothing but the bundle: the chain from its first entry, every signature,
 * and that the installation fingerprint it announces is the one its first entry establishes.
 * A file that is not a bundle is reported, not thrown.
 */
export function verifyBundle(text: string): LedgerReport {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {
      ok: false,
      chain: 'ledger',
      entry: 0,
      code: 'NOT_A_BUNDLE',
      reason: '감사용 묶음 파일을 읽을 수 없습니다(JSON 형식이 아닙니다).',
    };
  }
  const bundle = bundleSchema.safeParse(parsed);
  if (!bundle.success) {
    return { ok: false, chain: 'ledger', entry: 0, code: 'NOT_A_BUNDLE', reason: 'Retention Desk 감사용 묶음 형식이 아닙니다.' };
  }
  const report = verifyLedgerRows(bundle.data.entries);
  if (!report.ok) return report;
  let summaries: LedgerReport | null;
  try {
    summaries = checkSummaries(bundle.data);
  } catch {
    return fail(0, 'MALFORMED', '묶음의 항목 내용이 형식에 맞지 않습니다.');
  }
  if (summaries) return summaries;
  const { head, installation } = bundle.data;
  if (head === null) return { ...report, signedHead: false };
  const signedByInstallation = installation !== null && head.keyId === installation.keyId;
  if (!signedByInstallation || !verifyText(installation.publicKey, headText(head), head.signature)) {
    return fail(0, 'HEAD_SIGNATURE_INVALID', '묶음 끝의 서명이 설치 키의 서명이 아닙니다(묶음이 바뀌었습니다).');
  }
  if (report.head?.seq !== head.seq || report.head.hash !== head.hash) {
    return fail(head.seq, 'BUNDLE_CUT', `묶음을 만들 때의 마지막 ${head.seq}번 항목까지 들어 있지 않습니다(뒷부분이 잘렸습니다).`);
  }
  return { ...report, signedHead: true };
}

function fail(entry: number, code: string, reason: string): LedgerReport {
  return { ok: false, chain: 'ledger', entry, code, reason };
}

/**
 * The bundle's readable summaries (the seal fingerprint an auditor compares with a certificate,
 * the key list, the evidence digests) must say what the verified entries say; otherwise the bundle
 * was edited after export.
 */
function checkSummaries(bundle: LedgerBundle): LedgerReport | null {
  const derived = buildBundle({
    rows: bundle.entries,
    clinic: bundle.clinic,
    attachments: [],
    exportedAt: new Date(0),
    installationKey: null,
  });
  if (canonicalJson(derived.installation) !== canonicalJson(bundle.installation)) {
    return fail(1, 'INSTALLATION_MISMATCH', '묶음에 적힌 기관 인장 지문·설치 공개키가 첫 항목의 설치 키와 다릅니다.');
  }
  if (canonicalJson(derived.keys) !== canonicalJson(bundle.keys)) {
    return fail(0, 'KEYS_MISMATCH', '묶음의 서명 키 목록이 관리대장의 키 등록 항목과 다릅니다.');
  }
  const signed = new Map<string, { sha256: string; seq: number }>();
  for (const row of bundle.entries) {
    const content = JSON.parse(row.content) as AnyLedgerContent;
    if (content.kind !== 'destruction') continue;
    for (const attachment of content.body.record.attachments) signed.set(attachment.id, { sha256: attachment.sha256, seq: content.seq });
  }
  for (const attachment of bundle.attachments) {
    const expected = signed.get(attachment.id);
    if (expected && expected.sha256 !== attachment.sha256) {
      return fail(expected.seq, 'ATTACHMENT_MISMATCH', `묶음에 적힌 첨부 ${attachment.fileName}의 해시가 서명된 항목과 다릅니다.`);
    }
  }
  return null;
}
