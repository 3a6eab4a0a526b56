// One atomic write for the agent and the collector: exact mode whatever the umask, content replaced whole,
// no temp file left, not even when the write fails.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

  it('removes its temp file and leaves the target as it was when the rename fails', () => {
    const sub = mkdtempSync(join(tmpdir(), `vigil-atomic-fail-${process.pid}-`));
    try {
      const target = join(sub, 'taken');
      mkdirSync(target);
      writeFileSync(join(target, 'inside'), 'kept');
      expect(() => writeFileAtomic(target, 'x', 0o600)).toThrow(/EISDIR|ENOTDIR|ENOTEMPTY|EEXIST/);
      expect(readdirSync(sub)).toEqual(['taken']);
      expect(readFileSync(join(target, 'inside'), 'utf8')).toBe('kept');
    } finally {
      rmSync(sub, { recursive: true, force: true });
    }
  });
});
