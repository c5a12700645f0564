// `npm run vectors`: writes the test vectors of docs/ledger-format.md to docs/ledger-vectors/.
// Run it when the format changes on purpose; the unit suite fails while the files and the code differ.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VECTOR_FILES, buildVectors } from './build.ts';

const dir = join(import.meta.dirname, '../../docs/ledger-vectors');
mkdirSync(dir, { recursive: true });
const vectors = await buildVectors();
for (const [name, file] of Object.entries(VECTOR_FILES)) writeFileSync(join(dir, file), vectors[name as keyof typeof VECTOR_FILES]);
console.log(`docs/ledger-vectors/ 에 ${Object.keys(VECTOR_FILES).length}개 파일을 썼습니다.`);
