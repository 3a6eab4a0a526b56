import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, appendFileSync, renameSync, truncateSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileTailer } from './file-tailer.js';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), `vigil-tail-${process.pid}-`))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const opts = { maxLineBytes: 1024, maxReadBytesPerPass: 1 << 20 };
function collect(t: FileTailer, out: string[]) {
  while (t.check((l) => out.push(l.bytes.toString()))) {
    /* more */
  }
}

describe('FileTailer', () => {
  it('starts at the end of an existing file, then follows appends, partial lines, rename and copytruncate', () => {
    const p = join(dir, 'app.log');
    writeFileSync(p, 'old history\n');
    const t = new FileTailer(p, opts, undefined, true);
    const out: string[] = [];
    collect(t, out);
    appendFileSync(p, 'one\ntw');
    collect(t, out);
    appendFileSync(p, 'o\n');
    collect(t, out);
    // Rename rotation: a last line written to the old file after the rename is still read.
    renameSync(p, `${p}.1`);
    appendFileSync(`${p}.1`, 'three\n');
    writeFileSync(p, 'four\n');
    collect(t, out);
    // Copytruncate: copy away, empty in place, new lines start at 0.
    appendFileSync(p, 'five\n');
    collect(t, out);
    copyFileSync(p, `${p}.2`);
    truncateSync(p, 0);
    appendFileSync(p, 'six\n');
    collect(t, out);
    expect(out).toEqual(['one', 'two', 'three', 'four', 'five', 'six']);
  });

  it('sees a copytruncate even when the file has grown back to the old size before the check', () => {
    const p = join(dir, 'ct.log');
    writeFileSync(p, '');
    const t = new FileTailer(p, opts, undefined, false);
    const out: string[] = [];
    appendFileSync(p, 'line-AAAA\n');
    collect(t, out);
    truncateSync(p, 0);
    appendFileSync(p, 'line-BBBB\n');
    collect(t, out);
    // Survives a restart too: the saved head no longer matches, so reading starts over.
    t.close();
    const saved = t.position()!;
    truncateSync(p, 0);
    appendFileSync(p, 'line-CCCC\n');
    collect(new FileTailer(p, opts, saved, true), out);
    expect(out).toEqual(['line-AAAA', 'line-BBBB', 'line-CCCC']);
  });

  it('reads a file that appears late from its first line', () => {
    const p = join(dir, 'late.log');
    const t = new FileTailer(p, opts, undefined, false);
    const out: string[] = [];
    collect(t, out);
    writeFileSync(p, 'a\nb\n');
    collect(t, out);
    expect(out).toEqual(['a', 'b']);
  });

  it('resumes from a saved position, and finishes a file rotated while stopped', () => {
    const p = join(dir, 'auth.log');
    writeFileSync(p, 'l1\n');
    const t1 = new FileTailer(p, opts, undefined, false);
    const out: string[] = [];
    collect(t1, out);
    t1.close();
    const saved = t1.position()!;
    appendFileSync(p, 'l2\n');
    const t2 = new FileTailer(p, opts, saved, true);
    collect(t2, out);
    t2.close();
    const saved2 = t2.position()!;
    appendFileSync(p, 'l3\n');
    renameSync(p, `${p}.1`);
    writeFileSync(p, 'l4\n');
    const t3 = new FileTailer(p, opts, saved2, true);
    collect(t3, out);
    expect(out).toEqual(['l1', 'l2', 'l3', 'l4']);
  });
});
