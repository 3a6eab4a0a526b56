// One detection entry `Field|mod|mod: value(s)` compiled to a predicate over an EventContext.
// Every modifier the SigmaHQ Linux rules use is here; anything else is reported by name, never ignored.
import { BlockList, isIP } from 'node:net';
import type { EventContext, FieldTable } from '../taxonomy/context.js';
import { KEYWORDS_FIELD } from '../taxonomy/fields.js';
import type { ProblemSink } from '../problems.js';
import { compileString, literalOf, testString, type StringTest } from './strings.js';
import { betterGate, LiteralSet, type Gate } from '../literals.js';

/** From this many substrings on, one automaton pass beats a loop of String.includes. */
const AUTOMATON_MIN_NEEDLES = 4;

export type Pred = (ctx: EventContext) => boolean;

/** A necessary condition usable as an index key: the field's basename (text after the last '/') is one of `values`. */
export interface Anchor {
  slot: number;
  field: string;
  values: Set<string>;
}

export interface FieldMatcher {
  field: string;
  test: Pred;
  anchor?: Anchor;
  /** A literal prefilter: the lowercased field must contain one of these for the entry to match. */
  gate?: Gate;
}

const SUPPORTED = new Set([
  'contains',
  'startswith',
  'endswith',
  'all',
  're',
  'i',
  'm',
  's',
  'cidr',
  'base64',
  'base64offset',
  'utf16le',
  'utf16be',
  'utf16',
  'wide',
  'windash',
  'exists',
  'gt',
  'gte',
  'lt',
  'lte',
  'fieldref',
  'cased',
]);

interface Mods {
  mode: 'eq' | 'contains' | 'startswith' | 'endswith';
  all: boolean;
  cased: boolean;
  re: boolean;
  reFlags: string;
  cidr: boolean;
  b64: '' | 'base64' | 'base64offset';
  utf16: '' | 'utf16le' | 'utf16be' | 'utf16';
  windash: boolean;
  exists: boolean;
  cmp: '' | 'gt' | 'gte' | 'lt' | 'lte';
  fieldref: boolean;
}

function parseMods(names: string[], keyword: boolean, sink: ProblemSink, path: readonly (string | number)[]): Mods | undefined {
  const m: Mods = {
    mode: keyword ? 'contains' : 'eq',
    all: false,
    cased: false,
    re: false,
    reFlags: '',
    cidr: false,
    b64: '',
    utf16: '',
    windash: false,
    exists: false,
    cmp: '',
    fieldref: false,
  };
  let ok = true;
  for (const name of names) {
    if (!SUPPORTED.has(name)) {
      sink.add('VIGIL_ERR_RULE_UNSUPPORTED', path, `modifier:${name}`, `modifier "${name}" is not supported`);
      ok = false;
      continue;
    }
    switch (name) {
      case 'contains':
      case 'startswith':
      case 'endswith':
        m.mode = name;
        break;
      case 'all':
        m.all = true;
        break;
      case 'cased':
        m.cased = true;
        break;
      case 're':
        m.re = true;
        break;
      case 'i':
      case 'm':
      case 's':
        m.reFlags += name;
        break;
      case 'cidr':
        m.cidr = true;
        break;
      case 'base64':
      case 'base64offset':
        m.b64 = name;
        break;
      case 'utf16le':
      case 'wide':
        m.utf16 = 'utf16le';
        break;
      case 'utf16be':
        m.utf16 = 'utf16be';
        break;
      case 'utf16':
        m.utf16 = 'utf16';
        break;
      case 'windash':
        m.windash = true;
        break;
      case 'exists':
        m.exists = true;
        break;
      case 'gt':
      case 'gte':
      case 'lt':
      case 'lte':
        m.cmp = name;
        break;
      case 'fieldref':
        m.fieldref = true;
        break;
    }
  }
  if (m.reFlags && !m.re) {
    sink.add('VIGIL_ERR_RULE_INVALID', path, 'modifier:re-flags', 'regular expression flags i/m/s need the re modifier');
    ok = false;
  }
  return ok ? m : undefined;
}

function encode(value: string, m: Mods): string[] {
  let bytes: Buffer;
  if (m.utf16 === 'utf16le') bytes = Buffer.from(value, 'utf16le');
  else if (m.utf16 === 'utf16be') bytes = Buffer.from(value, 'utf16le').swap16();
  else if (m.utf16 === 'utf16') bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(value, 'utf16le')]);
  else bytes = Buffer.from(value, 'utf8');
  if (m.b64 === 'base64') return [bytes.toString('base64')];
  // base64offset: the value may sit at any of three byte offsets inside a longer encoded blob.
  const starts = [0, 2, 3];
  const ends = [0, -3, -2];
  const out: string[] = [];
  for (let i = 0; i < 3; i++) {
    const b64 = Buffer.concat([Buffer.alloc(i, 0x20), bytes]).toString('base64');
    const end = ends[(bytes.length + i) % 3]!;
    out.push(b64.slice(starts[i], end === 0 ? undefined : end));
  }
  return out;
}

const DASHES = ['-', '/', '\u2013', '\u2014', '\u2015'];
function windash(value: string): string[] {
  if (!/(^|\s)[-/]/.test(value)) return [value];
  return [...new Set(DASHES.map((d) => value.replace(/(^|\s)[-/]/g, `$1${d}`)))];
}

function numberTest(slot: number, cmp: Mods['cmp'], limit: number): Pred {
  return (ctx) => {
    const v = ctx.value(slot);
    if (v === undefined || v === '') return false;
    const n = Number(v);
    if (Number.isNaN(n)) return false;
    return cmp === 'gt' ? n > limit : cmp === 'gte' ? n >= limit : cmp === 'lt' ? n < limit : n <= limit;
  };
}

function cidrTest(slot: number, list: BlockList): Pred {
  return (ctx) => {
    let v = ctx.value(slot);
    if (v === undefined) return false;
    if (v.startsWith('::ffff:') && v.includes('.')) v = v.slice(7);
    const family = isIP(v);
    return family !== 0 && list.check(v, family === 4 ? 'ipv4' : 'ipv6');
  };
}

/** One value's string tests (several when base64offset/windash produce variants), OR-ed. */
function stringPred(slot: number, tests: StringTest[], cased: boolean): Pred {
  if (tests.some((t) => t.kind === 'any')) return (ctx) => ctx.value(slot) !== undefined;
  if (tests.length === 1) {
    const t = tests[0]!;
    if (t.kind === 'eq') {
      const s = t.text;
      return cased ? (ctx) => ctx.value(slot) === s : (ctx) => ctx.lower(slot) === s;
    }
    if (t.kind === 'contains') {
      const s = t.text;
      return (ctx) => {
        const v = cased ? ctx.value(slot) : ctx.lower(slot);
        return v !== undefined && v.includes(s);
      };
    }
    if (t.kind === 'endswith') {
      const s = t.text;
      return (ctx) => {
        const v = cased ? ctx.value(slot) : ctx.lower(slot);
        return v !== undefined && v.endsWith(s);
      };
    }
    if (t.kind === 'startswith') {
      const s = t.text;
      return (ctx) => {
        const v = cased ? ctx.value(slot) : ctx.lower(slot);
        return v !== undefined && v.startsWith(s);
      };
    }
  }
  return (ctx) => {
    const v = cased ? ctx.value(slot) : ctx.lower(slot);
    if (v === undefined) return false;
    for (const t of tests) if (testString(t, v)) return true;
    return false;
  };
}

/** Many single-test values OR-ed: equality becomes a Set lookup, the rest a tight loop of native string search. */
function anyOf(slot: number, tests: StringTest[], cased: boolean): Pred {
  if (tests.some((t) => t.kind === 'any')) return (ctx) => ctx.value(slot) !== undefined;
  const eq = new Set<string>();
  const contains: string[] = [];
  const ends: string[] = [];
  const starts: string[] = [];
  const other: StringTest[] = [];
  for (const t of tests) {
    if (t.kind === 'eq') eq.add(t.text);
    else if (t.kind === 'contains') contains.push(t.text);
    else if (t.kind === 'endswith') ends.push(t.text);
    else if (t.kind === 'startswith') starts.push(t.text);
    else other.push(t);
  }
  const automaton = contains.length >= AUTOMATON_MIN_NEEDLES ? new LiteralSet(contains.map((needle) => ({ needle, value: true }))) : undefined;
  return (ctx) => {
    const v = cased ? ctx.value(slot) : ctx.lower(slot);
    if (v === undefined) return false;
    if (eq.size > 0 && eq.has(v)) return true;
    for (let i = 0; i < ends.length; i++) if (v.endsWith(ends[i]!)) return true;
    if (automaton) {
      if (automaton.test(v)) return true;
    } else for (let i = 0; i < contains.length; i++) if (v.includes(contains[i]!)) return true;
    for (let i = 0; i < starts.length; i++) if (v.startsWith(starts[i]!)) return true;
    for (let i = 0; i < other.length; i++) if (testString(other[i]!, v)) return true;
    return false;
  };
}

function regexOf(pattern: string, flags: string): RegExp {
  let p = pattern;
  let f = flags;
  const inline = /^\(\?([ims]+)\)/.exec(p); // Python-style leading inline flags, common in Sigma
  if (inline) {
    p = p.slice(inline[0].length);
    for (const c of inline[1]!) if (!f.includes(c)) f += c;
  }
  return new RegExp(p, f);
}

/**
 * Compile `key: raw` from a selection map. `key` is "Field|mods" ("" or "|mods" for keywords).
 * Returns undefined (after recording each problem) when the entry cannot be used.
 */
export function compileField(key: string, raw: unknown, table: FieldTable, sink: ProblemSink, path: readonly (string | number)[]): FieldMatcher | undefined {
  const parts = key.split('|');
  const keyword = parts[0] === '';
  const field = keyword ? KEYWORDS_FIELD : parts[0]!;
  const mods = parseMods(parts.slice(1), keyword, sink, path);
  if (!mods) return undefined;
  const slot = table.slot(field);
  const label = keyword ? 'keywords' : field;
  const values = Array.isArray(raw) ? raw : [raw];
  if (values.length === 0) {
    sink.add('VIGIL_ERR_RULE_INVALID', path, 'value:empty-list', `${label} has an empty value list`);
    return undefined;
  }
  const bad = (feature: string, message: string): undefined => {
    sink.add('VIGIL_ERR_RULE_INVALID', path, feature, `${label}: ${message}`);
    return undefined;
  };

  if (mods.exists) {
    if (values.length !== 1 || typeof values[0] !== 'boolean') return bad('modifier:exists', 'exists needs true or false');
    const want = values[0];
    return { field, test: (ctx) => (ctx.value(slot) !== undefined) === want };
  }

  const preds: Pred[] = [];
  const plain: StringTest[][] = [];
  let anchorable =
    !mods.all && !mods.cased && !mods.re && !mods.cidr && !mods.b64 && !mods.cmp && !mods.fieldref && (mods.mode === 'eq' || mods.mode === 'endswith');
  const anchorValues = new Set<string>();
  // Literal gate: OR of values needs a literal from each value; AND (all) needs any one value's literals.
  let gateAny: string[] | undefined = mods.all || mods.re || mods.cidr || mods.cmp || mods.fieldref ? undefined : [];
  let gateAll: Gate | undefined;
  let cidrList: BlockList | undefined;
  let ok = true;

  values.forEach((v, i) => {
    const vpath = Array.isArray(raw) ? [...path, i] : path;
    if (v === null) {
      preds.push((ctx) => {
        const x = ctx.value(slot);
        return x === undefined || x === '';
      });
      anchorable = false;
      gateAny = undefined;
      return;
    }
    if (typeof v === 'object') {
      ok = false;
      bad('value:type', 'a value must be a string, number, boolean or null');
      return;
    }
    if (mods.cmp) {
      const n = typeof v === 'number' ? v : Number(v);
      if (Number.isNaN(n)) {
        ok = false;
        bad(`modifier:${mods.cmp}`, `"${String(v)}" is not a number`);
        return;
      }
      preds.push(numberTest(slot, mods.cmp, n));
      return;
    }
    const text = String(v);
    if (mods.fieldref) {
      const other = table.slot(text);
      const mode = mods.mode;
      preds.push((ctx) => {
        const a = mods.cased ? ctx.value(slot) : ctx.lower(slot);
        const b = mods.cased ? ctx.value(other) : ctx.lower(other);
        if (a === undefined || b === undefined) return false;
        return mode === 'eq' ? a === b : mode === 'contains' ? a.includes(b) : mode === 'startswith' ? a.startsWith(b) : a.endsWith(b);
      });
      return;
    }
    if (mods.re) {
      try {
        const re = regexOf(text, mods.reFlags);
        preds.push((ctx) => {
          const x = ctx.value(slot);
          return x !== undefined && re.test(x);
        });
      } catch (err) {
        ok = false;
        sink.add('VIGIL_ERR_RULE_INVALID', vpath, 'modifier:re', `${label}: invalid regular expression: ${(err as Error).message}`);
      }
      return;
    }
    if (mods.cidr) {
      const [addr, bits] = text.split('/');
      const family = isIP(addr ?? '');
      const prefix = bits === undefined ? (family === 6 ? 128 : 32) : Number(bits);
      if (family === 0 || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32)) {
        ok = false;
        bad('modifier:cidr', `"${text}" is not a CIDR network`);
        return;
      }
      if (mods.all || !cidrList) {
        cidrList = new BlockList();
        preds.push(cidrTest(slot, cidrList));
      }
      cidrList.addSubnet(addr!, prefix, family === 6 ? 'ipv6' : 'ipv4');
      return;
    }
    let variants = mods.windash ? windash(text) : [text];
    const encoded = mods.b64 !== '';
    if (encoded) variants = variants.flatMap((x) => encode(x, mods));
    const cased = mods.cased || encoded;
    const tests = variants.map((x) => compileString(x, mods.mode, !cased, !encoded));
    const lits = tests.map((t) => literalOf(t).toLowerCase());
    if (lits.some((l) => l === '')) gateAny = undefined;
    else if (mods.all) gateAll = betterGate(gateAll, { slot, needles: lits });
    else gateAny?.push(...lits);
    if (anchorable) {
      const t = tests.length === 1 ? tests[0]! : undefined;
      const lit = t && (t.kind === 'eq' || t.kind === 'endswith') ? t.text : undefined;
      const cut = lit === undefined ? -2 : lit.lastIndexOf('/');
      if (lit === undefined || (t!.kind === 'endswith' && cut < 0)) anchorable = false;
      else anchorValues.add(lit.slice(cut + 1));
    }
    if (mods.all) preds.push(stringPred(slot, tests, cased));
    else plain.push(tests);
  });
  if (!ok) return undefined;

  const singles = plain.filter((t) => t.length === 1).map((t) => t[0]!);
  const multi = plain.filter((t) => t.length !== 1);
  if (singles.length > 0)
    preds.push(singles.length === 1 ? stringPred(slot, singles, mods.cased || mods.b64 !== '') : anyOf(slot, singles, mods.cased || mods.b64 !== ''));
  for (const t of multi) preds.push(stringPred(slot, t, mods.cased || mods.b64 !== ''));

  let test: Pred;
  if (preds.length === 1) test = preds[0]!;
  else if (mods.all)
    test = (ctx) => {
      for (const p of preds) if (!p(ctx)) return false;
      return true;
    };
  else
    test = (ctx) => {
      for (const p of preds) if (p(ctx)) return true;
      return false;
    };
  const matcher: FieldMatcher = { field, test };
  if (anchorable && anchorValues.size > 0) matcher.anchor = { slot, field, values: anchorValues };
  const gate = mods.all ? gateAll : gateAny && gateAny.length > 0 ? { slot, needles: [...new Set(gateAny)] } : undefined;
  if (gate) matcher.gate = gate;
  return matcher;
}
