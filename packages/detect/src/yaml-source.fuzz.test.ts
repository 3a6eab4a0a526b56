// Property tests (fuzz) of Sigma rule loading from untrusted YAML: arbitrary and mutated rule files, YAML
// bombs (alias expansion), deep nesting and huge texts end in coded problems, never a throw or a stack overflow.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { compileRuleSources, DEFAULT_MAX_RULE_FILE_BYTES } from './loader.js';
import { DETECT_ERRORS } from './errors.js';
import { MAX_YAML_FLOW_DEPTH, MAX_YAML_INDENT } from './yaml-depth.js';

const numRuns = Number(process.env.VIGIL_FUZZ_RUNS ?? 200);
const rulesDir = fileURLToPath(new URL('../rules/', import.meta.url));
const ruleTexts = readdirSync(rulesDir)
  .filter((f) => f.endsWith('.yml'))
  .map((f) => readFileSync(`${rulesDir}${f}`, 'utf8'));

function load(text: string) {
  const set = compileRuleSources([{ file: 'fuzz.yml', text }]);
  for (const p of set.problems) {
    expect(Object.keys(DETECT_ERRORS)).toContain(p.code);
    expect(p.message).not.toMatch(/call stack/i);
  }
  return set;
}

const yamlChars = fc.constantFrom(
  '[',
  ']',
  '{',
  '}',
  ':',
  '- ',
  '\n',
  '  ',
  '&a ',
  '*a',
  '!!',
  '|',
  '>',
  "'",
  '"',
  '#',
  ',',
  '?',
  '%',
  '\u0000',
  '\u001b',
  'x',
);
const mutatedRule = fc
  .tuple(
    fc.constantFrom(...ruleTexts),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 10 }), fc.oneof(fc.string({ unit: yamlChars, maxLength: 10 }), fc.string({ unit: 'binary', maxLength: 10 }))), {
      maxLength: 6,
    }),
  )
  .map(([text, edits]) => {
    let s = text;
    for (const [at, del, ins] of edits) {
      const i = at % (s.length + 1);
      s = s.slice(0, i) + ins + s.slice(i + del);
    }
    return s;
  });

describe('fuzz: Sigma rule YAML', () => {
  it('arbitrary and mutated rule files load into coded problems without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedRule, fc.string({ unit: yamlChars, maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        load(text);
      }),
      { numRuns },
    );
  });

  it('YAML bombs (aliases of aliases) are refused as VIGIL_ERR_RULE_YAML, not expanded', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 12 }), fc.integer({ min: 4, max: 12 }), (width, levels) => {
        const lines = [`l0: &l0 [${Array<string>(width).fill('"lol"').join(',')}]`];
        for (let i = 1; i < levels; i++)
          lines.push(
            `l${i}: &l${i} [${Array<string>(width)
              .fill(`*l${i - 1}`)
              .join(',')}]`,
          );
        const set = load(`title: bomb\nid: b\nlogsource: {product: linux}\n${lines.join('\n')}\ndetection:\n  sel: {a: 1}\n  condition: sel\n`);
        expect(set.problems.map((p) => p.code)).toContain('VIGIL_ERR_RULE_YAML');
      }),
      { numRuns: Math.min(numRuns, 50) },
    );
  });

  it('nesting of any depth and form loads within bounds, and beyond the bound is refused with its reason', () => {
    fc.assert(
      // block forms up to 900 levels: 2 more columns a line stays within the 1 MB bound
      fc.property(fc.integer({ min: 1, max: 4000 }), fc.constantFrom('flow-seq', 'flow-map', 'block-seq', 'block-map'), (depth, form) => {
        const n = form.startsWith('block') ? Math.min(depth, 900) : depth;
        const inner =
          form === 'flow-seq'
            ? `${'['.repeat(n)}1${']'.repeat(n)}`
            : form === 'flow-map'
              ? `${'{a: '.repeat(n)}1${'}'.repeat(n)}`
              : '\n' + Array.from({ length: n }, (_, i) => `${' '.repeat(4 + i * 2)}${form === 'block-seq' ? '- ' : `k${i}:`}`).join('\n') + ' 1';
        const set = load(`title: deep\nid: d\nlogsource: {product: linux}\ndetection:\n  sel:\n    a: ${inner}\n  condition: sel\n`);
        const deep = form.startsWith('flow') ? n > MAX_YAML_FLOW_DEPTH : 4 + (n - 1) * 2 + 2 > MAX_YAML_INDENT;
        if (deep) expect(set.problems.some((p) => p.code === 'VIGIL_ERR_RULE_YAML' && /nested deeper|indented beyond/.test(p.message))).toBe(true);
      }),
      { numRuns: Math.min(numRuns, 100) },
    );
  });

  it('texts above the size bound are refused unread, whatever they hold', () => {
    fc.assert(
      fc.property(fc.constantFrom('x', '[', 'é', '- '), (unit) => {
        const set = load(`title: ${unit.repeat(Math.ceil((DEFAULT_MAX_RULE_FILE_BYTES + 10) / unit.length))}`);
        expect(set.problems.map((p) => p.code)).toEqual(['VIGIL_ERR_RULE_IO']);
        expect(set.documents).toBe(0);
      }),
      { numRuns: 4 },
    );
  });
});

// Found by the nesting property: 1000 levels of "[" (well under the 1 MB file bound) ran the yaml parser out
// of stack; the refusal read "Maximum call stack size exceeded" and depended on the stack left to the caller.
describe('regression: deep YAML nesting', () => {
  it('refuses 1000 nested flow sequences and 1000 ever deeper "- " lines with a clear reason', () => {
    for (const text of [
      `title: t\nid: 1\nlogsource: {product: linux}\ndetection:\n  sel:\n    a: ${'['.repeat(1000)}1${']'.repeat(1000)}\n  condition: sel\n`,
      Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}- `).join('\n') + 'x',
    ]) {
      const set = compileRuleSources([{ file: 'deep.yml', text }]);
      expect(set.problems).toHaveLength(1);
      expect(set.problems[0]).toMatchObject({ code: 'VIGIL_ERR_RULE_YAML' });
      expect(set.problems[0]!.message).toMatch(/nested deeper than 64 levels|indented beyond 256 columns/);
    }
  });
});
