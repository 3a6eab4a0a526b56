// The EventStore contract: what every implementation of the event tables must do (exactly-once insert with
// the caller's work inside the same transaction, acks, rewind, queries, gaps, pruning, and every read the API,
// the host tracker and the host timeline make). event-store.sqlite.test.ts runs it against SQLite; a server
// database's implementation runs the same suite.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bigIntToU64, vigil } from '@vigil/proto';
import type { EventCursor, EventStore, FoundEvent, ReplayQuery } from './types.js';

const T0 = 1_700_000_000_000_000_000n;

const ev = (seq: number, extra: Partial<vigil.v1.IEvent> = {}): vigil.v1.IEvent => ({
  id: `id-${seq}`,
  agentId: 'a1',
  seq,
  timeNs: bigIntToU64(T0 + BigInt(seq)),
  log: { source: 's', raw: `line ${seq}` },
  ...extra,
});

/** An event at a given unix millisecond. */
const at = (agentId: string, seq: number, ms: number, extra: Partial<vigil.v1.IEvent> = {}): vigil.v1.IEvent =>
  ev(seq, { id: `${agentId}-${seq}`, agentId, timeNs: bigIntToU64(BigInt(ms) * 1_000_000n), ...extra });

const ids = (events: readonly FoundEvent[]) => events.map((e) => e.id);

/** `open` gives a store on empty tables; with `clock`, the store takes receive times from it. */
export function describeEventStoreContract(implName: string, open: (options?: { clock?: () => number }) => { store: EventStore; close(): void }): void {
  describe(`EventStore contract: ${implName}`, () => {
    let store: EventStore;
    let opened: ReturnType<typeof open> | undefined;
    beforeEach(() => {
      opened = open();
      store = opened.store;
    });
    afterEach(() => opened?.close());

    it('stores each (agent, seq) once and acks the highest stored sequence', () => {
      const [r1] = store.insertBatches([{ agentId: 'a1', events: [ev(1), ev(2), ev(3)] }]);
      expect(r1!.inserted.map((e) => e.seq)).toEqual([1, 2, 3]);
      expect(r1!.ackedSeq).toBe(3);
      const [r2] = store.insertBatches([{ agentId: 'a1', events: [ev(2), ev(3), ev(4)] }]);
      expect(r2!.inserted.map((e) => e.seq)).toEqual([4]);
      expect(r2!.duplicates).toBe(2);
      expect(store.count({ agentId: 'a1' })).toBe(4);
      expect(store.ackedSeq('a1')).toBe(4);
      expect(store.ackedSeq('nobody')).toBe(0);
    });

    it('dedupes across batches of one transaction and keeps agents apart', () => {
      const res = store.insertBatches([
        { agentId: 'a1', events: [ev(1), ev(2)] },
        { agentId: 'a1', events: [ev(1), ev(2), ev(3)] },
        { agentId: 'a2', events: [ev(1, { agentId: 'a2' })] },
      ]);
      expect(res.map((r) => r.inserted.length)).toEqual([2, 1, 1]);
      expect(store.ackedSeq('a2')).toBe(1);
    });

    it('runs `within` on the newly inserted events of each agent, inside the transaction', () => {
      store.insertBatches([{ agentId: 'a1', events: [ev(1)] }]);
      const seen: Array<{ agentId: string; seqs: number[]; countInside: number }> = [];
      store.insertBatches(
        [
          { agentId: 'a1', events: [ev(1), ev(2)] },
          { agentId: 'a2', events: [ev(1, { agentId: 'a2' })] },
          { agentId: 'a1', events: [ev(2)] },
        ],
        (agentId, inserted) => seen.push({ agentId, seqs: inserted.map((e) => e.seq), countInside: store.count() }),
      );
      // only new events, and the rows are already visible to the caller's work (same transaction); none for all-duplicate batches
      expect(seen).toEqual([
        { agentId: 'a1', seqs: [2], countInside: 2 },
        { agentId: 'a2', seqs: [1], countInside: 3 },
      ]);
    });

    it('rolls back everything when a stage inside the transaction throws', () => {
      expect(() =>
        store.insertBatches([{ agentId: 'a1', events: [ev(1)] }], () => {
          throw new Error('boom');
        }),
      ).toThrow('boom');
      expect(store.count()).toBe(0);
      expect(store.ackedSeq('a1')).toBe(0);
      expect(store.gaps('a1')).toEqual([]);
      // nothing half-done: the same events go in afterwards
      expect(store.insertBatches([{ agentId: 'a1', events: [ev(1)] }])[0]!.inserted).toHaveLength(1);
    });

    it('rewinds dedupe to the highest sequence held up to what the agent wrote, keeping the rows', () => {
      store.insertBatches([{ agentId: 'a1', events: [ev(1), ev(2), ev(3), ev(4), ev(5)] }]);
      expect(store.rewind('a1', 3)).toBe(3);
      expect(store.ackedSeq('a1')).toBe(3);
      expect(store.count({ agentId: 'a1' })).toBe(5);
      // sequence 4 is taken already: a duplicate, and acked with it; 6 is new
      const [r] = store.insertBatches([{ agentId: 'a1', events: [ev(4), ev(6)] }]);
      expect(r!.inserted.map((e) => e.seq)).toEqual([6]);
      expect(r!.duplicates).toBe(1);
      expect(r!.ackedSeq).toBe(6);
      expect(store.rewind('a2', 10)).toBe(0);
      expect(store.ackedSeq('a2')).toBe(0);
    });

    it('keeps gap records per agent', () => {
      store.insertBatches([
        {
          agentId: 'a1',
          events: [
            ev(1),
            {
              id: 'g',
              agentId: 'a1',
              seq: 2,
              timeNs: 5,
              gap: { dropped: 40, firstSeq: 100, lastSeq: 139, firstTimeNs: 10, lastTimeNs: 20, reason: 'spool_full' },
            },
          ],
        },
      ]);
      const gaps = store.gaps('a1');
      expect(gaps).toHaveLength(1);
      expect(gaps[0]).toMatchObject({ dropped: 40, firstSeq: 100, lastSeq: 139, firstTimeNs: 10n, lastTimeNs: 20n, reason: 'spool_full' });
      expect(store.gaps('a2')).toEqual([]);
      // the same range reported again (its first report was dropped in the agent's spool) is kept once
      store.insertBatches([
        {
          agentId: 'a1',
          events: [
            {
              id: 'g2',
              agentId: 'a1',
              seq: 3,
              timeNs: 6,
              gap: { dropped: 40, firstSeq: 100, lastSeq: 139, firstTimeNs: 10, lastTimeNs: 20, reason: 'spool_full' },
            },
          ],
        },
      ]);
      expect(store.gaps('a1')).toHaveLength(1);
    });

    it('queries by host and time, by kind, newest first, with exact nanosecond times', () => {
      store.insertBatches([{ agentId: 'a1', events: [ev(1), ev(2), ev(3, { log: null, processExit: { pid: 7 } })] }]);
      const all = store.query({ agentId: 'a1' });
      expect(all.map((e) => e.seq)).toEqual([3, 2, 1]);
      expect(all[0]!.kind).toBe('process_exit');
      expect(all[2]!.timeNs).toBe(1_700_000_000_000_000_001n);
      expect(store.query({ kind: 'log' }).map((e) => e.seq)).toEqual([2, 1]);
      expect(store.query({ agentId: 'a1', fromNs: 1_700_000_000_000_000_002n }).map((e) => e.seq)).toEqual([3, 2]);
      expect(store.query({ agentId: 'a1', toNs: 1_700_000_000_000_000_002n }).map((e) => e.seq)).toEqual([1]);
      expect(store.query({ agentId: 'a1', limit: 1 }).map((e) => e.seq)).toEqual([3]);
      expect(store.count({ kind: 'log' })).toBe(2);
      expect(store.count({ agentId: 'a2' })).toBe(0);
    });

    it('prunes by age and by size, and sequences stay acked after pruning', () => {
      const now = 1_700_000_100_000; // ms
      const old = BigInt(now - 10 * 86_400_000) * 1_000_000n;
      const fresh = BigInt(now) * 1_000_000n;
      const events = Array.from({ length: 200 }, (_, i) =>
        ev(i + 1, { timeNs: bigIntToU64(i < 100 ? old : fresh), log: { source: 's', raw: 'z'.repeat(2000) } }),
      );
      store.insertBatches([{ agentId: 'a1', events }]);
      expect(store.prune({ maxAgeMs: 86_400_000, maxBytes: 1 << 30, nowMs: now })).toBe(100);
      expect(store.count()).toBe(100);
      const used = store.usedBytes();
      store.prune({ maxAgeMs: 86_400_000, maxBytes: Math.floor(used / 2), nowMs: now });
      expect(store.count()).toBeLessThan(100);
      expect(store.ackedSeq('a1')).toBe(200);
      const [again] = store.insertBatches([{ agentId: 'a1', events: [ev(5)] }]);
      expect(again!.inserted).toEqual([]);
    });

    it('stores the kernel telemetry kinds (file_access, coverage) under their names', () => {
      store.insertBatches([
        {
          agentId: 'a1',
          events: [
            ev(1, { log: null, fileAccess: { path: '/etc/shadow', access: 'read', pid: 5, exe: '/usr/bin/cat' } }),
            ev(2, { log: null, coverage: { minuteStartNs: 60_000_000_000, kernelExecs: 10, execsWithArgs: 9, execsPidOnly: 1 } }),
          ],
        },
      ]);
      expect(store.query({ agentId: 'a1' }).map((e) => e.kind)).toEqual(['coverage', 'file_access']);
      expect(store.query({ kind: 'file_access' })[0]!.event.fileAccess).toMatchObject({ path: '/etc/shadow', access: 'read' });
    });

    it('searches newest first by host, kinds and time range', () => {
      store.insertBatches([
        { agentId: 'a1', events: [at('a1', 1, 1000), at('a1', 2, 2000, { log: null, processExit: { pid: 1 } }), at('a1', 3, 3000)] },
        { agentId: 'a2', events: [at('a2', 1, 1500)] },
      ]);
      expect(ids(store.search({ limit: 10 }).events)).toEqual(['a1-3', 'a1-2', 'a2-1', 'a1-1']);
      expect(ids(store.search({ agentId: 'a1', limit: 10 }).events)).toEqual(['a1-3', 'a1-2', 'a1-1']);
      expect(ids(store.search({ kinds: ['process_exit'], limit: 10 }).events)).toEqual(['a1-2']);
      expect(ids(store.search({ kinds: ['process_exit', 'log'], agentId: 'a2', limit: 10 }).events)).toEqual(['a2-1']);
      expect(ids(store.search({ fromNs: 1_500_000_000n, toNs: 3_000_000_000n, limit: 10 }).events)).toEqual(['a1-2', 'a2-1']);
      const page = store.search({ limit: 10 });
      expect(page.next).toBeUndefined();
      expect(page.events[0]).toMatchObject({ agentId: 'a1', seq: 3, kind: 'log', timeNs: 3_000_000_000n });
      expect(page.events[0]!.event.log?.raw).toBe('line 3');
    });

    it('pages a search with its cursor, every event once, stable while newer events arrive', () => {
      // 30 events, ten of them sharing one timestamp (the cursor's tie-breaker carries those)
      const first = Array.from({ length: 30 }, (_, i) => at('a1', i + 1, i < 10 ? 5000 : 5000 + i));
      store.insertBatches([{ agentId: 'a1', events: first }]);
      const seen: string[] = [];
      let after: EventCursor | undefined;
      let seq = 30;
      for (let pages = 0; pages < 100; pages++) {
        const page = store.search({ agentId: 'a1', after, limit: 7 });
        expect(page.events.length).toBeLessThanOrEqual(7);
        seen.push(...ids(page.events));
        // newer events land between page reads
        store.insertBatches([{ agentId: 'a1', events: [at('a1', ++seq, 900_000 + seq)] }]);
        if (!page.next) break;
        after = page.next;
      }
      expect(seen).toHaveLength(30);
      expect(new Set(seen).size).toBe(30);
      expect([...seen].sort()).toEqual(first.map((e) => e.id!).sort());
      // newest first throughout
      const byId = new Map(store.search({ agentId: 'a1', limit: 100 }).events.map((e) => [e.id, e.timeNs]));
      for (let i = 1; i < seen.length; i++) expect(byId.get(seen[i]!)! <= byId.get(seen[i - 1]!)!).toBe(true);
    });

    it('filters a search by text, case-insensitive, in any field, and pages through the matches once each', () => {
      const events = Array.from({ length: 25 }, (_, i) =>
        i % 5 === 0
          ? at('a1', i + 1, 1000 + i, { log: null, processStart: { pid: 100 + i, exe: '/usr/bin/NeedleTool', argv: ['-x'] } })
          : at('a1', i + 1, 1000 + i),
      );
      store.insertBatches([{ agentId: 'a1', events }]);
      expect(ids(store.search({ text: 'needletool', limit: 100 }).events)).toEqual(['a1-21', 'a1-16', 'a1-11', 'a1-6', 'a1-1']);
      expect(ids(store.search({ text: 'LINE 8', limit: 100 }).events)).toEqual(['a1-8']);
      expect(store.search({ text: 'absent-anywhere', limit: 100 }).events).toEqual([]);
      const found: string[] = [];
      let after: EventCursor | undefined;
      for (let pages = 0; pages < 100; pages++) {
        const page = store.search({ agentId: 'a1', text: 'NEEDLE', after, limit: 2 });
        found.push(...ids(page.events));
        if (!page.next) break;
        after = page.next;
      }
      expect(found).toEqual(['a1-21', 'a1-16', 'a1-11', 'a1-6', 'a1-1']);
    });

    it('searches by exe, sha256, user and remote address, alone or with host, kind and time', () => {
      const hash = 'ab'.repeat(32);
      store.insertBatches([
        {
          agentId: 'a1',
          events: [
            at('a1', 1, 1000, { log: null, processStart: { pid: 1, exe: '/usr/bin/curl', sha256: hash.toUpperCase(), user: 'eve' } }),
            at('a1', 2, 2000, { log: null, processStart: { pid: 2, exe: '/usr/bin/bash', sha256: 'cd'.repeat(32), user: 'root' } }),
            at('a1', 3, 3000, { log: null, networkConnection: { exe: '/usr/bin/curl', remoteAddress: '203.0.113.7', remotePort: 443 } }),
            at('a1', 4, 4000, { log: { source: 'auth.log', raw: 'Failed password for eve', fields: { user: 'eve', src_ip: '198.51.100.2' } } }),
            at('a1', 5, 5000, { log: null, fileChange: { path: '/etc/passwd', after: { sha256: hash } } }),
          ],
        },
        { agentId: 'a2', events: [at('a2', 1, 1500, { log: null, processStart: { pid: 9, exe: '/usr/bin/curl', user: 'eve' } })] },
      ]);
      expect(ids(store.search({ exe: '/usr/bin/curl', limit: 10 }).events)).toEqual(['a1-3', 'a2-1', 'a1-1']);
      expect(ids(store.search({ exe: '/usr/bin/curl', agentId: 'a1', kinds: ['process_start'], limit: 10 }).events)).toEqual(['a1-1']);
      expect(ids(store.search({ exe: '/usr/bin/cur', limit: 10 }).events)).toEqual([]);
      // a process's executable and a changed file's content, whatever the case of the hex
      expect(ids(store.search({ sha256: hash, limit: 10 }).events)).toEqual(['a1-5', 'a1-1']);
      expect(ids(store.search({ sha256: hash.toUpperCase(), limit: 10 }).events)).toEqual(['a1-5', 'a1-1']);
      expect(ids(store.search({ user: 'eve', limit: 10 }).events)).toEqual(['a1-4', 'a2-1', 'a1-1']);
      expect(ids(store.search({ user: 'eve', fromNs: 1_600_000_000n, limit: 10 }).events)).toEqual(['a1-4']);
      expect(ids(store.search({ remote: '203.0.113.7', limit: 10 }).events)).toEqual(['a1-3']);
      expect(ids(store.search({ remote: '198.51.100.2', limit: 10 }).events)).toEqual(['a1-4']);
      expect(ids(store.search({ remote: '203.0.113.7', user: 'eve', limit: 10 }).events)).toEqual([]);
      // paging a lookup keeps the cursor order
      const first = store.search({ exe: '/usr/bin/curl', limit: 2 });
      expect(ids(first.events)).toEqual(['a1-3', 'a2-1']);
      expect(ids(store.search({ exe: '/usr/bin/curl', after: first.next, limit: 2 }).events)).toEqual(['a1-1']);
    });

    it('takes search text as words, never as full-text syntax: quotes, operators, stars, columns', () => {
      const raws = ['he said "hi" twice', 'cats AND dogs', 'NEAR(alpha beta)', 'text:secret value', 'plain alpha words', 'x* marks', 'beta-max'];
      store.insertBatches([{ agentId: 'a1', events: raws.map((raw, i) => at('a1', i + 1, 1000 + i, { log: { source: 's', raw } })) }]);
      const find = (text: string) => ids(store.search({ text, limit: 10 }).events);
      expect(find('said "hi"')).toEqual(['a1-1']);
      expect(find('"hi')).toEqual(['a1-1']);
      expect(find('cats AND dogs')).toEqual(['a1-2']);
      expect(find('cats dogs')).toEqual([]); // the words in order and adjacent, not an AND of words
      expect(find('alpha OR dogs')).toEqual([]);
      expect(find('NEAR(alpha beta)')).toEqual(['a1-3']);
      expect(find('alpha NOT beta')).toEqual([]);
      expect(find('text:secret')).toEqual(['a1-4']);
      expect(find('x*')).toEqual(['a1-6']);
      expect(find('^plain')).toEqual(['a1-5']);
      expect(find('beta-m')).toEqual(['a1-7']);
      expect(find(') OR (')).toEqual([]); // the word "or", which no line holds
    });

    it('matches search text case- and accent-insensitively in any script, and rejects text it cannot search', () => {
      const raws = ['Grüße aus München', 'ÜBER alles', 'ログイン 失敗', 'Ελληνικά κείμενα', 'naïve café'];
      store.insertBatches([{ agentId: 'a1', events: raws.map((raw, i) => at('a1', i + 1, 1000 + i, { log: { source: 's', raw } })) }]);
      const find = (text: string) => ids(store.search({ text, limit: 10 }).events);
      expect(find('grüße aus münchen')).toEqual(['a1-1']);
      expect(find('über')).toEqual(['a1-2']);
      expect(find('muench')).toEqual([]);
      expect(find('munchen')).toEqual(['a1-1']);
      expect(find('ログイン')).toEqual(['a1-3']);
      expect(find('ΕΛΛΗΝΙΚΆ')).toEqual(['a1-4']);
      expect(find('NAIVE CAFE')).toEqual(['a1-5']);
      const code = (text: string) => {
        try {
          store.search({ text, limit: 10 });
          return 'none';
        } catch (err) {
          return (err as { code?: string }).code;
        }
      };
      expect(code('a'.repeat(201))).toBe('VIGIL_ERR_EVENTS_QUERY');
      expect(code('a'.repeat(200))).toBe('none');
      expect(code('"*"')).toBe('VIGIL_ERR_EVENTS_QUERY');
      expect(code('--- !!')).toBe('VIGIL_ERR_EVENTS_QUERY');
    });

    it('finds text in a process, a connection and a log line by their string values, and forgets pruned events', () => {
      const now = 1_700_000_100_000;
      store.insertBatches([
        {
          agentId: 'a1',
          events: [
            at('a1', 1, now - 10 * 86_400_000, { log: { source: 's', raw: 'ancient marker' } }),
            at('a1', 2, now, { log: null, processStart: { pid: 4242, exe: '/opt/tools/scanner', argv: ['scanner', '--deep'], user: 'mallory' } }),
            at('a1', 3, now, { log: null, networkConnection: { remoteAddress: '203.0.113.99', remotePort: 4444, exe: '/usr/bin/nc' } }),
            at('a1', 4, now, { log: { source: 's', raw: 'fresh marker' } }),
          ],
        },
      ]);
      const find = (text: string) => ids(store.search({ text, limit: 10 }).events);
      expect(find('--deep')).toEqual(['a1-2']);
      expect(find('4242')).toEqual([]); // numbers are not in the indexed text (a log line's are: they are in its words)
      expect(find('mallory')).toEqual(['a1-2']);
      expect(find('203.0.113.99')).toEqual(['a1-3']);
      expect(find('a1-3')).toEqual([]); // nor is the event id
      expect(find('marker')).toEqual(['a1-4', 'a1-1']);
      expect(store.prune({ maxAgeMs: 86_400_000, maxBytes: 1 << 30, nowMs: now })).toBe(1);
      expect(find('marker')).toEqual(['a1-4']);
      expect(find('ancient')).toEqual([]);
    });

    it('counts events per time bucket, empty buckets included, per host or for the fleet', () => {
      store.insertBatches([
        { agentId: 'a1', events: [at('a1', 1, 10_000), at('a1', 2, 10_500), at('a1', 3, 12_100), at('a1', 4, 14_000)] },
        { agentId: 'a2', events: [at('a2', 1, 10_999), at('a2', 2, 9_999)] },
      ]);
      expect(store.rates({ agentId: 'a1', fromMs: 10_000, toMs: 14_000, bucketMs: 1000 })).toEqual([
        { startMs: 10_000, count: 2 },
        { startMs: 11_000, count: 0 },
        { startMs: 12_000, count: 1 },
        { startMs: 13_000, count: 0 },
      ]);
      expect(store.rates({ fromMs: 10_000, toMs: 12_000, bucketMs: 1000 })).toEqual([
        { startMs: 10_000, count: 3 },
        { startMs: 11_000, count: 0 },
      ]);
    });

    it('reads one event by host and sequence', () => {
      store.insertBatches([
        { agentId: 'a1', events: [ev(1), ev(2, { log: null, processExit: { pid: 9 } })] },
        { agentId: 'a2', events: [ev(2, { id: 'other', agentId: 'a2' })] },
      ]);
      expect(store.get('a1', 2)).toMatchObject({ id: 'id-2', agentId: 'a1', seq: 2, kind: 'process_exit', timeNs: T0 + 2n });
      expect(store.get('a1', 2)!.event.processExit?.pid).toBe(9);
      expect(store.get('a2', 2)!.id).toBe('other');
      expect(store.get('a1', 3)).toBeUndefined();
      expect(store.get('a3', 1)).toBeUndefined();
    });

    it("reads a host's time window oldest first, in pages that continue after a cursor", () => {
      const events = Array.from({ length: 12 }, (_, i) => at('a1', i + 2, i < 6 ? 2000 : 2000 + i * 10));
      store.insertBatches([
        { agentId: 'a1', events: [at('a1', 1, 1999), ...events, at('a1', 14, 9000)] },
        { agentId: 'a2', events: [at('a2', 1, 2000)] },
      ]);
      const window = { agentId: 'a1', fromNs: 2000n * 1_000_000n, toNs: 9000n * 1_000_000n };
      const all = store.timeline({ ...window, limit: 100 });
      expect(ids(all)).toEqual(events.map((e) => e.id));
      const paged: FoundEvent[] = [];
      let after: EventCursor | undefined;
      for (let pages = 0; pages < 100; pages++) {
        const page = store.timeline({ ...window, after, limit: 4 });
        expect(page.length).toBeLessThanOrEqual(4);
        paged.push(...page);
        const last = page[page.length - 1];
        if (!last || page.length < 4) break;
        after = { timeNs: last.timeNs, rowid: last.rowid };
      }
      expect(ids(paged)).toEqual(ids(all));
      for (let i = 1; i < paged.length; i++) expect(paged[i]!.timeNs >= paged[i - 1]!.timeNs).toBe(true);
      expect(store.timeline({ ...window, agentId: 'a3', limit: 10 })).toEqual([]);
    });

    it('counts stored events by kind, per host, for the fleet, and in a time range', () => {
      store.insertBatches([
        {
          agentId: 'a1',
          events: [at('a1', 1, 1000), at('a1', 2, 2000), at('a1', 3, 3000, { log: null, processExit: { pid: 1 } })],
        },
        { agentId: 'a2', events: [at('a2', 1, 1000, { log: null, processExit: { pid: 2 } })] },
      ]);
      expect(store.countByKind()).toEqual({ log: 2, process_exit: 2 });
      expect(store.countByKind({ agentId: 'a1' })).toEqual({ log: 2, process_exit: 1 });
      expect(store.countByKind({ fromNs: 2000n * 1_000_000n, toNs: 3000n * 1_000_000n })).toEqual({ log: 1 });
      expect(store.countByKind({ agentId: 'a3' })).toEqual({});
    });

    it("replays a host's newest events of some kinds, oldest first", () => {
      store.insertBatches([
        {
          agentId: 'a1',
          events: [
            at('a1', 1, 1000, { log: null, processStart: { pid: 1, exe: '/bin/a' } }),
            at('a1', 2, 2000),
            at('a1', 3, 3000, { log: null, processExit: { pid: 1 } }),
            at('a1', 4, 4000, { log: null, processStart: { pid: 2, exe: '/bin/b' } }),
            at('a1', 5, 5000, { log: null, processStart: { pid: 3, exe: '/bin/c' } }),
          ],
        },
        { agentId: 'a2', events: [at('a2', 1, 6000, { log: null, processStart: { pid: 9, exe: '/bin/z' } })] },
      ]);
      expect(ids(store.recent('a1', ['process_start', 'process_exit'], 3))).toEqual(['a1-3', 'a1-4', 'a1-5']);
      expect(ids(store.recent('a1', ['process_start', 'process_exit'], 100))).toEqual(['a1-1', 'a1-3', 'a1-4', 'a1-5']);
      expect(ids(store.recent('a1', ['log'], 100))).toEqual(['a1-2']);
      expect(store.recent('a1', ['inventory'], 10)).toEqual([]);
    });

    it("replays the fleet's events received since a time in stored order, at most the newest maxEvents, and says when it left some out", () => {
      let now = 10_000;
      const clocked = open({ clock: () => now });
      try {
        const s = clocked.store;
        s.insertBatches([{ agentId: 'a1', events: [at('a1', 1, 5000), at('a1', 2, 1000)] }]);
        now = 20_000;
        s.insertBatches([
          { agentId: 'a2', events: [at('a2', 1, 9000)] },
          { agentId: 'a1', events: [at('a1', 3, 2000), at('a1', 4, 8000)] },
        ]);
        now = 30_000;
        s.insertBatches([{ agentId: 'a1', events: [at('a1', 4, 8000), at('a1', 5, 3000)] }]); // seq 4 again: stored once
        const replay = (sinceReceivedMs: number, maxEvents: number) => replayAll(s, { sinceReceivedMs, maxEvents });
        // the order ingest stored them in (not event time, not per host), each decoded
        expect(replay(0, 100)).toEqual({ seen: ['a1-1', 'a1-2', 'a2-1', 'a1-3', 'a1-4', 'a1-5'], events: 6, complete: true });
        expect(replay(20_000, 100)).toEqual({ seen: ['a2-1', 'a1-3', 'a1-4', 'a1-5'], events: 4, complete: true });
        expect(replay(20_000, 2)).toEqual({ seen: ['a1-4', 'a1-5'], events: 2, complete: false });
        expect(replay(20_000, 4)).toEqual({ seen: ['a2-1', 'a1-3', 'a1-4', 'a1-5'], events: 4, complete: true });
        expect(replay(30_001, 100)).toEqual({ seen: [], events: 0, complete: true });
        let decoded: vigil.v1.IEvent | undefined;
        s.openReplay({ sinceReceivedMs: 30_000, maxEvents: 1 }).next(10, (e) => (decoded = e.event));
        expect(decoded).toMatchObject({ id: 'a1-5', log: { raw: 'line 5' } });
      } finally {
        clocked.close();
      }
    });

    it('replays only the kinds asked for, maxEvents counting those alone, and skips the rest', () => {
      const exit = (seq: number) => at('a1', seq, 1000 + seq, { log: null, processExit: { pid: seq } });
      store.insertBatches([{ agentId: 'a1', events: [exit(1), at('a1', 2, 1002), at('a1', 3, 1003), exit(4), at('a1', 5, 1005), exit(6), at('a1', 7, 1007)] }]);
      const replay = (kinds: string[] | undefined, maxEvents: number) => replayAll(store, { sinceReceivedMs: 0, maxEvents, kinds });
      expect(replay(['process_exit'], 100)).toEqual({ seen: ['a1-1', 'a1-4', 'a1-6'], events: 3, complete: true });
      // the newest two exits, though five logs lie among and after them
      expect(replay(['process_exit'], 2)).toEqual({ seen: ['a1-4', 'a1-6'], events: 2, complete: false });
      expect(replay(['log', 'process_exit'], 3)).toEqual({ seen: ['a1-5', 'a1-6', 'a1-7'], events: 3, complete: false });
      expect(replay(['file_change'], 100)).toEqual({ seen: [], events: 0, complete: true });
      expect(replay(undefined, 100).events).toBe(7);
    });

    it('reads a replay a slice at a time and on into events stored after the cursor opened, of its kinds only', () => {
      const exit = (seq: number) => at('a1', seq, 1000 + seq, { log: null, processExit: { pid: seq } });
      store.insertBatches([{ agentId: 'a1', events: [exit(1), at('a1', 2, 1002), exit(3)] }]);
      const cursor = store.openReplay({ sinceReceivedMs: 0, maxEvents: 100, kinds: ['process_exit'] });
      const seen: string[] = [];
      const next = (max: number) => cursor.next(max, (e) => seen.push(e.id));
      expect(next(1)).toBe(1);
      store.insertBatches([{ agentId: 'a1', events: [at('a1', 4, 1004), exit(5)] }]);
      expect(next(5)).toBe(2); // fewer than asked: the newest row was reached
      expect(next(5)).toBe(0);
      store.insertBatches([{ agentId: 'a1', events: [exit(6)] }]);
      expect(next(5)).toBe(1);
      expect(seen).toEqual(['a1-1', 'a1-3', 'a1-5', 'a1-6']);
      expect(cursor.complete).toBe(true);

      // a run with nothing in it yet starts past the newest row, and follows what is stored next
      const later = store.openReplay({ sinceReceivedMs: Number.MAX_SAFE_INTEGER, maxEvents: 100 });
      expect(later.next(5, () => undefined)).toBe(0);
      store.insertBatches([{ agentId: 'a1', events: [exit(7)] }]);
      const tail: string[] = [];
      expect(later.next(5, (e) => tail.push(e.id))).toBe(1);
      expect(tail).toEqual(['a1-7']);
    });
  });
}

/** Every event a replay cursor hands out now, as the fleet rebuild reads them: its start sought a row at a time, then slices of two. */
function replayAll(s: EventStore, q: ReplayQuery): { seen: string[]; events: number; complete: boolean } {
  const cursor = s.openReplay(q);
  let steps = 0;
  while (!cursor.seek(1)) if (++steps > 1000) throw new Error('seek did not end');
  const seen: string[] = [];
  while (cursor.next(2, (e) => seen.push(e.id)) === 2);
  return { seen, events: seen.length, complete: cursor.complete };
}
