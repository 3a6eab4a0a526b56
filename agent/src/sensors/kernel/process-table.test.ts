import { describe, expect, it } from 'vitest';
import { ProcessTable } from './process-table.js';

const opts = { maxEntries: 5, maxDepth: 3, maxAncestorArgs: 2, maxAncestorChars: 10 };

describe('process table', () => {
  it('names the chain above a process, parent first, even after the parents exited', () => {
    const t = new ProcessTable(opts);
    t.exec(1, 0, '/sbin/init', ['init']);
    t.exec(100, 1, '/usr/bin/bash', ['bash']);
    t.fork(100, 200);
    t.exec(200, 100, '/bin/sh', ['sh', '-c', 'x']);
    t.exit(200);
    expect(t.ancestors(200)).toEqual([
      { pid: 200, exe: '/bin/sh', argv: ['sh', '-c'] },
      { pid: 100, exe: '/usr/bin/bash', argv: ['bash'] },
      { pid: 1, exe: '/sbin/init', argv: ['init'] },
    ]);
  });

  it('a forked child runs its parent image until it execs', () => {
    const t = new ProcessTable(opts);
    t.exec(10, 1, '/usr/bin/bash', ['bash', '-i']);
    t.fork(10, 11);
    expect(t.get(11)).toMatchObject({ ppid: 10, exe: '/usr/bin/bash' });
  });

  it("keeps a child's exec when its fork is read after it (audit and the connector are two sockets)", () => {
    const t = new ProcessTable(opts);
    t.exec(10, 1, '/bin/sh', ['sh', 'outer']);
    t.exec(11, 10, '/bin/sh', ['sh', 'inner']); // the inner shell's exec, from audit
    t.fork(10, 11); // its fork, from the connector, late
    expect(t.get(11)).toMatchObject({ ppid: 10, argv: ['sh', 'inner'] });
    t.exec(12, 11, '/bin/true', ['true']);
    expect(t.ancestors(11).map((a) => a.argv[1])).toEqual(['inner', 'outer']);
    // the pid used again later by a plain fork of the same parent: that child runs its parent's image
    t.exit(11);
    t.fork(10, 11);
    expect(t.get(11)).toMatchObject({ argv: ['sh', 'outer'] });
  });

  it('takes the usual order too: fork and exit from the connector first, the exec from audit after them', () => {
    const t = new ProcessTable(opts);
    t.exec(10, 1, '/bin/sh', ['sh', 'outer']);
    t.fork(10, 11);
    t.exit(11);
    t.exec(11, 10, '/bin/true', ['true']);
    expect(t.get(11)).toMatchObject({ ppid: 10, argv: ['true'] });
    expect(t.get(11)?.forkPending).toBeUndefined();
    // a process started before the agent (its fork never seen) that exited, its pid forked again by the same parent
    t.exec(20, 10, '/bin/sleep', ['sleep']);
    t.exit(20);
    t.fork(10, 20);
    expect(t.get(20)).toMatchObject({ argv: ['sh', 'outer'] });
    expect(t.get(20)?.exitedAt).toBeUndefined();
  });

  it('stops at a loop and at maxDepth, and cuts long argv', () => {
    const t = new ProcessTable({ ...opts, maxDepth: 10 });
    t.exec(2, 3, '/a', ['0123456789abc']);
    t.exec(3, 2, '/b', ['b']);
    expect(t.ancestors(2).map((a) => a.pid)).toEqual([2, 3]);
    expect(t.ancestors(2)[0]!.argv).toEqual(['0123456789']);
  });

  it('stays bounded, evicting exited entries first', () => {
    const t = new ProcessTable(opts);
    for (let pid = 1; pid <= 5; pid++) t.exec(pid, 0, `/p${pid}`, []);
    t.exit(3);
    t.exec(6, 0, '/p6', []);
    expect(t.size).toBe(5);
    expect(t.get(3)).toBeUndefined();
    expect(t.get(1)).toBeDefined();
    t.exec(7, 0, '/p7', []);
    expect(t.size).toBe(5);
    expect(t.get(1)).toBeUndefined();
  });
});
