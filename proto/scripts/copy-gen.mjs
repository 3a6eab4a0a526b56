// tsc does not copy the generated .js/.d.ts pair, so the build puts them beside the compiled index first.
import { cpSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
mkdirSync(join(root, 'dist', 'gen'), { recursive: true });
for (const name of ['vigil.js', 'vigil.d.ts']) cpSync(join(root, 'src', 'gen', name), join(root, 'dist', 'gen', name));
