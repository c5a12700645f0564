import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../electron/files.ts';
import { tempDir } from '../../support/tempdb.ts';

let dir: ReturnType<typeof tempDir>;
afterEach(() => dir.cleanup());

describe('writing a file whole or not at all', () => {
  it('puts the whole text under the real name and leaves no temporary file', () => {
    dir = tempDir();
    const path = join(dir.dir, '관리대장_감사용.json');
    writeFileAtomically(path, '{"감사":"묶음"}\n');
    expect(readFileSync(path, 'utf8')).toBe('{"감사":"묶음"}\n');
    expect(readdirSync(dir.dir)).toEqual(['관리대장_감사용.json']);
  });

  it('replaces an existing file in one step, or refuses to when asked to be exclusive (the existing file untouched)', () => {
    dir = tempDir();
    const path = join(dir.dir, 'bundle.json');
    writeFileSync(path, '이전 묶음');
    writeFileAtomically(path, '새 체크포인트');
    expect(readFileSync(path, 'utf8')).toBe('새 체크포인트');
    expect(() => writeFileAtomically(path, '덮어쓰기', { exclusive: true })).toThrow(/EEXIST/);
    expect(readFileSync(path, 'utf8')).toBe('새 체크포인트');
    expect(existsSync(`${path}.partial`)).toBe(false);
  });
});
