import { closeSync, existsSync, fstatSync, fsyncSync, openSync, rmSync, writeSync } from 'node:fs';
import { randomFillSync } from 'node:crypto';

/**
 * Overwrites a file in place with random bytes (synced), then removes it: what a removed backup
 * leaves on the medium is noise, not ciphertext whose key someone might still hold. Returns false
 * when there was no file. (Flash media may keep old blocks elsewhere; the destroyed key is what
 * makes those unreadable.)
 */
export function overwriteAndRemove(path: string): boolean {
  if (!existsSync(path)) return false;
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    const chunk = Buffer.alloc(Math.min(size, 1024 * 1024) || 1);
    for (let written = 0; written < size;) {
      randomFillSync(chunk);
      written += writeSync(fd, chunk, 0, Math.min(chunk.length, size - written), written);
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  rmSync(path);
  return true;
}
