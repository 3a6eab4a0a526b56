// Guards the page's one rule for host data: it is only ever inserted as text. The page source may not use
// any API that parses a string as HTML.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const webSrc = fileURLToPath(new URL('../../web/src/', import.meta.url));
const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

describe('web page source', () => {
  it('never parses strings as HTML', () => {
    const offenders = files(webSrc)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => ({ f, i, line })),
      )
      .filter(({ line }) => /innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment|srcdoc/.test(line));
    expect(offenders).toEqual([]);
    expect(files(webSrc).length).toBeGreaterThan(5);
  });
});
