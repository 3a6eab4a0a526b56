import { describe, it, expect, afterEach } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProcFiles } from './proc-files.js';
import { parseStat } from '../process/procfs.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('ProcFiles', () => {
  it('reads a seq_file in one read, whole files up to a bound (growing the buffer), links, and undefined for what is missing', () => {
    dir = mkdtempSync(join(tmpdir(), `vigil-procfiles-${process.pid}-`));
    const files = new ProcFiles(16);
    expect(parseStat(files.readOnce('/proc/self/stat', 4096) ?? '')?.pid).toBe(process.pid);
    const big = join(dir, 'big');
    writeFileSync(big, 'x'.repeat(100) + 'y'.repeat(100));
    expect(files.readText(big, 1000)).toBe('x'.repeat(100) + 'y'.repeat(100));
    expect(files.readText(big, 150)).toBe('x'.repeat(100) + 'y'.repeat(50));
    const bytes = files.readBytes(big, 3)!;
    files.readText(join(dir, 'big'), 10);
    expect(bytes.toString()).toBe('xxx');
    expect(files.readLink('/proc/self/exe')).toBe(process.execPath);
    expect(files.readText(join(dir, 'missing'))).toBeUndefined();
    expect(files.readOnce(join(dir, 'missing'), 10)).toBeUndefined();
    expect(files.readLink(join(dir, 'missing'))).toBeUndefined();
  });
});
