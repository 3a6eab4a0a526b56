// Sigma string values: `*` and `?` wildcards with backslash escapes, reduced to the cheapest test
// (equality, prefix, suffix, substring). Inner wildcards use a glob matcher, not a RegExp: values come
// from hosts an attacker may control, and a backtracking `^.*a.*b.*$` is quadratic or worse on a long
// command line, while the glob matcher is linear for `*` and O(n*m) at worst with `?`.
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
  | { kind: 'glob'; parts: string[]; lead: boolean; trail: boolean; lit: string }
  | { kind: 'wild'; chars: string; wild: Uint8Array; lit: string };

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
    const text = fold(middle.join(''));
    if (text === '' && (lead || trail)) return { kind: 'any' };
    if (lead && trail) return { kind: 'contains', text };
    if (lead) return { kind: 'endswith', text };
    if (trail) return { kind: 'startswith', text };
    return { kind: 'eq', text };
  }
  const lit = fold(tokens.filter((t): t is string => typeof t === 'string').reduce((a, b) => (b.length > a.length ? b : a), ''));
  if (!tokens.includes(ONE)) {
    // Only `*`: literal parts in order, the first anchored at the start and the last at the end unless a star is there.
    return { kind: 'glob', parts: tokens.filter((t): t is string => typeof t === 'string').map(fold), lead, trail, lit };
  }
  let chars = '';
  const wild: number[] = [];
  for (const t of tokens) {
    if (t === STAR || t === ONE) {
      chars += '\0';
      wild.push(t === STAR ? 2 : 1);
    } else
      for (const c of fold(t)) {
        chars += c;
        wild.push(0);
      }
  }
  return { kind: 'wild', chars, wild: Uint8Array.from(wild), lit };
}

/** `*`-only glob: leftmost-first placement of each literal part is optimal, so one pass of indexOf decides. */
function globMatch(parts: readonly string[], lead: boolean, trail: boolean, v: string): boolean {
  let pos = 0;
  let end = v.length;
  let from = 0;
  let to = parts.length;
  if (!lead) {
    const first = parts[0]!;
    if (!v.startsWith(first)) return false;
    pos = first.length;
    from = 1;
  }
  if (!trail && to > from) {
    const last = parts[to - 1]!;
    if (!v.endsWith(last) || v.length - last.length < pos) return false;
    end = v.length - last.length;
    to--;
  }
  for (let i = from; i < to; i++) {
    const at = v.indexOf(parts[i]!, pos);
    if (at < 0 || at + parts[i]!.length > end) return false;
    pos = at + parts[i]!.length;
  }
  return true;
}

/** `*` and `?`: the classic two-pointer wildcard match, backtracking only to the last star (O(n*m) at worst). */
function wildMatch(chars: string, wild: Uint8Array, v: string): boolean {
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (i < v.length) {
    if (j < chars.length && (wild[j] === 1 || (wild[j] === 0 && chars.charCodeAt(j) === v.charCodeAt(i)))) {
      i++;
      j++;
    } else if (j < chars.length && wild[j] === 2) {
      star = j++;
      mark = i;
    } else if (star >= 0) {
      j = star + 1;
      i = ++mark;
    } else return false;
  }
  while (j < chars.length && wild[j] === 2) j++;
  return j === chars.length;
}

export function testString(t: StringTest, v: string): boolean {
  switch (t.kind) {
    case 'eq':
      return v === t.text;
    case 'contains':
      return v.includes(t.text);
    case 'startswith':
      return v.startsWith(t.text);
    case 'endswith':
      return v.endsWith(t.text);
    case 'any':
      return true;
    case 'glob':
      return globMatch(t.parts, t.lead, t.trail, v);
    case 'wild':
      return wildMatch(t.chars, t.wild, v);
  }
}

/** The literal a value matching this test must contain ('' when none: the value can be anything). */
export function literalOf(t: StringTest): string {
  return t.kind === 'any' ? '' : t.kind === 'glob' || t.kind === 'wild' ? t.lit : t.text;
}
