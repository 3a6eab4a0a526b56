// Property tests (fuzz) of the command parameter grammars: everything accepted is inside the documented
// grammar (no shell or rule metacharacters, no traversal, canonical addresses), and valid generated values
// are accepted.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkAbsolutePath, checkCidr, checkPid, checkUnitName, printable } from './grammar.js';

const numRuns = Number(process.env.VIGIL_FUZZ_RUNS ?? 300);
const SUFFIXES = ['service', 'socket', 'timer', 'path', 'target', 'mount'];
const META = /[\s;&|$`'"<>(){}*?!~#%\\/\u0000-\u001f\u007f]/;
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: fc.constantFrom('a', '1', '.', '/', ':', '%', '@', '-', '_', '\\', ';', '$', ' ', '\u0000', '\n', 'f', 'e', '8'), maxLength: 40 }),
);
const mutate = (base: fc.Arbitrary<string>) =>
  fc.tuple(base, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), hostile), { maxLength: 3 })).map(([s, edits]) => {
    for (const [at, del, ins] of edits) {
      const i = at % (s.length + 1);
      s = s.slice(0, i) + ins.slice(0, 4) + s.slice(i + del);
    }
    return s;
  });

const unitName = fc
  .tuple(
    fc.constantFrom(...'abcXYZ019'.split('')),
    fc.string({ unit: fc.constantFrom(...'abz09AZ:_.-@'.split(''), '\\'), maxLength: 40 }),
    fc.constantFrom(...SUFFIXES),
  )
  .map(([a, b, s]) => `${a}${b}.${s}`)
  .filter((u) => !u.includes('..'));
const pathSegment = fc
  .string({ unit: fc.constantFrom(...'abcZ09-_.~ '.split(''), 'é', '\u00a0'), minLength: 1, maxLength: 12 })
  .filter((s) => s !== '.' && s !== '..');
const absPath = fc.array(pathSegment, { minLength: 1, maxLength: 8 }).map((segs) => `/${segs.join('/')}`);
const v4 = fc.tuple(fc.ipV4(), fc.integer({ min: 0, max: 32 })).map(([a, p]) => {
  const n = a.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
  const masked = p === 0 ? 0 : Number((BigInt(n) >> BigInt(32 - p)) << BigInt(32 - p));
  return `${[24, 16, 8, 0].map((s) => (masked >>> s) & 255).join('.')}/${p}`;
});

describe('fuzz: command parameter grammars', () => {
  it('checkUnitName accepts generated unit names and nothing outside the systemd alphabet and suffixes', () => {
    fc.assert(
      fc.property(unitName, mutate(unitName), hostile, (good, damaged, junk) => {
        expect(checkUnitName(good)).toEqual({ ok: true, value: good });
        for (const u of [damaged, junk]) {
          const r = checkUnitName(u);
          if (!r.ok) continue;
          expect(u).toMatch(new RegExp(`^[A-Za-z0-9][A-Za-z0-9:_.\\\\@-]*\\.(${SUFFIXES.join('|')})$`));
          expect(u.includes('..') || u.includes('/') || u.length > 255).toBe(false);
          expect(u.replace(/\\/g, '')).not.toMatch(META);
        }
      }),
      { numRuns },
    );
  });

  it('checkPid accepts exactly the integers 2..4194304', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -10, max: 5_000_000 }), fc.double(), fc.constantFrom(NaN, Infinity, 2 ** 53, 1.5, -0)), (pid) => {
        expect(checkPid(pid).ok).toBe(Number.isInteger(pid) && pid >= 2 && pid <= 4_194_304);
      }),
      { numRuns },
    );
  });

  it('checkAbsolutePath accepts generated normal paths and never a relative, traversing, NUL or unnormal one', () => {
    fc.assert(
      fc.property(absPath, mutate(absPath), (good, damaged) => {
        expect(checkAbsolutePath(good)).toEqual({ ok: true, value: good });
        const r = checkAbsolutePath(damaged);
        if (!r.ok) return;
        expect(damaged.startsWith('/') && damaged !== '/' && !damaged.endsWith('/') && !damaged.includes('\0') && !damaged.includes('//')).toBe(true);
        expect(damaged.split('/').slice(1)).not.toContain('..');
        expect(damaged.split('/').slice(1)).not.toContain('.');
      }),
      { numRuns },
    );
  });

  it('checkCidr accepts generated v4 and v6 blocks canonically, and nothing but hex digits, dots, colons and a prefix', () => {
    const v6 = fc.tuple(fc.ipV6(), fc.constantFrom(128, 64, 48, 0)).map(([a, p]) => (p === 128 ? a : p === 0 ? '::/0' : a));
    fc.assert(
      fc.property(v4, v6, mutate(fc.oneof(v4, fc.ipV6(), fc.constant('fe80::1'))), (good4, good6, damaged) => {
        const r4 = checkCidr(good4);
        expect(r4.ok).toBe(true);
        if (r4.ok) expect(checkCidr(r4.value.text)).toEqual(r4);
        const r6 = checkCidr(good6);
        expect(r6.ok).toBe(true);
        if (r6.ok) expect(checkCidr(r6.value.text)).toEqual(r6);
        const r = checkCidr(damaged);
        if (!r.ok) return;
        expect(r.value.text).toMatch(/^[0-9a-f.:]+(\/\d{1,3})?$/);
        expect(checkCidr(r.value.text)).toEqual(r);
      }),
      { numRuns },
    );
  });

  it('printable renders any text as printable ASCII of bounded length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const p = printable(s);
        expect(p).toMatch(/^[\x20-\x7e]*$/);
        expect(p.length).toBeLessThanOrEqual(80 * 6 + 3);
      }),
      { numRuns },
    );
  });
});
