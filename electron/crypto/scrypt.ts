import { randomBytes, scrypt as scryptCallback } from 'node:crypto';

/**
 * scrypt cost for new password hashes and sealed keys (N = 2^17, r = 8, p = 1): 128 MiB and a
 * few hundred milliseconds per derivation — slow for a guesser with a stolen file, bearable for a
 * person who signs in or signs an entry. The parameters are stored beside every hash and sealed
 * key, so older, cheaper rows still open and are upgraded at the next sign-in.
 */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

export const SCRYPT_PARAMS: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };

/** True when a stored derivation is cheaper than `target` (it is then redone with `target`). */
export function weakerThan(stored: ScryptParams, target: ScryptParams): boolean {
  return stored.N < target.N || stored.r < target.r || stored.p < target.p;
}

export function scrypt(password: string, salt: Buffer, length: number, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(password.normalize('NFC'), salt, length, { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export function newSalt(): Buffer {
  return randomBytes(16);
}
