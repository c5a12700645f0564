import { closeSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

/**
 * Writes a file whole or not at all: under a temporary name beside it, synced to disk, then put in
 * place in one step. A program killed at any point leaves the old file (or none) and at most the
 * temporary one, never half a file under the real name. `exclusive` refuses to replace a file that
 * exists (the step is then a hard link, which fails instead of overwriting); the error is thrown.
 */
export function writeFileAtomically(path: string, data: string | Uint8Array, options: { exclusive?: boolean } = {}): void {
  const temporary = `${path}.partial`;
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const fd = openSync(temporary, 'w', 0o600);
    try {
      for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.exclusive) {
      linkSync(temporary, path);
      rmSync(temporary);
    } else {
      renameSync(temporary, path);
    }
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
