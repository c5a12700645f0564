import { timingSafeEqual } from 'node:crypto';
import { SCRYPT_PARAMS, newSalt, scrypt, weakerThan, type ScryptParams } from './scrypt.ts';

const KEY_LENGTH = 32;

/** `scrypt$N$r$p$salt$hash` (base64 parts): self-describing, so parameters can change later. */
export async function hashPassword(password: string, params: ScryptParams = SCRYPT_PARAMS): Promise<string> {
  const salt = newSalt();
  const hash = await scrypt(password, salt, KEY_LENGTH, params);
  const { N, r, p } = params;
  return ['scrypt', N, r, p, salt.toString('base64'), hash.toString('base64')].join('$');
}

function parse(stored: string): { params: ScryptParams; salt: Buffer; hash: Buffer } | null {
  const [scheme, N, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !N || !r || !p || !salt || !hash) return null;
  const params = { N: Number(N), r: Number(r), p: Number(p) };
  if (![params.N, params.r, params.p].every(Number.isSafeInteger)) return null;
  return { params, salt: Buffer.from(salt, 'base64'), hash: Buffer.from(hash, 'base64') };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const actual = await scrypt(password, parsed.salt, parsed.hash.length, parsed.params);
  return actual.length === parsed.hash.length && timingSafeEqual(actual, parsed.hash);
}

/** Whether a stored hash was made with less work than `target` asks for (it is then redone at sign-in). */
export function needsRehash(stored: string, target: ScryptParams = SCRYPT_PARAMS): boolean {
  const parsed = parse(stored);
  return parsed !== null && weakerThan(parsed.params, target);
}
