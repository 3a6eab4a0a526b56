// One atomic write for the agent: exact mode whatever the umask, content replaced whole, no temp file left.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-file.js';

const dir = mkdtempSync(join(tmpdir(), `vigil-atomic-${process.pid}-`));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces an existing file with the given mode and leaves no temp file', () => {
    const f = join(dir, 'state.json');
    writeFileSync(f, 'old content that is longer', { mode: 0o644 });
    writeFileAtomic(f, '{"a":1}', 0o600);
    expect(readFileSync(f, 'utf8')).toBe('{"a":1}');
    expect(statSync(f).mode & 0o777).toBe(0o600);
    writeFileAtomic(f, Buffer.from('bytes'), 0o755);
    expect(readFileSync(f, 'utf8')).toBe('bytes');
    expect(statSync(f).mode & 0o777).toBe(0o755);
    expect(readdirSync(dir)).toEqual(['state.json']);
  });

  it('fails without touching anything when the folder is missing', () => {
    expect(() => writeFileAtomic(join(dir, 'missing', 'x'), 'x', 0o600)).toThrow(/ENOENT/);
  });
});
