// Bundles the built agent (agent/dist, after `npm run build`) and every dependency, including the generated
// protocol code, into ONE ES module a server runs with its own Node >= 20 and no `npm install`.
//
//   node agent/scripts/bundle.mjs [--version V] [--out FILE]
//
// --version stamps another version into the bundle (release builds, upgrade tests); it defaults to the
// agent's VERSION. The bundle's second line names its version so `vigil-collector bundle publish` reads it.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const { values } = parseArgs({ options: { version: { type: 'string' }, out: { type: 'string' } }, strict: true });

const entry = here('../dist/cli/main.js');
const versionFile = here('../dist/version.js');
const builtVersion = /VERSION = '([^']+)'/.exec(readFileSync(versionFile, 'utf8'))?.[1];
if (!builtVersion) throw new Error(`cannot read VERSION from ${versionFile}; run npm run build first`);
const version = values.version ?? builtVersion;
if (!/^[0-9A-Za-z.+-]{1,64}$/.test(version)) throw new Error(`--version must match [0-9A-Za-z.+-]{1,64}: ${version}`);
const outfile = resolve(values.out ?? here('../dist-bundle/vigil-agent.mjs'));
mkdirSync(dirname(outfile), { recursive: true });

// The netlink addon for every architecture that was built (agent/scripts/build-native.mjs), embedded so the
// bundle's signature covers it; agent/src/sensors/kernel/native.ts writes the right one out before loading.
const native = {};
for (const arch of ['x64', 'arm64']) {
  const file = here(`../native/build/linux-${arch}/vigil_netlink.node`);
  if (existsSync(file)) native[arch] = readFileSync(file).toString('base64');
  else process.stderr.write(`bundle: no linux-${arch} netlink addon (${file}); agents on ${arch} will poll /proc\n`);
}

/** Replaces dist/version.js so the bundle reports exactly the stamped version on the wire. */
const stampVersion = {
  name: 'vigil-version',
  setup(b) {
    b.onLoad({ filter: /[\\/]agent[\\/]dist[\\/]version\.js$/ }, () => ({
      contents: `export const VERSION = ${JSON.stringify(version)};\n`,
      loader: 'js',
    }));
  },
};

await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  minify: true,
  keepNames: true,
  legalComments: 'inline',
  // ws loads these native speed-ups only if installed; the bundle runs without them.
  // systeminformation probes an optional macOS helper that never exists on Linux.
  external: ['bufferutil', 'utf-8-validate', 'osx-temperature-sensor'],
  // Bundled CommonJS packages (ws, systeminformation, pino) call require() for Node built-ins.
  banner: {
    js: [
      `// vigil-agent ${version}: single-file bundle of the Vigil agent (Apache-2.0); run with node >= 20.`,
      "import { createRequire as __vigilCreateRequire } from 'node:module';",
      'const require = __vigilCreateRequire(import.meta.url);',
      // Runs before any bundled module: an old node fails with this line, not with a stack trace.
      "if (Number(process.versions.node.split('.')[0]) < 20) { process.stderr.write(`vigil-agent needs Node.js >= 20; this is ${process.versions.node}\\n`); process.exit(1); }",
    ].join('\n'),
  },
  define: { __VIGIL_NATIVE__: JSON.stringify(native) },
  plugins: [stampVersion],
  logLevel: 'warning',
});
chmodSync(outfile, 0o755);
const bytes = readFileSync(outfile);
process.stdout.write(
  `${JSON.stringify({ file: outfile, version, native: Object.keys(native), bytes: statSync(outfile).size, sha256: createHash('sha256').update(bytes).digest('hex') })}\n`,
);
