/** `3f2a 91c0 …`: a key fingerprint as printed (the clinic's seal) and shown, in groups of four. */
export function formatFingerprint(keyId: string): string {
  return keyId.match(/.{1,4}/g)?.join(' ') ?? keyId;
}
