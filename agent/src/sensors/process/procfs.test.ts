import { describe, it, expect } from 'vitest';
import { parseStat, ttyName, parseCmdline, parseStatusIds, splitDeleted } from './procfs.js';

describe('procfs parsers', () => {
  it('parses stat with parentheses and spaces in comm', () => {
    const st = parseStat('77 (a) b (c)) R 1 77 77 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 123456 0 0');
    expect(st).toMatchObject({ pid: 77, comm: 'a) b (c)', ppid: 1, session: 77, startTicks: 123456n });
    expect(parseStat('garbage')).toBeUndefined();
  });
  it('names terminals', () => {
    expect(ttyName(0)).toBe('');
    expect(ttyName((136 << 8) | 3)).toBe('pts/3');
    expect(ttyName((4 << 8) | 1)).toBe('tty1');
    expect(ttyName((4 << 8) | 65)).toBe('ttyS1');
  });
  it('splits argv and ids', () => {
    expect(parseCmdline(Buffer.from('a\u0000\u0000b c\u0000'))).toEqual(['a', '', 'b c']);
    expect(parseStatusIds('Uid:\t1\t2\t3\t4\nGid:\t5\t6\t7\t8\n')).toEqual({ uid: 1, euid: 2, gid: 5 });
    expect(splitDeleted('/tmp/x (deleted)')).toEqual({ path: '/tmp/x', deleted: true });
  });
});
