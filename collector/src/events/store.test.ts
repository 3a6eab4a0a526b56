import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { openDatabase, type Db } from '../store/db.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EVENT_KINDS, SqliteEventStore, eventsMigrations } from './store.js';
import { bigIntToU64, type vigil } from '@vigil/proto';

let dir: string;
let db: Db;
let store: SqliteEventStore;
const ev = (seq: number, extra: Partial<vigil.v1.IEvent> = {}): vigil.v1.IEvent => ({
  id: `id-${seq}`,
  agentId: 'a1',
  seq,
  timeNs: bigIntToU64(1_700_000_000_000_000_000n + BigInt(seq)),
  log: { source: 's', raw: `line ${seq}` },
  ...extra,
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-events-'));
  db = openDatabase({ path: join(dir, 'events.db'), migrations: eventsMigrations });
  store = new SqliteEventStore(db, { clock: () => 1000 });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('SqliteEventStore', () => {
  it('stores each (agent, seq) once and acks the highest stored sequence', () => {
    const [r1] = store.insertBatches([{ agentId: 'a1', events: [ev(1), ev(2), ev(3)] }]);
    expect(r1!.inserted.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(r1!.ackedSeq).toBe(3);
    const [r2] = store.insertBatches([{ agentId: 'a1', events: [ev(2), ev(3), ev(4)] }]);
    expect(r2!.inserted.map((e) => e.seq)).toEqual([4]);
    expect(r2!.duplicates).toBe(2);
    expect(store.count({ agentId: 'a1' })).toBe(4);
    // a fresh store on the same file knows the acked sequence (durable, not just cached)
    expect(new SqliteEventStore(db).ackedSeq('a1')).toBe(4);
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

  it('rolls back everything when a stage inside the transaction throws', () => {
    expect(() =>
      store.insertBatches([{ agentId: 'a1', events: [ev(1)] }], () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(store.count()).toBe(0);
    expect(store.ackedSeq('a1')).toBe(0);
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
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT * FROM events WHERE agent_id = 'a1' AND time_ns > 5 ORDER BY time_ns DESC").all() as Array<{
      detail: string;
    }>;
    expect(plan.map((p) => p.detail).join(' ')).toContain('events_agent_time');
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

  it('names every payload of the .proto, and stores the kernel telemetry kinds (file_access, coverage) under their names', () => {
    const proto = readFileSync(fileURLToPath(new URL('../../../proto/vigil/v1/vigil.proto', import.meta.url)), 'utf8');
    const oneof = /message Event \{[\s\S]*?oneof payload \{([\s\S]*?)\}/.exec(proto)![1]!;
    const members = [...oneof.matchAll(/^\s*\w+\s+(\w+)\s*=\s*\d+;/gm)].map((m) => m[1]);
    expect([...EVENT_KINDS].sort()).toEqual(members.sort());
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
});
