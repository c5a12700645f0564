import { randomBytes, scrypt as scryptCallback } from 'node:crypto';

/**
 * scrypt parameters (N = 2^15, r = 8, p = 1): about 32 MiB and tens of milliseconds per
 * derivation — slow for a password guesser, unnoticeable for a person signing in. They are
 * stored beside every hash and sealed key, so they can be raised later without breaking old rows.
 */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

export const SCRYPT_PARAMS: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };

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
