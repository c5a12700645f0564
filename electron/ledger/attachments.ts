import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/contract/errors.ts';
import { ATTACHMENT_MAX_BYTES, type attachmentUpload } from '../../shared/disposal/contract.ts';
import type { AttachmentRef } from '../../shared/ledger/types.ts';
import type { z } from 'zod';
import type BetterSqlite3 from 'better-sqlite3';
import type { Db } from '../../db/connection.ts';
import type { AttachmentsTable } from '../../db/schema.ts';
import { sha256Hex } from '../crypto/signing.ts';

/** The type is read from the bytes, not taken from the file name or what the renderer claims. */
function sniff(data: Buffer): 'image/jpeg' | 'image/png' | 'application/pdf' | null {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return null;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export interface StoredAttachment extends AttachmentRef {
  data: Buffer;
}

/** Checks an upload (size, real type) and returns what to store; throws a Korean VALIDATION error. */
export function prepareAttachment(upload: z.output<typeof attachmentUpload>, index: number): StoredAttachment {
  const field = `attachments.${index}`;
  if (!BASE64.test(upload.dataBase64)) {
    throw new AppError('VALIDATION', '첨부 파일을 읽을 수 없습니다.', {
      fields: { [field]: `${upload.fileName}: 파일이 손상되었습니다.` },
    });
  }
  const data = Buffer.from(upload.dataBase64, 'base64');
  if (data.length === 0 || data.length > ATTACHMENT_MAX_BYTES) {
    throw new AppError('VALIDATION', '첨부 파일의 크기가 허용 범위를 벗어났습니다.', {
      fields: { [field]: `${upload.fileName}: ${ATTACHMENT_MAX_BYTES / 1024 / 1024}MB 이하의 파일만 첨부할 수 있습니다.` },
    });
  }
  const mime = sniff(data);
  if (!mime) {
    throw new AppError('VALIDATION', '첨부할 수 없는 파일 형식입니다.', {
      fields: { [field]: `${upload.fileName}: 사진(JPEG, PNG)이나 PDF만 첨부할 수 있습니다.` },
    });
  }
  return { id: randomUUID(), kind: upload.kind, fileName: upload.fileName, mime, size: data.length, sha256: sha256Hex(data), data };
}

export async function storeAttachment(
  db: Db,
  requestId: number,
  attachment: StoredAttachment,
  addedBy: number | null,
  now: Date,
): Promise<void> {
  await db
    .insertInto('attachments')
    .values({
      id: attachment.id,
      request_id: requestId,
      kind: attachment.kind as AttachmentsTable['kind'],
      file_name: attachment.fileName,
      mime: attachment.mime,
      size: attachment.size,
      sha256: attachment.sha256,
      data: attachment.data,
      added_by: addedBy,
      added_at: now.toISOString(),
    })
    .execute();
}

export function toRef(row: Pick<AttachmentsTable, 'id' | 'kind' | 'file_name' | 'mime' | 'size' | 'sha256'>): AttachmentRef {
  return { id: row.id, kind: row.kind, fileName: row.file_name, mime: row.mime, size: row.size, sha256: row.sha256 };
}

export async function attachmentRefs(db: Db, requestId: number): Promise<AttachmentRef[]> {
  const rows = await db
    .selectFrom('attachments')
    .select(['id', 'kind', 'file_name', 'mime', 'size', 'sha256'])
    .where('request_id', '=', requestId)
    .orderBy('added_at')
    .orderBy('id')
    .execute();
  return rows.map(toRef);
}

/**
 * SHA-256 of every stored attachment, recomputed from its bytes (not the stored digest column), for
 * verification: an evidence photo replaced in the file no longer matches its signed digest.
 */
export function attachmentDigests(sqlite: BetterSqlite3.Database): Map<string, string> {
  // Read on the raw handle: verification runs inside a call's transaction as well as outside one.
  const rows = sqlite.prepare('SELECT id, data FROM attachments').all() as Array<{ id: string; data: Buffer }>;
  return new Map(rows.map((row) => [row.id, sha256Hex(row.data)]));
}
