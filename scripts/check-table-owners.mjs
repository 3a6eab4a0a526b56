// CI check: each collector feature owns its tables. A table belongs to the folder whose migration creates
// it (collector/src/<feature>/); SQL that names it anywhere else is a finding, because other features must
// go through the owner's store interface (which a second implementation, PostgreSQL, can then provide).
// Tests may read a database file directly to prove durability, so *.test.ts files are not checked.
//
//   npm run check:tables
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'collector', 'src');

function* sources(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* sources(p);
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.d.ts')) yield p;
  }
}

/** The feature a file belongs to: its first folder under collector/src ('' for the files at the top). */
const featureOf = (file) => {
  const parts = relative(src, file).split(sep);
  return parts.length > 1 ? parts[0] : '';
};

const files = [...sources(src)].map((file) => ({ file, feature: featureOf(file), text: readFileSync(file, 'utf8') }));
const owners = new Map();
for (const { file, feature, text } of files) {
  for (const m of text.matchAll(/CREATE\s+(?:VIRTUAL\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?["`]?(\w+)/gi)) {
    const table = m[1];
    const prior = owners.get(table);
    if (prior && prior.feature !== feature) {
      process.stderr.write(`table ${table} is created by two features: ${prior.feature} and ${feature}\n`);
      process.exit(1);
    }
    owners.set(table, { feature, file });
  }
}

const findings = [];
const sqlRef = /\b(?:FROM|INTO|UPDATE|JOIN|ON|TABLE)\s+["`]?(\w+)["`]?/g;
for (const { file, feature, text } of files) {
  // SQL lives in string literals: look only inside quotes and template literals.
  for (const lit of text.matchAll(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g)) {
    for (const m of lit[0].matchAll(sqlRef)) {
      const owner = owners.get(m[1]);
      if (owner && owner.feature !== feature) {
        const line = text.slice(0, lit.index).split('\n').length;
        findings.push(`${relative(root, file)}:${line}: SQL names table "${m[1]}", owned by ${owner.feature}/ (${relative(root, owner.file)})`);
      }
    }
  }
}
if (findings.length) {
  process.stderr.write(`tables used outside their feature: ${findings.length}\n${findings.map((f) => `  ${f}\n`).join('')}`);
  process.exit(1);
}
process.stdout.write(`table owners: ${owners.size} tables, each used only by its feature\n`);
