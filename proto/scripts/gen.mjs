// Regenerates the protobufjs static code from vigil/v1/vigil.proto, or with --check
// fails when the committed code in src/gen differs from what the schema produces.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const require = createRequire(import.meta.url);
const cliDir = dirname(require.resolve('protobufjs-cli/package.json'));
const pbjs = join(cliDir, 'bin', 'pbjs');
const pbts = join(cliDir, 'bin', 'pbts');
const schema = join(root, 'vigil', 'v1', 'vigil.proto');
const outDir = join(root, 'src', 'gen');
const check = process.argv.includes('--check');

const work = mkdtempSync(join(tmpdir(), 'vigil-proto-'));
try {
  const js = join(work, 'vigil.js');
  const dts = join(work, 'vigil.d.ts');
  execFileSync(process.execPath, [pbjs, '-t', 'static-module', '-w', 'es6', '--no-verify', '--no-delimited', '--no-service', '-o', js, schema], {
    stdio: 'inherit',
  });
  // pbjs' es6 wrapper imports "protobufjs/minimal"; Node's ESM resolver needs the explicit file.
  writeFileSync(js, readFileSync(js, 'utf8').replace(/from "protobufjs\/minimal"/g, 'from "protobufjs/minimal.js"'));
  execFileSync(process.execPath, [pbts, '-o', dts, js], { stdio: 'inherit' });
  let stale = [];
  for (const name of ['vigil.js', 'vigil.d.ts']) {
    const fresh = readFileSync(join(work, name), 'utf8');
    if (check) {
      let old = '';
      try {
        old = readFileSync(join(outDir, name), 'utf8');
      } catch {
        /* missing counts as stale */
      }
      if (old !== fresh) stale.push(name);
    } else {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, name), fresh);
    }
  }
  if (stale.length > 0) {
    console.error(`proto: generated code is stale (${stale.join(', ')}); run "npm run proto:gen" and commit proto/src/gen`);
    process.exit(1);
  }
  console.log(check ? 'proto: generated code is current' : `proto: wrote ${outDir}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
