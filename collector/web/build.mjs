// Builds the web page into collector/dist/web with esbuild: one bundled script, the stylesheet and
// index.html. No CDN, nothing fetched at run time, so the page works offline.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const out = here('../dist/web/');
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [here('./src/main.ts')],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  outfile: `${out}app.js`,
  logLevel: 'warning',
});
copyFileSync(here('./index.html'), `${out}index.html`);
copyFileSync(here('./style.css'), `${out}style.css`);
