import { describe, expect, it } from 'vitest';
import { CoverageLedger } from './coverage-ledger.js';

function ledger(start = 1_800_000_000_000) {
  let now = start;
  const l = new CoverageLedger({ matchWindowMs: 1000, maxPending: 4 }, () => now);
  l.kernelCounting = true;
  return { l, advance: (ms: number) => (now += ms) };
}

describe('exec coverage ledger', () => {
  it('matches kernel counts with argv captures in either order, by pid', () => {
    const { l } = ledger();
    l.kernelExec(10);
    l.execWithArgs(10);
    l.execWithArgs(11);
    l.kernelExec(11);
    l.sweep();
    expect(l.totals).toEqual({ kernelExecs: 2, execsWithArgs: 2, execsPidOnly: 0, recordsLost: 0 });
    expect(l.hourCoveragePercent()).toBe(100);
  });

  it('counts a kernel exec with no capture inside the window as pid-only', () => {
    const { l, advance } = ledger();
    for (let pid = 1; pid <= 4; pid++) l.kernelExec(pid);
    l.execWithArgs(1);
    advance(500);
    l.sweep();
    expect(l.totals.execsPidOnly).toBe(0);
    advance(600);
    l.sweep();
    expect(l.totals.execsPidOnly).toBe(3);
    expect(l.hourCoveragePercent()).toBe(25);
  });

  it('bounds the waiting list: beyond maxPending the oldest kernel exec counts as pid-only', () => {
    const { l } = ledger();
    for (let pid = 1; pid <= 6; pid++) l.kernelExec(pid);
    expect(l.totals.execsPidOnly).toBe(2);
  });

  it('emits one record per closed minute, once, with the source and reason', () => {
    const { l, advance } = ledger(60_000 * 1000);
    l.kernelExec(5);
    l.execWithArgs(5);
    l.recordsLost(3);
    expect(l.takeClosed('audit', 'why')).toEqual([]);
    advance(60_000);
    const [m, ...rest] = l.takeClosed('audit', 'why');
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ kernelExecs: 1, execsWithArgs: 1, execsPidOnly: 0, recordsLost: 3, processSource: 'audit', sourceReason: 'why' });
    expect(l.takeClosed('audit', 'why')).toEqual([]);
    l.execWithArgs(9);
    l.closeCurrent();
    expect(l.takeClosed('audit', 'why')).toHaveLength(1);
  });

  it('without a kernel count, captures are counted and nothing waits', () => {
    const { l, advance } = ledger();
    l.kernelCounting = false;
    l.execWithArgs(1);
    advance(5000);
    l.sweep();
    expect(l.totals).toEqual({ kernelExecs: 0, execsWithArgs: 1, execsPidOnly: 0, recordsLost: 0 });
  });
});
