// The path patterns of the collection policy, as data: "*" matches within one path segment, "**" across
// segments, "?" one character; every other character is literal. A pattern is compiled once, at start-up.
export type PathPattern = { text: string; test(path: string): boolean };

function escape(c: string): string {
  return /[\\^$.|+()[\]{}]/.test(c) ? `\\${c}` : c;
}

/** "/a/**" also matches "/a" itself (the folder and everything below it). */
export function compilePattern(text: string): PathPattern {
  let re = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '*' && text[i + 1] === '*') {
      // "/**" at a segment boundary: nothing, or a slash and anything
      if (re.endsWith('/') && (i + 2 === text.length || text[i + 2] === '/')) {
        re = re.slice(0, -1) + '(?:/.*)?';
        i += text[i + 2] === '/' ? 2 : 1;
        if (text[i] === '/') re += '/';
        continue;
      }
      re += '.*';
      i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += escape(c);
  }
  const compiled = new RegExp(`^${re}$`);
  return { text, test: (path) => compiled.test(path) };
}

/** True when path is dir itself or lies below it (both absolute and normal). */
export function isUnder(path: string, dir: string): boolean {
  if (dir === '/') return true;
  return path === dir || path.startsWith(`${dir}/`);
}
