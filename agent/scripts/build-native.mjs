// Builds the agent's one native addon (agent/native/vigil_netlink.c) for every Linux architecture the
// agent bundle ships: x64 with the host compiler, arm64 with Debian's cross compiler when present. The
// bundle embeds these binaries, so nothing ever compiles on a monitored server.
//
//   node agent/scripts/build-native.mjs [--require-all]
//
// Output: agent/native/build/linux-<arch>/vigil_netlink.node. --require-all fails when a cross compiler
// is missing (release builds); without it a missing one is reported and skipped.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const source = join(here, '../native/vigil_netlink.c');
const out = join(here, '../native/build');
const requireAll = process.argv.includes('--require-all');

/** Node's own headers (node_api.h, uv.h), as installed with the node binary. */
function nodeIncludeDir() {
  const candidates = [join(dirname(process.execPath), '../include/node'), '/usr/include/node', '/usr/local/include/node'];
  const dir = candidates.find((d) => existsSync(join(d, 'node_api.h')) && existsSync(join(d, 'uv.h')));
  if (!dir) throw new Error(`node headers (node_api.h, uv.h) not found in ${candidates.join(', ')}`);
  return dir;
}

function which(cmd) {
  try {
    return execFileSync('sh', ['-c', 'command -v "$1"', 'sh', cmd], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const targets = [
  { arch: 'x64', cc: process.arch === 'x64' ? 'cc' : 'x86_64-linux-gnu-gcc' },
  { arch: 'arm64', cc: process.arch === 'arm64' ? 'cc' : 'aarch64-linux-gnu-gcc' },
];
let include;
try {
  include = nodeIncludeDir();
} catch (err) {
  // Without Node's headers nothing can be built: the agent then polls /proc and says so in health.
  if (requireAll) throw err;
  process.stderr.write(`build-native: ${err.message}; no netlink addon (the agent will poll /proc)\n`);
  process.stdout.write(`${JSON.stringify({ native: [] })}\n`);
  process.exit(0);
}
const built = [];
for (const t of targets) {
  const file = join(out, `linux-${t.arch}`, 'vigil_netlink.node');
  if (!which(t.cc)) {
    const msg = `build-native: ${t.cc} not found; no linux-${t.arch} addon (Debian: apt-get install gcc-${t.arch === 'arm64' ? 'aarch64' : 'x86-64'}-linux-gnu)`;
    if (requireAll) throw new Error(msg);
    process.stderr.write(`${msg}\n`);
    continue;
  }
  if (existsSync(file) && statSync(file).mtimeMs >= statSync(source).mtimeMs) {
    built.push(file);
    continue;
  }
  mkdirSync(dirname(file), { recursive: true });
  execFileSync(
    t.cc,
    ['-O2', '-Wall', '-Wextra', '-Werror', '-fPIC', '-shared', '-std=gnu11', '-DNODE_GYP_MODULE_NAME=vigil_netlink', `-I${include}`, '-o', file, source],
    { stdio: 'inherit' },
  );
  built.push(file);
}
process.stdout.write(`${JSON.stringify({ native: built })}\n`);
