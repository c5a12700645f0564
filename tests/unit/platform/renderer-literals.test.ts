import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSync, Visitor } from 'oxc-parser';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;

/** Korean written straight into UI code (strings, template text, JSX text); comments are not code. */
export function koreanLiterals(fileName: string, source: string): Array<{ line: number; text: string }> {
  const found: Array<{ line: number; text: string }> = [];
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  const check = (text: string, start: number) => {
    if (HANGUL.test(text)) found.push({ line: lineOf(start), text: text.trim().slice(0, 60) });
  };
  const { program, errors } = parseSync(fileName, source);
  if (errors.length > 0) throw new Error(`${fileName}: ${errors[0]?.message ?? 'parse error'}`);
  new Visitor({
    Literal: (node) => {
      if (typeof node.value === 'string') check(node.value, node.start);
    },
    TemplateElement: (node) => check(node.value.raw, node.start),
    JSXText: (node) => check(node.value, node.start),
  }).visit(program);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

describe('the renderer speaks through its message catalogues', () => {
  it('finds a Korean word written in a component, and ignores one in a comment', () => {
    const page = `// 주석은 괜찮습니다\nexport const A = () => <p title="저장">{'확인'} 안내 {\`총 \${1}건\`}</p>;\n`;
    expect(koreanLiterals('page.tsx', page).map((hit) => hit.text)).toEqual(['저장', '확인', '안내', '총', '건']);
  });

  it('has no Korean literal in any renderer file: words live in shared/<domain>/messages.ts', () => {
    const hits = sourceFiles(join(ROOT, 'renderer')).flatMap((file) =>
      koreanLiterals(file, readFileSync(file, 'utf8')).map((hit) => `${relative(ROOT, file)}:${hit.line} ${hit.text}`),
    );
    expect(hits).toEqual([]);
  });
});
