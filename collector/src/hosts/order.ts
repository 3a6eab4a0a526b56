// The one order of the host list: hostname, then id, by Unicode code point. It is SQLite's BINARY order of
// UTF-8 text, so a page cut by the agent table and one sorted in memory agree (plain `<` on strings
// compares UTF-16 code units, which puts characters above U+FFFF before U+E000..U+FFFF).
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

export function compareHost(a: { hostname: string; id: string }, b: { hostname: string; id: string }): number {
  return compareCodePoints(a.hostname, b.hostname) || compareCodePoints(a.id, b.id);
}
