// The EventStore contract against SQLite on a real database file, plus what only the SQLite store has: the
// acked sequence read back by a second store on the file, the index a host query uses, the text search's
// bounded scan window, and the one list of event kinds checked against the .proto.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { vigil } from '@vigil/proto';
import type { Db } from '../store/db.js';
import { openTempDatabase } from '../store/testkit-db.js';
import { EVENT_KINDS, SqliteEventStore, eventsMigrations } from './store.js';
import type { EventCursor } from './types.js';
import { describeEventStoreContract } from './event-store.contract.js';

function openSqlite(options: { maxTextScanRows?: number; maxTextCandidates?: number } = {}): { store: SqliteEventStore; db: Db; close(): void } {
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

  it('names every payload of the .proto', () => {
    const proto = readFileSync(fileURLToPath(new URL('../../../proto/vigil/v1/vigil.proto', import.meta.url)), 'utf8');
    const oneof = /message Event \{[\s\S]*?oneof payload \{([\s\S]*?)\}/.exec(proto)![1]!;
    const members = [...oneof.matchAll(/^\s*\w+\s+(\w+)\s*=\s*\d+;/gm)].map((m) => m[1]);
    expect([...EVENT_KINDS].sort()).toEqual(members.sort());
  });
});
