// For the API input fuzz: fast-check arbitraries of hostile request bodies (a valid body mutated: wrong
// types, huge strings, deep nesting, prototype keys, control and bidi characters, numbers JSON.stringify
// cannot write, big arrays; then damaged bytes, wrong content types and encodings, sizes over the limit) and
// of hostile query strings (repeated and bracketed keys, huge values, broken percent-encoding, unknown keys,
// out-of-range numbers and times, forged cursors).
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';

/** JSON text written as is (numbers like 1e309, nesting too deep to build as a value). */
export class Raw {
  constructor(readonly text: string) {}
}
export type Json = null | boolean | number | string | Raw | Json[] | { [key: string]: Json };

/** JSON text of a value, Raw parts as written; own "__proto__" keys are kept as keys. */
export function writeJson(v: Json): string {
  if (v instanceof Raw) return v.text;
  if (Array.isArray(v)) return `[${v.map(writeJson).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    return `{${Object.entries(v)
      .map(([k, x]) => `${JSON.stringify(k)}:${writeJson(x)}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** An object with exactly these own keys, "__proto__" included (not its prototype). */
const objectOf = (entries: Array<[string, Json]>): Json => Object.fromEntries(entries);

const deep = (depth: number, open: string, close: string, inner = '1') => new Raw(open.repeat(depth) + inner + close.repeat(depth));

const SPECIAL_UNITS = ['\u0000', '\u202e', '\u2066', '\u200b', '\u001b', '\u007f', '\ud800', '\ufeff', '\\', '"', '/', 'é', '中', 'a', ' ', '\n'];
const specialString = fc.string({ unit: fc.constantFrom(...SPECIAL_UNITS), maxLength: 40 });

/** Values in a place where the schema expects something else, or too much of it. */
export const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, 1.5, '', 'x', [], {}, [null], { a: 1 }),
  fc.constantFrom(
    ...['1e309', '-1e309', '-0', '1e-400', '9007199254740993', '123456789012345678901234567890', '0.1e1', '-9e15', '9e15'].map((t) => new Raw(t)),
  ),
  fc.constantFrom<Json>('NaN', 'Infinity', '-Infinity', '1e309', '0x10', '-0', ' 1', '1_000', 'true', 'null', 'undefined'),
  specialString,
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(200, 5_000, 60_000, 70_000).map((n) => 'A'.repeat(n)),
  fc.constantFrom(100, 1_000, 10_000).map((n) => new Array<Json>(n).fill(0)),
  fc.constantFrom(64, 1_000, 5_000, 20_000, 32_000).chain((d) => fc.constantFrom(deep(d, '[', ']'), deep(d, '{"a":', '}'), deep(d, '[{"x":', '}]'))),
  fc.constantFrom<Json>(
    objectOf([['__proto__', { polluted: 'yes' }]]),
    objectOf([['constructor', { prototype: { polluted: 'yes' } }]]),
    objectOf([['prototype', { polluted: 'yes' }]]),
    objectOf([
      ['__proto__', { polluted: 'yes' }],
      ['toString', 'x'],
      ['hasOwnProperty', 1],
      ['valueOf', null],
    ]),
  ),
);

/** Keys an attacker adds to an object. */
const hostileKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', 'zz', 'a\u0000b', '\u202eevil', 'params', 'action', 'role'),
  specialString,
);

type Path = Array<string | number>;

function pathsOf(v: Json, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...at, i], out));
  else if (v !== null && typeof v === 'object' && !(v instanceof Raw)) for (const [k, x] of Object.entries(v)) pathsOf(x, [...at, k], out);
  return out;
}

/** A copy of `v` with `f` applied at `path` (f gets the old value, returns the new one or undefined to drop it). */
function at(v: Json, path: Path, f: (old: Json) => Json | undefined): Json | undefined {
  if (path.length === 0) return f(v);
  const [head, ...rest] = path;
  if (Array.isArray(v)) {
    const copy = [...v];
    const next = at(copy[head as number]!, rest, f);
    if (next === undefined) copy.splice(head as number, 1);
    else copy[head as number] = next;
    return copy;
  }
  if (v !== null && typeof v === 'object' && !(v instanceof Raw)) {
    const entries = Object.entries(v).flatMap(([k, x]): Array<[string, Json]> => {
      if (k !== head) return [[k, x]];
      const next = at(x, rest, f);
      return next === undefined ? [] : [[k, next]];
    });
    return objectOf(entries);
  }
  return v;
}

type Op = { kind: 'replace'; value: Json } | { kind: 'drop' } | { kind: 'add'; key: string; value: Json } | { kind: 'wrap' };
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: hostileValue.map((value) => ({ kind: 'replace' as const, value })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'drop' as const }) },
  { weight: 2, arbitrary: fc.tuple(hostileKey, hostileValue).map(([key, value]) => ({ kind: 'add' as const, key, value })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'wrap' as const }) },
);

function apply(v: Json, path: Path, o: Op): Json {
  const out = at(v, path, (old) => {
    switch (o.kind) {
      case 'replace':
        return o.value;
      case 'drop':
        return undefined;
      case 'wrap':
        return [old];
      case 'add':
        return old !== null && typeof old === 'object' && !Array.isArray(old) && !(old instanceof Raw)
          ? objectOf([...Object.entries(old), [o.key, o.value]])
          : objectOf([[o.key, o.value]]);
    }
  });
  return out === undefined ? null : out;
}

/** A valid body with up to three mutations at places picked among its paths (the sample itself when none). */
export function mutatedJson(sample: Json): fc.Arbitrary<Json> {
  return fc.array(fc.tuple(fc.nat(), op), { maxLength: 3 }).map((ops) => {
    let v = sample;
    for (const [pick, o] of ops) {
      const paths = pathsOf(v);
      v = apply(v, paths[pick % paths.length]!, o);
    }
    return v;
  });
}

/** Damage done to the bytes of a JSON text. */
type Damage = (text: Buffer) => Buffer;
const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.constant<Damage>((b) => b),
  fc.nat().map<Damage>((n) => (b) => b.subarray(0, b.length === 0 ? 0 : n % b.length)),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })).map<Damage>(([n, x]) => (b) => {
    const c = Buffer.from(b);
    if (c.length > 0) c[n % c.length]! ^= x;
    return c;
  }),
  fc.constantFrom<Damage>(
    (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]),
    (b) => Buffer.concat([b, Buffer.from('garbage')]),
    (b) => Buffer.concat([b, Buffer.from([0xff, 0xfe, 0x00])]),
    (b) => Buffer.concat([Buffer.from('/* c */'), b]),
    (b) => Buffer.from(b.toString('utf8').replace(/"([^"]*)"/, '"$1\\u0000\\ud800\\x"')),
    (b) =>
      Buffer.from(
        b.toString('utf8').replace(/"([^"]*)"/, (m) => `${m.slice(0, -1)}\xc0\xaf"`),
        'latin1',
      ),
    (b) => Buffer.from(b.toString('utf8').replace('{', '{"action":"release","agentId":"x",')),
    () => Buffer.alloc(0),
    () => Buffer.from('null'),
    () => Buffer.from('"a string"'),
    () => Buffer.from('12345'),
    () => Buffer.from('a=1&b=2'),
  ),
  fc.uint8Array({ maxLength: 200 }).map<Damage>((u) => () => Buffer.from(u)),
);

const CONTENT_TYPES = [
  'application/json',
  'application/json',
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/json; charset=bogus',
  'APPLICATION/JSON',
  'application/vnd.vigil+json',
  'application/json, text/plain',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  '*/*',
  '',
  'none',
] as const;

/** How the bytes travel: content type, content encoding (with a real or fake compression), framing, padding. */
export interface Envelope {
  contentType: (typeof CONTENT_TYPES)[number];
  encoding: 'identity' | 'gzip' | 'gzip-fake' | 'deflate-fake' | 'br-fake' | 'x-bogus' | 'gzip-bomb';
  chunked: boolean;
  /** Pad with whitespace to this many bytes over the body limit (negative: under it); undefined: no padding. */
  padToLimit?: number;
}
export const envelope: fc.Arbitrary<Envelope> = fc.record({
  contentType: fc.constantFrom(...CONTENT_TYPES),
  encoding: fc.oneof(
    { weight: 8, arbitrary: fc.constant('identity' as const) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('gzip' as const, 'gzip-fake' as const, 'deflate-fake' as const, 'br-fake' as const, 'x-bogus' as const, 'gzip-bomb' as const),
    },
  ),
  chunked: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  padToLimit: fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom(-1, 0, 1, 1000) }),
});

export interface BodyCase {
  headers: Record<string, string>;
  body: Buffer;
  /** For the failure report. */
  label: string;
}

/** The bytes and headers of one generated request body, `maxBodyBytes` being the API's limit. */
export function bodyCase(json: Json, dmg: Damage, env: Envelope, maxBodyBytes: number): BodyCase {
  let body = dmg(Buffer.from(writeJson(json)));
  if (env.padToLimit !== undefined && body.length < maxBodyBytes + env.padToLimit) {
    body = Buffer.concat([body, Buffer.alloc(maxBodyBytes + env.padToLimit - body.length, 0x20)]);
  }
  const headers: Record<string, string> = {};
  if (env.contentType !== 'none') headers['content-type'] = env.contentType;
  if (env.encoding === 'gzip') {
    body = gzipSync(body);
    headers['content-encoding'] = 'gzip';
  } else if (env.encoding === 'gzip-bomb') {
    body = gzipSync(Buffer.concat([Buffer.from('{"a":"'), Buffer.alloc(8 * maxBodyBytes, 0x61), Buffer.from('"}')]));
    headers['content-encoding'] = 'gzip';
  } else if (env.encoding !== 'identity') {
    headers['content-encoding'] = env.encoding.replace('-fake', '');
  }
  if (env.chunked) headers['transfer-encoding'] = 'chunked';
  const label = `${env.contentType} ${env.encoding}${env.chunked ? ' chunked' : ''} ${body.length} bytes: ${body.subarray(0, 160).toString('latin1')}`;
  return { headers, body, label };
}

/** A body, damaged or not, in an envelope. */
export function bodyArb(sample: Json, maxBodyBytes: number): fc.Arbitrary<BodyCase> {
  return fc
    .tuple(mutatedJson(sample), fc.oneof({ weight: 3, arbitrary: fc.constant<Damage>((b) => b) }, { weight: 1, arbitrary: damage }), envelope)
    .map(([json, dmg, env]) => bodyCase(json, dmg, env, maxBodyBytes));
}

// ---- path parameters ----

/** A path parameter an attacker may send instead of an id: broken escapes, traversal, prototype names, too long. */
export const hostileSegment = fc.constantFrom(
  '%zz',
  '%',
  '%E0%A4%A',
  '%ED%A0%80',
  '%00',
  '%2F',
  '..',
  '%2e%2e',
  '%C0%AF',
  'x%ff',
  '__proto__',
  'constructor',
  '%20',
  '-1',
  '0',
  '1e309',
  '9007199254740993',
  'fleet',
  'a'.repeat(200),
);

/** Mostly undefined (every parameter a real id); sometimes which parameter becomes which hostile segment. */
export const pathDamage: fc.Arbitrary<[number, string] | undefined> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.tuple(fc.nat(), hostileSegment) },
);

// ---- query strings ----

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** Cursors a client may forge: base64url of JSON of the right and wrong shapes, and of no JSON at all. */
const forgedCursor = fc.oneof(
  fc.constantFrom(
    ...[
      '[1,"a"]',
      '["9223372036854775807",1]',
      '["99999999999999999999",1]',
      '[1e309,"a"]',
      '[-0,"a"]',
      '[9007199254740993,"x"]',
      '1e309',
      '-1',
      '9223372036854',
      '9223372036855',
      '"x"',
      '{"__proto__":{"polluted":"yes"}}',
      '[["a"],["b"]]',
      '["a","b"]',
      'null',
      '[null,null]',
      '[' + '['.repeat(150) + ']'.repeat(150) + ']',
    ].map(b64),
    '',
    '!!!',
    '%%%',
    'AAAA',
  ),
  fc.string({ maxLength: 60 }).map(b64),
  fc.uint8Array({ maxLength: 60 }).map((u) => Buffer.from(u).toString('base64url')),
);

/** Values a query field may get: plausible ones (so the handlers run), out-of-range numbers and times, junk. */
export function queryValue(plausible: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...plausible) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '0',
        '-1',
        '-0',
        '1e309',
        '1e3',
        '0x10',
        ' 5 ',
        '5.5',
        'NaN',
        'Infinity',
        '9007199254740993',
        '9223372036854775808',
        '18446744073709551616',
        '99999999999999999999999999',
        '9223372036855',
        '+275760-09-13T00:00:00.000Z',
        '-271821-04-20T00:00:00.000Z',
        '1970-01-01T00:00:00.000Z',
        '2262-04-12T00:00:00.000Z',
        'Tue, 31 Dec 9999 23:59:59 GMT',
        '2020-13-45',
        'true',
        '',
      ),
    },
    { weight: 1, arbitrary: forgedCursor },
    { weight: 1, arbitrary: fc.constantFrom(300, 1_000, 5_000).map((n) => 'q'.repeat(n)) },
    { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 1, arbitrary: specialString },
  );
}

/** Percent-encodes the UTF-8 bytes of `s` (lone surrogates too, as U+FFFD, where encodeURIComponent throws). */
const pct = (s: string) =>
  Buffer.from(s, 'utf8').reduce(
    (out, b) => out + (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`),
    '',
  );

/** How a key or value is written into the query: encoded, as it is (printable ASCII only), or with broken escapes. */
type Writer = (s: string) => string;
const writer: fc.Arbitrary<Writer> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<Writer>(pct) },
  { weight: 1, arbitrary: fc.constant<Writer>((s) => s.replace(/[^!-~]|#/g, (c) => pct(c))) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('%', '%z', '%zz', '%E0%A4', '%00', '%C0%AF', '%ff', '%%', '%2', '%u0041', '%ED%A0%80', '+'), fc.nat())
      .map<Writer>(([bad, n]) => (s) => {
        const e = pct(s);
        const i = e.length === 0 ? 0 : n % (e.length + 1);
        return e.slice(0, i) + bad + e.slice(i);
      }),
  },
);

/** Keys an attacker may send besides the route's own: unknown ones, prototype names, bracket and dot syntax. */
function queryKey(own: readonly string[]): fc.Arbitrary<string> {
  const base = own.length > 0 ? own : ['q'];
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...base) },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.constantFrom(...base), fc.constantFrom('[]', '[b]', '[0]', '[__proto__]', '.x', '[a][b]')).map(([k, s]) => k + s),
    },
    { weight: 2, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'zz', '', 'a[b]', '__proto__[polluted]') },
  );
}

/** A query string for a route with these keys: entries (some repeated), written in a mix of ways and separators. */
/** Longest query string generated (Node refuses request heads over 16 KiB itself). */
export const MAX_QUERY_CHARS = 12_000;

export function queryArb(own: readonly string[], plausible: readonly string[]): fc.Arbitrary<string> {
  const entry = fc.tuple(queryKey(own), queryValue(plausible), writer, fc.boolean(), fc.nat(3));
  // Cut below Node's own header limit (16 KiB): beyond it Node answers a bare 431 before any of the API runs.
  // Between the API's maxUrlBytes and that, the API's own 414 is what answers.
  return fc.tuple(fc.array(entry, { maxLength: 6 }), fc.constantFrom('&', '&', '&', ';', '&&')).map(([entries, sep]) =>
    entries
      .flatMap(([k, v, w, bare, repeat]) => new Array<string>(repeat === 3 ? 2 : 1).fill(bare && v === '' ? w(k) : `${w(k)}=${w(v)}`))
      .join(sep)
      .slice(0, MAX_QUERY_CHARS),
  );
}
