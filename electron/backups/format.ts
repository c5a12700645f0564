import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { z } from 'zod';

/**
 * The bytes of a backup file and of its key file (docs: README "Backups").
 *
 * A backup file is `RDBACKUP1\n`, a 4-byte big-endian header length, the header (UTF-8 JSON: which
 * backup, when, the ledger head it holds, the IV), the SQLite file encrypted with AES-256-GCM under
 * the backup's own random key (the header is the additional authenticated data), and the 16-byte tag.
 *
 * The key is kept in the live database (`backups.key`) and, when a recovery sheet has been issued,
 * also beside the backup as `<file>.key`: the backup key wrapped (AES-256-GCM) under a key derived
 * (HKDF-SHA256) from the sheet's recovery code. A dead disk therefore loses no backup: the sheet
 * opens each key file. Expiry destroys the key in the database and overwrites and removes both files.
 */
const MAGIC = Buffer.from('RDBACKUP1\n', 'ascii');
const TAG_BYTES = 16;

export const backupHeader = z.strictObject({
  format: z.literal('retention-desk.backup'),
  version: z.literal(1),
  backupId: z.number().int().positive(),
  createdAt: z.string(),
  madeOn: z.string(),
  recoveryId: z.string().nullable(),
  ledger: z.strictObject({ seq: z.number().int().min(0), hash: z.string() }),
  iv: z.string(),
});
export type BackupHeader = z.infer<typeof backupHeader>;

const keyFileSchema = z.strictObject({
  format: z.literal('retention-desk.backup-key'),
  version: z.literal(1),
  backupId: z.number().int().positive(),
  recoveryId: z.string(),
  iv: z.string(),
  tag: z.string(),
  wrapped: z.string(),
});

export class BackupFormatError extends Error {}

export const newBackupKey = (): Buffer => randomBytes(32);

export function encryptBackup(plain: Buffer, key: Buffer, header: Omit<BackupHeader, 'iv' | 'format' | 'version'>): Buffer {
  const iv = randomBytes(12);
  const full: BackupHeader = { format: 'retention-desk.backup', version: 1, ...header, iv: iv.toString('base64') };
  const headerBytes = Buffer.from(JSON.stringify(full), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(headerBytes);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([MAGIC, length, headerBytes, body, cipher.getAuthTag()]);
}

/** The header of a backup file, readable without its key (which backup it is, whose sheet opens it). */
export function readBackupHeader(bytes: Buffer): { header: BackupHeader; headerBytes: Buffer; body: Buffer } {
  if (bytes.length < MAGIC.length + 4 + TAG_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new BackupFormatError('Retention Desk 백업 파일이 아닙니다.');
  }
  const length = bytes.readUInt32BE(MAGIC.length);
  const start = MAGIC.length + 4;
  if (length > 64 * 1024 || start + length + TAG_BYTES > bytes.length) throw new BackupFormatError('백업 파일의 머리글이 손상되었습니다.');
  const headerBytes = bytes.subarray(start, start + length);
  let parsed;
  try {
    parsed = backupHeader.safeParse(JSON.parse(headerBytes.toString('utf8')));
  } catch {
    throw new BackupFormatError('백업 파일의 머리글을 읽을 수 없습니다.');
  }
  if (!parsed.success) throw new BackupFormatError('백업 파일의 머리글 형식이 올바르지 않습니다.');
  return { header: parsed.data, headerBytes, body: bytes.subarray(start + length) };
}

export function decryptBackup(bytes: Buffer, key: Buffer): { header: BackupHeader; plain: Buffer } {
  const { header, headerBytes, body } = readBackupHeader(bytes);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(header.iv, 'base64'));
    decipher.setAAD(headerBytes);
    decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
    return { header, plain: Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]) };
  } catch {
    throw new BackupFormatError('백업을 열 수 없습니다: 키가 맞지 않거나 파일이 손상되었습니다.');
  }
}

// ─── The recovery code (printed on the sheet) ────────────────────────────────────────────────

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base32: no I, L, O, U

export function newRecoverySecret(): Buffer {
  return randomBytes(20);
}

/** 20 bytes as 32 base32 characters in groups of four: `7K3M-…` (what the sheet prints). */
export function formatRecoveryCode(secret: Buffer): string {
  let bits = '';
  for (const byte of secret) bits += byte.toString(2).padStart(8, '0');
  let code = '';
  for (let i = 0; i < bits.length; i += 5) code += ALPHABET[Number.parseInt(bits.slice(i, i + 5).padEnd(5, '0'), 2)];
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/** The secret back from what someone typed off the sheet (dashes, spaces and case do not matter; O→0, I/L→1). */
export function parseRecoveryCode(text: string): Buffer | null {
  const clean = text.toUpperCase().replaceAll(/[\s-]/g, '').replaceAll('O', '0').replaceAll(/[IL]/g, '1');
  if (clean.length !== 32) return null;
  let bits = '';
  for (const char of clean) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) return null;
    bits += value.toString(2).padStart(5, '0');
  }
  return Buffer.from(Array.from({ length: 20 }, (_, i) => Number.parseInt(bits.slice(i * 8, i * 8 + 8), 2)));
}

/** Names a recovery code without revealing it (printed on the sheet and in each key file). */
export const recoveryIdOf = (secret: Buffer): string => createHash('sha256').update(secret).digest('hex').slice(0, 12);

const wrappingKey = (secret: Buffer): Buffer =>
  Buffer.from(hkdfSync('sha256', secret, Buffer.from('retention-desk'), Buffer.from('backup key wrap v1'), 32));

export function wrapBackupKey(backupId: number, key: Buffer, secret: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey(secret), iv);
  cipher.setAAD(Buffer.from(`backup:${backupId}`));
  const wrapped = Buffer.concat([cipher.update(key), cipher.final()]);
  return `${JSON.stringify({
    format: 'retention-desk.backup-key',
    version: 1,
    backupId,
    recoveryId: recoveryIdOf(secret),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    wrapped: wrapped.toString('base64'),
  })}\n`;
}

export function unwrapBackupKey(text: string, secret: Buffer): { backupId: number; key: Buffer } {
  let parsed;
  try {
    parsed = keyFileSchema.safeParse(JSON.parse(text));
  } catch {
    throw new BackupFormatError('백업 키 파일을 읽을 수 없습니다.');
  }
  if (!parsed.success) throw new BackupFormatError('백업 키 파일의 형식이 올바르지 않습니다.');
  const file = parsed.data;
  if (file.recoveryId !== recoveryIdOf(secret)) {
    throw new BackupFormatError(`이 백업은 다른 복구 시트(${file.recoveryId})로 보호되어 있습니다.`);
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey(secret), Buffer.from(file.iv, 'base64'));
    decipher.setAAD(Buffer.from(`backup:${file.backupId}`));
    decipher.setAuthTag(Buffer.from(file.tag, 'base64'));
    return { backupId: file.backupId, key: Buffer.concat([decipher.update(Buffer.from(file.wrapped, 'base64')), decipher.final()]) };
  } catch {
    throw new BackupFormatError('복구 코드가 맞지 않습니다.');
  }
}
