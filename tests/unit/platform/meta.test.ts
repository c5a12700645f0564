import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resources } from '../../../shared/domains.ts';
import { APP_VERSION } from '../../../shared/version.ts';

function leaves(value: unknown, path = ''): Array<[string, unknown]> {
  if (typeof value !== 'object' || value === null) return [[path, value]];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
}

describe('project facts', () => {
  it('APP_VERSION is the version in package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(APP_VERSION).toBe(pkg.version);
  });

  it('English has exactly the keys of Korean, and no string is empty', () => {
    const ko = leaves(resources('ko'));
    const en = leaves(resources('en'));
    expect(en.map(([key]) => key)).toEqual(ko.map(([key]) => key));
    for (const [key, text] of [...ko, ...en]) expect(text, key).toMatch(/\S/);
  });
});
