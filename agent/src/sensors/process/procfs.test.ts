import { describe, it, expect } from 'vitest';
import { parseStat, ttyName, parseCmdline, parseStatusIds, splitDeleted, bootTimeNs } from './procfs.js';

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

describe('bootTimeNs', () => {
  const stat = 'cpu  1 2 3\nbtime 1700000000\nprocesses 5\n';
  it('prefers wall clock minus /proc/uptime (10 ms resolution) over the whole-second btime', () => {
    expect(bootTimeNs(stat, '3600.25 7000.00\n', 1_700_003_600_730)).toBe(1_700_000_000_480_000_000n);
  });
  it('falls back to btime when uptime is unreadable, and gives up when both are', () => {
    expect(bootTimeNs(stat, undefined, 0)).toBe(1_700_000_000_000_000_000n);
    expect(bootTimeNs(stat, 'garbage', 0)).toBe(1_700_000_000_000_000_000n);
    expect(bootTimeNs(undefined, undefined, 0)).toBeUndefined();
  });
});
