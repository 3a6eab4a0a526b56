// Sigma condition expressions: and/or/not, parentheses, `1 of x*`, `all of x*`, `1 of them`,
// `all of them`. Parsed to a small AST; aggregations (`| count()`) and `near` are reported by name.
export type CondNode =
  { t: 'sel'; name: string } | { t: 'and' | 'or'; kids: CondNode[] } | { t: 'not'; kid: CondNode } | { t: 'of'; quant: 'one' | 'all'; pattern: string };

export class ConditionError extends Error {
  constructor(
    readonly feature: string,
    message: string,
  ) {
    super(message);
  }
}

type Tok = { k: 'id' | 'lp' | 'rp' | 'and' | 'or' | 'not' | 'one' | 'all' | 'of' | 'them'; v: string };

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  const re = /\s*(?:(\()|(\))|(\|)|([A-Za-z0-9_.*-]+))/y;
  let pos = 0;
  while (pos < src.length) {
    if (/^\s*$/.test(src.slice(pos))) break;
    re.lastIndex = pos;
    const m = re.exec(src);
    if (!m) throw new ConditionError('condition:syntax', `unexpected "${src.slice(pos).trim().slice(0, 20)}"`);
    pos = re.lastIndex;
    if (m[1]) out.push({ k: 'lp', v: '(' });
    else if (m[2]) out.push({ k: 'rp', v: ')' });
    else if (m[3]) throw new ConditionError('condition:aggregation', 'aggregation expressions ("| count() ...") are deprecated Sigma; use a correlation rule');
    else {
      const w = m[4]!;
      const lw = w.toLowerCase();
      if (lw === 'and' || lw === 'or' || lw === 'not' || lw === 'of' || lw === 'them' || lw === 'all') out.push({ k: lw, v: w });
      else if (lw === '1' || lw === 'any') out.push({ k: 'one', v: w });
      else if (lw === 'near') throw new ConditionError('condition:near', 'the "near" operator is not supported');
      else if (/^\d+$/.test(w)) throw new ConditionError('condition:n-of', `"${w} of" is not Sigma; use 1 of or all of`);
      else out.push({ k: 'id', v: w });
    }
  }
  return out;
}

export function parseCondition(src: string): CondNode {
  const toks = tokenize(src);
  let i = 0;
  const peek = (): Tok | undefined => toks[i];
  const expect = (k: Tok['k']): Tok => {
    const t = toks[i];
    if (!t || t.k !== k) throw new ConditionError('condition:syntax', `expected ${k} ${t ? `but found "${t.v}"` : 'at end'}`);
    i++;
    return t;
  };
  const parseOr = (): CondNode => {
    const kids = [parseAnd()];
    while (peek()?.k === 'or') {
      i++;
      kids.push(parseAnd());
    }
    return kids.length === 1 ? kids[0]! : { t: 'or', kids };
  };
  const parseAnd = (): CondNode => {
    const kids = [parseNot()];
    while (peek()?.k === 'and') {
      i++;
      kids.push(parseNot());
    }
    return kids.length === 1 ? kids[0]! : { t: 'and', kids };
  };
  const parseNot = (): CondNode => {
    if (peek()?.k === 'not') {
      i++;
      return { t: 'not', kid: parseNot() };
    }
    return parseAtom();
  };
  const parseAtom = (): CondNode => {
    const t = peek();
    if (!t) throw new ConditionError('condition:syntax', 'condition ends early');
    if (t.k === 'lp') {
      i++;
      const n = parseOr();
      expect('rp');
      return n;
    }
    if (t.k === 'one' || t.k === 'all') {
      i++;
      expect('of');
      const target = peek();
      if (target?.k === 'them') {
        i++;
        return { t: 'of', quant: t.k, pattern: '*' };
      }
      const id = expect('id');
      return { t: 'of', quant: t.k, pattern: id.v };
    }
    if (t.k === 'id') {
      i++;
      return { t: 'sel', name: t.v };
    }
    throw new ConditionError('condition:syntax', `unexpected "${t.v}"`);
  };
  const node = parseOr();
  if (i < toks.length) throw new ConditionError('condition:syntax', `unexpected "${toks[i]!.v}"`);
  return node;
}

/** Names matching an `of` pattern. `them` (pattern "*") skips names starting with "_", as Sigma specifies. */
export function expandPattern(pattern: string, names: readonly string[]): string[] {
  if (pattern === '*') return names.filter((n) => !n.startsWith('_'));
  if (!pattern.includes('*')) return names.filter((n) => n === pattern);
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return names.filter((n) => re.test(n));
}
