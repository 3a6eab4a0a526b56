import { describe, it, expect } from 'vitest';
import { LineSplitter } from './line-splitter.js';

const text = (ls: { bytes: Buffer }[]) => ls.map((l) => l.bytes.toString());

describe('LineSplitter', () => {
  it('holds a partial last line until its newline, strips CR, tracks offsets', () => {
    const s = new LineSplitter(100, 10);
    expect(text(s.push(Buffer.from('a\r\nbb')))).toEqual(['a']);
    expect(s.committed).toBe(13);
    const ls = s.push(Buffer.from('b\n'));
    expect(text(ls)).toEqual(['bbb']);
    expect(ls[0]!.offset).toBe(13);
    expect(s.committed).toBe(17);
  });
  it('cuts over-long lines, flags them and skips the rest of the line', () => {
    const s = new LineSplitter(4);
    const ls = s.push(Buffer.from('0123456789'));
    expect(ls.map((l) => [l.bytes.toString(), l.truncated])).toEqual([['0123', true]]);
    expect(text(s.push(Buffer.from('abc\nok\n')))).toEqual(['ok']);
    const one = s.push(Buffer.from('toolong\n'));
    expect(one.map((l) => [l.bytes.toString(), l.truncated])).toEqual([['tool', true]]);
  });
});
