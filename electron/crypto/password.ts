import { timingSafeEqual } from 'node:crypto';
import { SCRYPT_PARAMS, newSalt, scrypt } from './scrypt.ts';

const KEY_LENGTH = 32;

/** `scrypt$N$r$p$salt$hash` (base64 parts): self-describing, so parameters can change later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = newSalt();
  const hash = await scrypt(password, salt, KEY_LENGTH, SCRYPT_PARAMS);
  const { N, r, p } = SCRYPT_PARAMS;
  return ['scrypt', N, r, p, salt.toString('base64'), hash.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !N || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(N),
    r: Number(r),
    p: Number(p),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
