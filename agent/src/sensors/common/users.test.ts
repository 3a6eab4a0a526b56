import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UserDirectory } from './users.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function passwd(text: string): string {
  const d = mkdtempSync(join(tmpdir(), 'vigil-users-'));
  dirs.push(d);
  const p = join(d, 'passwd');
  writeFileSync(p, text);
  return p;
}

describe('UserDirectory', () => {
  it('names a uid by its first passwd entry, as getpwuid does: a uid 0 alias appended later does not rename root', () => {
    const p = passwd('root:x:0:0:root:/root:/bin/bash\nbob:x:1001:1001::/home/bob:/bin/bash\ntoor:x:0:0:toor:/root:/bin/bash\n');
    const users = new UserDirectory(p);
    expect(users.nameOf(0)).toBe('root');
    expect(users.nameOf(1001)).toBe('bob');
    expect(users.all().map((e) => e.name)).toEqual(['root', 'bob', 'toor']);
  });

  it('an unknown uid has no name', () => {
    expect(new UserDirectory(passwd('root:x:0:0:root:/root:/bin/bash\n')).nameOf(4242)).toBe('');
  });
});
