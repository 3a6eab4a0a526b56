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

  it('answers a host query from the host and time index', () => {
    const t = openSqlite();
    close = () => t.close();
    const plan = t.db.prepare("EXPLAIN QUERY PLAN SELECT * FROM events WHERE agent_id = 'a1' AND time_ns > 5 ORDER BY time_ns DESC").all() as Array<{
      detail: string;
    }>;
    expect(plan.map((p) => p.detail).join(' ')).toContain('events_agent_time');
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

  it("answers the fleet-wide newest view, a host's kind and each lookup from an index ordered by time", () => {
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
    expectIndexed(`SELECT * FROM events WHERE agent_id = 'a' AND kind = 'process_start' ${newest}`, 'events_agent_kind_time');
    expectIndexed(`SELECT * FROM events WHERE exe = '/bin/sh' ${newest}`, 'events_exe_time');
    expectIndexed(`SELECT * FROM events WHERE sha256 = 'ab' ${newest}`, 'events_sha256_time');
    expectIndexed(`SELECT * FROM events WHERE user = 'eve' ${newest}`, 'events_user_time');
    expectIndexed(`SELECT * FROM events WHERE remote = '192.0.2.1' ${newest}`, 'events_remote_time');
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
    const seqs: number[] = [];
    const r = t.store.replay({ sinceReceivedMs: 2000, maxEvents: 1_000_000 }, (e) => seqs.push(e.seq));
    expect(r).toEqual({ events: 11_001, complete: true });
    expect(seqs).toEqual(Array.from({ length: 11_001 }, (_, i) => 4001 + i));
    seqs.length = 0;
    expect(t.store.replay({ sinceReceivedMs: 0, maxEvents: 12_000 }, (e) => seqs.push(e.seq))).toEqual({ events: 12_000, complete: false });
    expect([seqs[0], seqs[seqs.length - 1]]).toEqual([3002, 15_001]);
  });

  it('names every payload of the .proto', () => {
    const proto = readFileSync(fileURLToPath(new URL('../../../proto/vigil/v1/vigil.proto', import.meta.url)), 'utf8');
    const oneof = /message Event \{[\s\S]*?oneof payload \{([\s\S]*?)\}/.exec(proto)![1]!;
    const members = [...oneof.matchAll(/^\s*\w+\s+(\w+)\s*=\s*\d+;/gm)].map((m) => m[1]);
    expect([...EVENT_KINDS].sort()).toEqual(members.sort());
  });
});
