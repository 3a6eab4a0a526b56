// Sigma string values: `*` and `?` wildcards with backslash escapes, reduced to the cheapest test
// (equality, prefix, suffix, substring) and only falling back to a RegExp for inner wildcards.
const STAR = 0;
const ONE = 1;
type Token = string | typeof STAR | typeof ONE;

export function parseWildcards(value: string): Token[] {
  const out: Token[] = [];
  let lit = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\') {
      const n = value[i + 1];
      if (n === '*' || n === '?' || n === '\\') {
        lit += n;
        i++;
      } else lit += c;
    } else if (c === '*' || c === '?') {
      if (lit) out.push(lit);
      lit = '';
      if (c === '?') out.push(ONE);
      else if (out[out.length - 1] !== STAR) out.push(STAR);
    } else lit += c;
  }
  if (lit) out.push(lit);
  return out;
}

export type StringTest =
  | { kind: 'eq' | 'contains' | 'startswith' | 'endswith'; text: string }
  | { kind: 'any' }
  | { kind: 'regex'; re: RegExp; lit: string };

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Compile one Sigma string (already wrapped by contains/startswith/endswith) into a test.
 * `lower` folds the literal parts to lowercase for case-insensitive matching against lowercased values.
 */
export function compileString(value: string, mode: 'eq' | 'contains' | 'startswith' | 'endswith', lower: boolean, wildcards = true): StringTest {
  let tokens: Token[] = wildcards ? parseWildcards(value) : value ? [value] : [];
  if (mode === 'contains' || mode === 'endswith') if (tokens[0] !== STAR) tokens = [STAR, ...tokens];
  if (mode === 'contains' || mode === 'startswith') if (tokens[tokens.length - 1] !== STAR) tokens = [...tokens, STAR];
  const lead = tokens[0] === STAR;
  const trail = tokens.length > 1 && tokens[tokens.length - 1] === STAR;
  const middle = tokens.slice(lead ? 1 : 0, trail ? -1 : undefined);
  const fold = (s: string): string => (lower ? s.toLowerCase() : s);
  if (middle.every((t) => typeof t === 'string')) {
    const text = fold((middle as string[]).join(''));
    if (text === '' && (lead || trail)) return { kind: 'any' };
    if (lead && trail) return { kind: 'contains', text };
    if (lead) return { kind: 'endswith', text };
    if (trail) return { kind: 'startswith', text };
    return { kind: 'eq', text };
  }
  const body = tokens.map((t) => (t === STAR ? '.*' : t === ONE ? '.' : escapeRe(fold(t)))).join('');
  const lit = tokens.filter((t): t is string => typeof t === 'string').reduce((a, b) => (b.length > a.length ? b : a), '');
  return { kind: 'regex', re: new RegExp(`^${body}$`, 's'), lit: fold(lit) };
}

export function testString(t: StringTest, v: string): boolean {
  switch (t.kind) {
    case 'eq': return v === t.text;
    case 'contains': return v.includes(t.text);
    case 'startswith': return v.startsWith(t.text);
    case 'endswith': return v.endsWith(t.text);
    case 'any': return true;
    case 'regex': return t.re.test(v);
  }
}

/** The literal a value matching this test must contain ('' when none: the value can be anything). */
export function literalOf(t: StringTest): string {
  return t.kind === 'any' ? '' : t.kind === 'regex' ? t.lit : t.text;
}
