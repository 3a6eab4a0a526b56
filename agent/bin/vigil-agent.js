#!/usr/bin/env node
// `vigil-agent` as npm links it into node_modules/.bin: npm links a workspace's bin only if the file exists
// when it installs, and dist/ is built after `npm ci`, so this committed launcher stands in for
// dist/cli/main.js and loads it, or says to build first.
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('vigil-agent: not built yet; run "npm run build" in the repository first\n');
  process.exit(1);
}
await import(main.href);
