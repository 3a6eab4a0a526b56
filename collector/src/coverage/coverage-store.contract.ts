// The CoverageStore contract: one ledger entry per host and minute (a second report of a minute adds to it),
// sums over (from, to] per host and for every host, each host's newest minute, and pruning by age.
// coverage-store.sqlite.test.ts runs it against SQLite; a server database's store runs the same suite.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoverageMinute, CoverageStore } from './types.js';

export const M = 60_000;
export const minute = (i: number, extra: Partial<CoverageMinute> = {}): CoverageMinute => ({
  minuteMs: 1_700_000_040_000 + i * M,
  kernelExecs: 100,
  execsWithArgs: 99,
  execsPidOnly: 1,
  recordsLost: 0,
  source: 'audit',
  reason: 'audit: ok',
  eventId: `e${i}`,
  ...extra,
});

export function describeCoverageStoreContract(implName: string, open: () => { store: CoverageStore; close(): void }): void {
  describe(`CoverageStore contract: ${implName}`, () => {
    let store: CoverageStore;
    let opened: ReturnType<typeof open> | undefined;
    beforeEach(() => {
      opened = open();
      store = opened.store;
    });
    afterEach(() => opened?.close());

    it('keeps one entry per host and minute; a second record of a minute (agent restart) adds to it', () => {
      store.add('a1', minute(0), 1);
      store.add(
        'a1',
        minute(0, {
          kernelExecs: 10,
          execsWithArgs: 5,
          execsPidOnly: 5,
          recordsLost: 3,
          source: 'connector',
          reason: 'audit: rules locked (-e 2)',
          eventId: 'e0b',
        }),
        2,
      );
      expect(store.totals('a1', minute(0).minuteMs - 1, minute(0).minuteMs)).toEqual({
        minutes: 1,
        kernelExecs: 110,
        execsWithArgs: 104,
        execsPidOnly: 6,
        recordsLost: 3,
      });
      expect(store.latest('a1')).toEqual({ minuteMs: minute(0).minuteMs, source: 'connector', reason: 'audit: rules locked (-e 2)' });
      expect(store.latest('a2')).toBeUndefined();
    });

    it('sums a host over (from, to], and every host in one call', () => {
      for (let i = 0; i < 10; i++) store.add('a1', minute(i), 1);
      store.add('a2', minute(5, { kernelExecs: 7, execsWithArgs: 7, execsPidOnly: 0, source: 'poll' }), 1);
      const to = minute(9).minuteMs;
      expect(store.totals('a1', to - 3 * M, to)).toEqual({ minutes: 3, kernelExecs: 300, execsWithArgs: 297, execsPidOnly: 3, recordsLost: 0 });
      expect(store.totals('a1', to + M, to + 5 * M)).toEqual({ minutes: 0, kernelExecs: 0, execsWithArgs: 0, execsPidOnly: 0, recordsLost: 0 });
      const all = store.totalsByAgent(to - 10 * M, to);
      expect([...all.keys()].sort()).toEqual(['a1', 'a2']);
      expect(all.get('a2')).toMatchObject({ minutes: 1, kernelExecs: 7 });
      expect(store.totalsByAgent(to, to + M).size).toBe(0);
      expect(store.latestByAgent().get('a1')).toMatchObject({ minuteMs: to, source: 'audit' });
      expect(store.latestByAgent().get('a2')).toMatchObject({ source: 'poll' });
    });

    it("names each host's newest minute with its own source and reason", () => {
      store.add('a1', minute(3, { source: 'connector', reason: 'newest' }), 1);
      store.add('a1', minute(1, { source: 'poll', reason: 'older, reported later' }), 2);
      expect(store.latest('a1')).toEqual({ minuteMs: minute(3).minuteMs, source: 'connector', reason: 'newest' });
      expect(store.latestByAgent().get('a1')).toEqual({ minuteMs: minute(3).minuteMs, source: 'connector', reason: 'newest' });
    });

    it('prunes minutes older than a cutoff', () => {
      for (let i = 0; i < 5; i++) store.add('a1', minute(i), 1);
      expect(store.prune(minute(3).minuteMs)).toBe(3);
      expect(store.totals('a1', 0, Number.MAX_SAFE_INTEGER).minutes).toBe(2);
      expect(store.prune(minute(3).minuteMs)).toBe(0);
    });
  });
}
