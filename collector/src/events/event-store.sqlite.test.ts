// The EventStore contract against SQLite on a real database file, plus what only the SQLite store has: the
// acked sequence read back by a second store on the file, the indexes each query uses, the common-word text
// search's bounded scan window, the upgrade of an old database, full-text partitions dropped whole and rowids never reused, and
// the one list of event kinds checked against the .proto.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bigIntToU64, vigil } from '@vigil/proto';
import { openDatabase, type Db } from '../store/db.js';
import { openTempDatabase } from '../store/testkit-db.js';
import { EVENT_KINDS, SqliteEventStore, eventsMigrations } from './store.js';
import type { EventCursor } from './types.js';
import { describeEventStoreContract } from './event-store.contract.js';
import { TEXT_PARTITION_SHIFT, textPartitions } from './text-index.js';
import { CHUNK_OF_ROW } from './chunks.js';

function openSqlite(options: { maxTextScanRows?: number; maxTextCandidates?: number; clock?: () => number } = {}): {
  store: SqliteEventStore;
  db: Db;
  close(): void;
} {
  const t = openTempDatabase('events', eventsMigrations);
  return { store: new SqliteEventStore(t.db, { clock: () => 1000, ...options }), ...t };
}

describeEventStoreContract('SqliteEventStore', openSqlite);

describe('SqliteEventStore', () => {
  let close: (() => void) | undefined;
  afterEach(() => close?.());

  it('keeps the acked sequence in the file: a fresh store on it knows it (durable, not just cached)', () => {
    const t = openSqlite();
    close = () => t.close();
    t.store.insertBatches([{ agentId: 'a1', events: [1, 2, 3, 4].map((seq) => ({ id: `id-${seq}`, agentId: 'a1', seq, timeNs: seq, log: { raw: 'x' } })) }]);
    expect(new SqliteEventStore(t.db).ackedSeq('a1')).toBe(4);
  });

  it("stores the agent's own bytes of an event when the batch carries them, and encodes again when their count is off", () => {
    const t = openSqlite();
    close = () => t.close();
    const events = [1, 2].map((seq) => vigil.v1.Event.create({ id: `id-${seq}`, agentId: 'a1', seq, timeNs: seq, log: { raw: `line ${seq}` } }));
    // the wire bytes carry a field this collector does not know (number 1000): kept as sent
    const unknown = Buffer.from([0xc2, 0x3e, 0x01, 0x78]);
    const bodies = events.map((e) => Buffer.concat([vigil.v1.Event.encode(e).finish(), unknown]));
    t.store.insertBatches([{ agentId: 'a1', events, bodies }]);
    t.store.insertBatches([{ agentId: 'a2', events: events.map((e) => ({ ...e, agentId: 'a2' })), bodies: bodies.slice(1) }]);
    const stored = (agent: string) =>
      (t.db.prepare('SELECT body FROM events WHERE agent_id = ? ORDER BY seq').pluck().all(agent) as Buffer[]).map((b) => Buffer.from(b));
    expect(stored('a1')).toEqual(bodies);
    expect(stored('a2').map((b) => b.subarray(-unknown.length).equals(unknown))).toEqual([false, false]);
    expect(t.store.get('a1', 2)?.event.log?.raw).toBe('line 2');
  });

  it("seeks a host's and a lookup's rows in their chunked index, chunk by chunk, never scanning it", () => {
    const t = openSqlite();
    close = () => t.close();
    const plan = (sql: string) => (t.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((p) => p.detail).join(' | ');
    const inChunks = `${CHUNK_OF_ROW} IN (SELECT value FROM json_each('[0,1]'))`;
    const seeks = (index: string, where: string, key: string) =>
      expect(plan(`SELECT rowid, time_ns FROM events INDEXED BY ${index} WHERE ${inChunks} AND ${where} ORDER BY time_ns DESC, rowid DESC LIMIT 9`)).toMatch(
        new RegExp(`SEARCH events USING (COVERING )?INDEX ${index} \\(<expr>=\\? AND ${key}=\\?`),
      );
    seeks('events_chunk_agent_time', "agent_id = 'a' AND time_ns > 5", 'agent_id');
    seeks('events_chunk_agent_kind_time', "agent_id = 'a' AND kind IN ('log', 'process_start')", 'agent_id');
    for (const column of ['exe', 'sha256', 'user', 'remote']) seeks(`events_chunk_${column}_time`, `${column} = 'x'`, column);
  });

  it('bounds a common-word text search to its scan window and continues after it, finding every match once', () => {
    // more matches (5) than the store sorts whole (3): the search walks the rows newest first, 10 per call
    const t = openSqlite({ maxTextScanRows: 10, maxTextCandidates: 3 });
    close = () => t.close();
    const t0 = Date.now() * 1_000_000;
    const events = Array.from({ length: 40 }, (_, i) =>
      vigil.v1.Event.create({ id: `e${i}`, agentId: 'a', seq: i + 1, timeNs: t0 + i, log: { source: 'x', raw: i < 5 ? `needle ${i}` : `hay ${i}` } }),
    );
    t.store.insertBatches([{ agentId: 'a', events }]);
    const found: string[] = [];
    let after: EventCursor | undefined;
    let calls = 0;
    for (;;) {
      calls++;
      const page = t.store.search({ agentId: 'a', text: 'NEEDLE', after, limit: 2 });
      found.push(...page.events.map((e) => e.id));
      after = page.next;
      if (!after) break;
    }
    expect(found).toEqual(['e4', 'e3', 'e2', 'e1', 'e0']);
    expect(calls).toBeGreaterThanOrEqual(4);
    expect(t.store.search({ agentId: 'a', limit: 100 }).events).toHaveLength(40);
  });

  it('answers the fleet-wide newest view and a kind from an index ordered by time', () => {
    const t = openSqlite();
    close = () => t.close();
    const plan = (sql: string) => (t.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((p) => p.detail).join(' | ');
    const newest = 'ORDER BY time_ns DESC, rowid DESC LIMIT 100';
    const expectIndexed = (sql: string, index: string) => {
      const p = plan(sql);
      expect(p).toContain(index);
      expect(p).not.toContain('TEMP B-TREE'); // read in order, never sorted
    };
    expectIndexed(`SELECT * FROM events ${newest}`, 'events_time');
    expectIndexed(`SELECT * FROM events WHERE kind = 'log' AND time_ns <= 5 AND (time_ns < 5 OR rowid < 9) ${newest}`, 'events_kind_time');
  });

  it('upgrades a database of the old schema: existing events become searchable by text and lookup', () => {
    const dir = mkdtempSync(join(tmpdir(), `vigil-events-upgrade-${process.pid}-`));
    close = () => rmSync(dir, { recursive: true, force: true });
    const path = join(dir, 'events.db');
    const old = openDatabase({ path, migrations: eventsMigrations.filter((m) => m.id === 'events-1' || m.id === 'events-2') });
    const put = old.prepare('INSERT INTO events (agent_id, seq, id, time_ns, kind, received_ms, body) VALUES (?, ?, ?, ?, ?, ?, ?)');
    // more rows than one backfill step decodes
    const fill = old.transaction(() => {
      for (let seq = 1; seq <= 12_000; seq++) {
        const e = vigil.v1.Event.create({
          id: `e${seq}`,
          agentId: 'a',
          seq,
          timeNs: 1_000 + seq,
          ...(seq % 1000 === 0
            ? { processStart: { pid: seq, exe: '/opt/rare/tool', user: 'zoe', sha256: 'ef'.repeat(32) } }
            : { log: { raw: `plain line ${seq}` } }),
        });
        put.run('a', seq, e.id, 1_000 + seq, seq % 1000 === 0 ? 'process_start' : 'log', 1, vigil.v1.Event.encode(e).finish());
      }
    });
    fill();
    old.close();
    const db = openDatabase({ path, migrations: eventsMigrations });
    const store = new SqliteEventStore(db);
    const rare = Array.from({ length: 12 }, (_, i) => `e${(12 - i) * 1000}`);
    expect(store.search({ exe: '/opt/rare/tool', limit: 100 }).events.map((e) => e.id)).toEqual(rare);
    expect(store.search({ user: 'zoe', limit: 100 }).events).toHaveLength(12);
    expect(store.search({ sha256: 'ef'.repeat(32), limit: 100 }).events).toHaveLength(12);
    expect(store.search({ text: 'rare tool', limit: 100 }).events.map((e) => e.id)).toEqual(rare);
    expect(store.search({ text: 'plain line 11999', limit: 10 }).events.map((e) => e.id)).toEqual(['e11999']);
    db.close();
  });

  it('drops a full-text partition whole once its every event is pruned, and search forgets them', () => {
    const t = openSqlite();
    close = () => t.close();
    const now = 1_700_000_100_000;
    const old = BigInt(now - 10 * 86_400_000) * 1_000_000n;
    const fresh = BigInt(now) * 1_000_000n;
    const mk = (seq: number, timeNs: bigint, raw: string) =>
      vigil.v1.Event.create({ id: `e${seq}`, agentId: 'a', seq, timeNs: bigIntToU64(timeNs), log: { raw } });
    t.store.insertBatches([{ agentId: 'a', events: Array.from({ length: 100 }, (_, i) => mk(i + 1, old + BigInt(i), `ancient ${i}`)) }]);
    // jump the rowids to the next partition (2^20 events are too many for a unit test)
    const jump = mk(101, fresh, 'jump');
    t.db
      .prepare('INSERT INTO events (rowid, agent_id, seq, id, time_ns, kind, received_ms, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(2 ** TEXT_PARTITION_SHIFT, 'a', 101, 'e101', fresh, 'log', 1, vigil.v1.Event.encode(jump).finish());
    t.store.insertBatches([{ agentId: 'a', events: Array.from({ length: 10 }, (_, i) => mk(102 + i, fresh + BigInt(i), `recent ${i}`)) }]);
    expect(textPartitions(t.db)).toEqual([0, 1]);
    expect(t.store.search({ text: 'ancient', limit: 1000 }).events).toHaveLength(100);
    expect(t.store.prune({ maxAgeMs: 86_400_000, maxBytes: 1 << 30, nowMs: now })).toBe(100);
    expect(textPartitions(t.db)).toEqual([1]);
    expect(t.store.search({ text: 'ancient', limit: 1000 }).events).toEqual([]);
    expect(t.store.search({ text: 'recent', limit: 1000 }).events).toHaveLength(10);
  });

  it('never hands a pruned rowid to a new event, so its stale full-text row cannot match it (also after a restart)', () => {
    const t = openSqlite();
    close = () => t.close();
    const now = 1_700_000_100_000;
    const fresh = BigInt(now) * 1_000_000n;
    const old = BigInt(now - 10 * 86_400_000) * 1_000_000n;
    const mk = (seq: number, timeNs: bigint, raw: string) =>
      vigil.v1.Event.create({ id: `e${seq}`, agentId: 'a', seq, timeNs: bigIntToU64(timeNs), log: { raw } });
    // the newest row (highest rowid) carries an old time: age retention removes it
    t.store.insertBatches([{ agentId: 'a', events: [mk(1, fresh, 'alpha one'), mk(2, fresh, 'alpha two'), mk(3, old, 'alpha late')] }]);
    expect(t.store.prune({ maxAgeMs: 86_400_000, maxBytes: 1 << 30, nowMs: now })).toBe(1);
    t.store.insertBatches([{ agentId: 'a', events: [mk(4, fresh + 1n, 'beta four')] }]);
    const again = new SqliteEventStore(t.db);
    expect(again.prune({ maxAgeMs: 86_400_000, maxBytes: 1 << 30, nowMs: now })).toBe(0);
    t.db.prepare('DELETE FROM events WHERE seq = 4').run(); // the newest row gone again, then a restart
    new SqliteEventStore(t.db).insertBatches([{ agentId: 'a', events: [mk(5, fresh + 2n, 'gamma five')] }]);
    const reopened = new SqliteEventStore(t.db);
    expect(reopened.search({ text: 'alpha', limit: 10 }).events.map((e) => e.seq)).toEqual([2, 1]);
    expect(reopened.search({ text: 'beta', limit: 10 }).events).toEqual([]);
    expect(reopened.search({ text: 'gamma', limit: 10 }).events.map((e) => e.seq)).toEqual([5]);
  });

  it('replays more rows than one read step, across a full-text partition jump in the rowids', () => {
    let now = 1000;
    const t = openSqlite({ clock: () => now });
    close = () => t.close();
    const mk = (seq: number) => vigil.v1.Event.create({ id: `e${seq}`, agentId: 'a', seq, timeNs: bigIntToU64(BigInt(seq)), log: { raw: `r ${seq}` } });
    const batch = (from: number, n: number) => [{ agentId: 'a', events: Array.from({ length: n }, (_, i) => mk(from + i)) }];
    t.store.insertBatches(batch(1, 4000));
    now = 2000;
    t.store.insertBatches(batch(4001, 6000));
    const jump = mk(10_001);
    t.db
      .prepare('INSERT INTO events (rowid, agent_id, seq, id, time_ns, kind, received_ms, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(2 ** TEXT_PARTITION_SHIFT, 'a', 10_001, 'e10001', 10_001n, 'log', now, vigil.v1.Event.encode(jump).finish());
    t.store.insertBatches(batch(10_002, 5000));
    const replay = (sinceReceivedMs: number, maxEvents: number) => {
      const cursor = t.store.openReplay({ sinceReceivedMs, maxEvents });
      const seqs: number[] = [];
      while (cursor.next(7000, (e) => seqs.push(e.seq)) === 7000);
      return { seqs, complete: cursor.complete };
    };
    const all = replay(2000, 1_000_000);
    expect(all).toEqual({ seqs: Array.from({ length: 11_001 }, (_, i) => 4001 + i), complete: true });
    const newest = replay(0, 12_000);
    expect([newest.seqs.length, newest.seqs[0], newest.seqs[newest.seqs.length - 1], newest.complete]).toEqual([12_000, 3002, 15_001, false]);
  });

  it('reads a host, a kind and a lookup across many chunks exactly as a full scan orders them, late events included', () => {
    const t = openSqlite();
    close = () => t.close();
    const base = 1_700_000_000_000_000_000n;
    const seqs = new Map<string, number>();
    const mk = (agentId: string, timeNs: bigint, i: number) => {
      const seq = (seqs.get(agentId) ?? 0) + 1;
      seqs.set(agentId, seq);
      const event =
        i % 3 === 0 ? { processStart: { pid: i, exe: i % 2 ? '/bin/odd' : '/bin/even', user: 'u' } } : { log: { source: 'auth', raw: `line ${i}` } };
      return vigil.v1.Event.create({ id: `${agentId}-${seq}`, agentId, seq, timeNs: bigIntToU64(timeNs), ...event });
    };
    // a and b stream through three chunks; c only now and then; b's spool then delivers an hour-old backlog
    const rows = (n: number, from: number, late = 0n) => {
      const byHost = new Map<string, vigil.v1.Event[]>();
      for (let i = from; i < from + n; i++) {
        const host = i % 500 === 0 ? 'c' : i % 2 ? 'a' : 'b';
        byHost.set(host, [...(byHost.get(host) ?? []), mk(host, base + BigInt(i) * 1000n - late, i)]);
      }
      return [...byHost].map(([agentId, events]) => ({ agentId, events }));
    };
    for (let i = 0; i < 40_000; i += 5000) t.store.insertBatches(rows(5000, i));
    t.store.insertBatches(rows(2000, 40_000, 3_600_000_000_000n).filter((b) => b.agentId === 'b'));
    expect((t.db.prepare('SELECT COUNT(*) FROM event_chunks').pluck().get() as number) >= 3).toBe(true);

    const scan = (where: string, order = 'time_ns DESC, rowid DESC') =>
      t.db.prepare(`SELECT rowid FROM events NOT INDEXED WHERE ${where} ORDER BY ${order}`).pluck().all() as number[];
    const pages = (q: Parameters<SqliteEventStore['search']>[0]) => {
      const out: number[] = [];
      for (let page = t.store.search(q); ; page = t.store.search({ ...q, after: page.next })) {
        out.push(...page.events.map((e) => e.rowid));
        if (!page.next) return out;
      }
    };
    for (const host of ['a', 'b', 'c']) {
      expect(pages({ agentId: host, limit: 700 })).toEqual(scan(`agent_id = '${host}'`));
      expect(t.store.count({ agentId: host })).toBe(scan(`agent_id = '${host}'`).length);
    }
    expect(pages({ agentId: 'b', kinds: ['process_start'], limit: 333 })).toEqual(scan("agent_id = 'b' AND kind = 'process_start'"));
    expect(pages({ exe: '/bin/odd', limit: 1000 })).toEqual(scan("exe = '/bin/odd'"));
    expect(pages({ agentId: 'a', exe: '/bin/odd', fromNs: base + 10_000_000n, toNs: base + 30_000_000n, limit: 250 })).toEqual(
      scan(`agent_id = 'a' AND exe = '/bin/odd' AND time_ns >= ${base + 10_000_000n} AND time_ns < ${base + 30_000_000n}`),
    );
    expect(t.store.search({ agentId: 'b', text: 'line', limit: 50 }).events.map((e) => e.rowid)).toEqual(scan("agent_id = 'b' AND kind = 'log'").slice(0, 50));
    expect(t.store.recent('c', ['log'], 5).map((e) => e.rowid)).toEqual(scan("agent_id = 'c' AND kind = 'log'").slice(0, 5).reverse());

    const fromNs = base - 3_600_000_000_000n;
    const toNs = base + 35_000_000n;
    const timeline: number[] = [];
    for (let after: EventCursor | undefined; ;) {
      const got = t.store.timeline({ agentId: 'b', fromNs, toNs, after, limit: 900 });
      timeline.push(...got.map((e) => e.rowid));
      const last = got[got.length - 1];
      if (got.length < 900 || !last) break;
      after = { timeNs: last.timeNs, rowid: last.rowid };
    }
    expect(timeline).toEqual(scan(`agent_id = 'b' AND time_ns >= ${fromNs} AND time_ns < ${toNs}`, 'time_ns, rowid'));
    const kinds = t.db.prepare("SELECT kind, COUNT(*) AS n FROM events NOT INDEXED WHERE agent_id = 'b' GROUP BY kind").all() as Array<{
      kind: string;
      n: number;
    }>;
    expect(t.store.countByKind({ agentId: 'b' })).toEqual(Object.fromEntries(kinds.map((k) => [k.kind, k.n])));
    const fromMs = Number((base - 3_600_000_000_000n) / 1_000_000n);
    const rates = t.store.rates({ agentId: 'b', fromMs, toMs: fromMs + 3_700_000, bucketMs: 60_000 });
    expect(rates.reduce((n, r) => n + r.count, 0)).toBe(scan("agent_id = 'b'").length);
  });

  it('names every payload of the .proto', () => {
    const proto = readFileSync(fileURLToPath(new URL('../../../proto/vigil/v1/vigil.proto', import.meta.url)), 'utf8');
    const oneof = /message Event \{[\s\S]*?oneof payload \{([\s\S]*?)\}/.exec(proto)![1]!;
    const members = [...oneof.matchAll(/^\s*\w+\s+(\w+)\s*=\s*\d+;/gm)].map((m) => m[1]);
    expect([...EVENT_KINDS].sort()).toEqual(members.sort());
  });
});
