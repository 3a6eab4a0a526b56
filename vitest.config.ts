// One vitest run for the whole repo: "unit" (tests beside the code, in-process) and
// "e2e" (tests/, with tests/regression/: real processes, namespaces, systemd, Chromium; one file at a time).
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { readdirSync, existsSync } from 'node:fs';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Resolve @vigil/* to TypeScript sources so unit tests never run stale builds.
const alias: Record<string, string> = { '@vigil/proto': here('./proto/src/index.ts') };
for (const name of readdirSync(here('./packages'))) {
  if (existsSync(here(`./packages/${name}/src/index.ts`))) alias[`@vigil/${name}`] = here(`./packages/${name}/src/index.ts`);
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['{proto,packages/*,agent,collector}/src/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
