// The AuditLog contract: entries kept as written and paged newest first, filters, oversized details replaced
// by a marker, the hash chain verifiable after writes and pruning, refused unauthenticated requests folded into
// one counted entry per window, and retention by age and count. audit-log.sqlite.test.ts runs it against SQLite.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditRecord } from './writer.js';
import type { AuditLimits, AuditLog } from './types.js';

/** The limits `open` must build its log with: the aggregation checks below depend on them. */
export const AUDIT_LOG_CONTRACT_LIMITS: AuditLimits = { refusedWindowMs: 60_000, maxAggregates: 2 };

const refused = (over: Partial<AuditRecord> = {}): AuditRecord => ({
  user: '-',
  source: '203.0.113.7',
  action: 'session.login',
  target: '',
  result: 'denied',
  unauthenticated: true,
  ...over,
});

export function describeAuditLogContract(implName: string, open: () => { store: AuditLog; close(): void }): void {
  describe(`AuditLog contract: ${implName}`, () => {
    let log: AuditLog;
    let opened: ReturnType<typeof open> | undefined;
    beforeEach(() => {
      opened = open();
      log = opened.store;
    });
    afterEach(() => opened?.close());

    it('keeps entries as written and pages newest first by id', () => {
      for (let i = 0; i < 5; i++) {
        log.write({ user: 'ann', source: '127.0.0.1', action: 'command.create', target: `agent:${i}`, result: 'ok', detail: { i }, timeMs: 1000 + i });
      }
      log.write({ user: 'bob', source: '127.0.0.1', action: 'user.create', target: 'user:x', result: 'denied', timeMs: 1005 });
      const first = log.list({ limit: 3 });
      expect(first.map((e) => e.user)).toEqual(['bob', 'ann', 'ann']);
      const next = log.list({ limit: 10, beforeId: first[2]!.id });
      expect(next.map((e) => e.target)).toEqual(['agent:2', 'agent:1', 'agent:0']);
      expect(next[0]!.detail).toEqual({ i: 2 });
      expect(log.list({ limit: 10, user: 'bob' })[0]).toMatchObject({ action: 'user.create', result: 'denied', timeMs: 1005, detail: null });
      expect(log.list({ limit: 100 })).toHaveLength(6);
      const ids = log.list({ limit: 100 }).map((e) => e.id);
      expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    });

    it('filters by user, action, target and time', () => {
      log.write({ user: 'ann', source: 's', action: 'alert.status', target: 'alert:1', result: 'ok', timeMs: 100 });
      log.write({ user: 'bob', source: 's', action: 'alert.status', target: 'alert:2', result: 'ok', timeMs: 200 });
      log.write({ user: 'ann', source: 's', action: 'command.create', target: 'agent:a1', result: 'failed', timeMs: 300 });
      const targets = (q: Omit<Parameters<AuditLog['list']>[0], 'limit'>) => log.list({ ...q, limit: 100 }).map((e) => e.target);
      expect(targets({ user: 'ann' })).toEqual(['agent:a1', 'alert:1']);
      expect(targets({ action: 'alert.status' })).toEqual(['alert:2', 'alert:1']);
      expect(targets({ target: 'agent:a1' })).toEqual(['agent:a1']);
      expect(targets({ target: 'agent:a' })).toEqual([]);
      expect(targets({ sinceMs: 200 })).toEqual(['agent:a1', 'alert:2']);
      expect(targets({ untilMs: 200 })).toEqual(['alert:1']);
      expect(targets({ user: 'ann', sinceMs: 100, untilMs: 300 })).toEqual(['alert:1']);
      expect(log.list({ limit: 1 })).toHaveLength(1);
    });

    it('replaces an oversized detail with a marker', () => {
      log.write({ user: 'a', source: 's', action: 'x', target: '', result: 'ok', detail: { big: 'y'.repeat(10_000) } });
      expect(log.list({ limit: 1 })[0]!.detail).toEqual({ truncated: true, chars: expect.any(Number) as unknown });
    });

    it('chains every entry: the chain verifies after writes and after pruning', () => {
      expect(log.verify()).toEqual({ ok: true, rows: 0, firstBad: null });
      for (let i = 0; i < 6; i++) log.write({ user: 'ann', source: 's', action: 'x', target: `t:${i}`, result: 'ok', timeMs: 1000 + i });
      expect(log.verify()).toEqual({ ok: true, rows: 6, firstBad: null });
      log.prune({ maxAgeMs: 1_000_000_000_000, maxRows: 3, nowMs: 2000 });
      expect(log.verify()).toMatchObject({ ok: true, firstBad: null });
    });

    it('folds refused unauthenticated requests into one counted entry per source, action and result per window', () => {
      const T = 1_700_000_000_000;
      log.write(refused({ timeMs: T, user: 'root' }));
      // the first of a window is visible at once, the repeats are only counted
      expect(log.list({ limit: 100 })).toHaveLength(1);
      for (let i = 1; i <= 4; i++) log.write(refused({ timeMs: T + i * 1000, user: i % 2 ? 'admin' : 'root' }));
      log.write(refused({ timeMs: T + 5000, source: '198.51.100.1' }));
      expect(log.list({ limit: 100 })).toHaveLength(2);
      log.flushAggregates(T + 59_999);
      expect(log.list({ limit: 100 })).toHaveLength(2);
      log.flushAggregates(T + 60_000);
      const rows = log.list({ limit: 100 });
      expect(rows).toHaveLength(3);
      expect(rows[0]).toMatchObject({
        source: '203.0.113.7',
        action: 'session.login',
        result: 'denied',
        user: '-',
        timeMs: T + 4000,
        detail: { aggregated: true, count: 4, firstMs: T, lastMs: T + 4000 },
      });
      expect([...(rows[0]!.detail!.users as string[])].sort()).toEqual(['admin', 'root']);
      // a request that was let in is never folded, nor is an authenticated refusal
      log.write(refused({ result: 'ok', timeMs: T + 61_000 }));
      log.write(refused({ unauthenticated: false, timeMs: T + 61_001 }));
      log.write(refused({ unauthenticated: false, timeMs: T + 61_002 }));
      expect(log.list({ limit: 100 })).toHaveLength(6);
      // `all` writes every open window's count at once (at stop); a window with no repeat writes nothing more
      log.write(refused({ timeMs: T + 70_000 }));
      log.write(refused({ timeMs: T + 70_001, user: 'x' }));
      log.flushAggregates(T + 70_002, true);
      expect(log.list({ limit: 1 })[0]).toMatchObject({ user: 'x', detail: { aggregated: true, count: 1 } });
      expect(log.list({ limit: 100 })).toHaveLength(8);
      expect(log.verify()).toMatchObject({ ok: true, rows: 8 });
    });

    it('folds new sources into "*" once it holds maxAggregates windows', () => {
      const T = 1_700_000_000_000;
      log.write(refused({ source: '10.0.0.1', timeMs: T }));
      log.write(refused({ source: '10.0.0.2', timeMs: T }));
      log.write(refused({ source: '10.0.0.3', timeMs: T }));
      log.write(refused({ source: '10.0.0.4', timeMs: T + 1 }));
      log.write(refused({ source: '10.0.0.5', timeMs: T + 2 }));
      log.flushAggregates(T + 60_000);
      const sources = log.list({ limit: 100 }).map((e) => e.source);
      // three first-of-window rows (the third already counted under "*"), then "*"'s count of the other two
      expect(sources).toEqual(['*', '10.0.0.3', '10.0.0.2', '10.0.0.1']);
      expect(log.list({ limit: 1 })[0]!.detail).toMatchObject({ aggregated: true, count: 2 });
    });

    it('prunes by age and by count, keeping the newest entry, and records the prune', () => {
      for (let i = 0; i < 10; i++) log.write({ user: 'ann', source: 's', action: 'x', target: `t:${i}`, result: 'ok', timeMs: 1000 + i });
      // everything is older than the cutoff, but the newest entry stays
      expect(log.prune({ maxAgeMs: 100, maxRows: 1000, nowMs: 10_000 })).toBe(9);
      const left = log.list({ limit: 100 });
      expect(left.map((e) => e.action)).toEqual(['audit.prune', 'x']);
      expect(left[1]!.target).toBe('t:9');
      expect(left[0]).toMatchObject({ user: 'collector', source: 'collector', result: 'ok', detail: { deleted: 9 } });
      for (let i = 0; i < 5; i++) log.write({ user: 'ann', source: 's', action: 'y', target: `u:${i}`, result: 'ok', timeMs: 20_000 + i });
      expect(log.prune({ maxAgeMs: 1_000_000, maxRows: 3, nowMs: 20_010 })).toBe(4);
      expect(log.list({ limit: 100 }).map((e) => e.target)).toEqual(['', 'u:4', 'u:3', 'u:2']);
      expect(log.prune({ maxAgeMs: 1_000_000, maxRows: 100, nowMs: 20_010 })).toBe(0);
      expect(log.list({ limit: 100 })).toHaveLength(4);
      expect(log.verify()).toMatchObject({ ok: true, rows: 4 });
    });
  });
}
