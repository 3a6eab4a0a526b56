// CI check: no import cycles anywhere in the repository, type-only imports included (a cycle of types
// still ties two files' designs together). Walks every source folder from the root, so a new package or
// app is covered without touching this file. Cycles between packages cannot happen: tsc -b refuses
// circular project references, and lint forbids a library importing an app.
//
//   npm run check:cycles
import madge from 'madge';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = await madge(root, {
  baseDir: root,
  fileExtensions: ['ts', 'mts', 'js', 'mjs'],
  tsConfig: `${root}tsconfig.tests.json`,
  excludeRegExp: [/(^|[\\/])(node_modules|dist|dist-bundle|artifacts|data|coverage|\.git)[\\/]/, /\.d\.ts$/],
  detectiveOptions: { ts: { skipTypeImports: false }, tsx: { skipTypeImports: false }, es6: { skipTypeImports: false } },
});
const files = Object.keys(result.obj()).length;
const cycles = result.circular();
if (cycles.length) {
  process.stderr.write(`import cycles: ${cycles.length} (in ${files} files)\n`);
  for (const cycle of cycles) process.stderr.write(`  ${[...cycle, cycle[0]].join(' -> ')}\n`);
  process.exit(1);
}
process.stdout.write(`import cycles: none in ${files} files\n`);
