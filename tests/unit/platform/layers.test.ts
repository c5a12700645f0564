import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseSync } from 'oxc-parser';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

/** Every file `entry` reaches through its relative imports (type-only imports included). */
function reachable(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const { module } = parseSync(entry, readFileSync(entry, 'utf8'));
  for (const specifier of module.staticImports.map((i) => i.moduleRequest.value)) {
    if (specifier.startsWith('.')) reachable(resolve(dirname(entry), specifier), seen);
  }
  return seen;
}

const filesOf = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(ROOT, dir, name));

describe('the pure libraries of shared/', () => {
  // Dates, periods and formats are used by every domain, the CLI and printouts; the words of the
  // screens depend on them, never the other way round.
  for (const library of ['shared/dates', 'shared/periods', 'shared/formats']) {
    it(`${library} reaches no message catalogue and no domain`, () => {
      const reached = filesOf(library).flatMap((file) => [...reachable(file)].map((path) => relative(ROOT, path)));
      const catalogues = reached.filter((path) => /messages\.ts$|^shared\/i18n\/|^shared\/domains\.ts$|\/contract\.ts$/.test(path));
      expect(catalogues).toEqual([]);
      expect(reached.every((path) => path.startsWith('shared/'))).toBe(true);
    });
  }
});
