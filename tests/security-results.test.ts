// SECURITY.md's tables are kept true by this suite (issue 14): every test file they name exists, every test
// title they quote beside a file is in that file, every fuzz target and every fault-injection suite in the
// tree has its row. A renamed test or a new fault suite without a row fails here.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const doc = readFileSync(join(root, 'SECURITY.md'), 'utf8');

/** Repository paths of tests the document names (`a/b.test.ts`), in order of appearance. */
const named = [...doc.matchAll(/`((?:agent|collector|proto|packages|tests|scripts)\/[\w./-]+\.(?:test\.ts|ts|mjs))`/g)].map((m) => m[1]!);

/** Each named test file with the titles quoted right after it: `file` "title", "title" ... */
function quotedTitles(): Array<{ file: string; title: string }> {
  const out: Array<{ file: string; title: string }> = [];
  for (const m of doc.matchAll(/`((?:agent|collector|proto|packages|tests)\/[\w./-]+\.test\.ts)`((?:\s*,?\s*"[^"\n]+")+)/g)) {
    for (const t of m[2]!.matchAll(/"([^"\n]+)"/g)) out.push({ file: m[1]!, title: t[1]! });
  }
  return out;
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
    const rel = join(dir, e.name);
    if (e.isDirectory() && e.name !== 'node_modules' && e.name !== 'dist') out.push(...filesUnder(rel, pattern));
    else if (e.isFile() && pattern.test(e.name)) out.push(rel);
  }
  return out;
}

describe('SECURITY.md is kept true', () => {
  it('names only files that exist', () => {
    expect(named.length).toBeGreaterThan(50);
    expect(named.filter((f) => !existsSync(join(root, f)))).toEqual([]);
  });

  it('quotes only test titles that are in the file it names', () => {
    const quoted = quotedTitles();
    expect(quoted.length).toBeGreaterThan(20);
    const missing = quoted.filter(({ file, title }) => existsSync(join(root, file)) && !readFileSync(join(root, file), 'utf8').includes(title));
    expect(missing).toEqual([]);
  });

  it('has a row for every fuzz target and every fault-injection suite in the tree', () => {
    const fuzz = ['proto', 'packages', 'agent', 'collector'].flatMap((d) => filesUnder(d, /\.fuzz\.test\.ts$/));
    const faults = filesUnder('tests', /^fault-.*\.test\.ts$/);
    expect(fuzz.length).toBeGreaterThan(5);
    expect(faults.length).toBeGreaterThan(5);
    expect([...fuzz, ...faults].filter((f) => !named.includes(f))).toEqual([]);
  });
});
