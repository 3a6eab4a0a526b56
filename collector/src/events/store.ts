// The embedded event store (SqliteEventStore, the EventStore of types.ts): one SQLite table of protobuf-encoded
// events keyed by (agent, seq) so each event is stored exactly once, with the indexes the page and API query by
// (host+time, kind+time), plus gaps. Writes, acks and pruning live here; search and the other reads in store-reads.ts.
import { vigil, u64ToBigInt, u64ToNumber } from '@vigil/proto';
import type { Db, Migration } from '../store/db.js';
import { EVENT_COLUMNS, SqliteEventReads, type EventRow } from './store-reads.js';
import type {
  EventPage,
  EventQuery,
  EventSearchQuery,
  EventStore,
  EventTimelineQuery,
  FoundEvent,
  GapRecord,
  InsertResult,
  RateBucket,
  StoredEvent,
} from './types.js';

export const eventsMigration: Migration = {
  id: 'events-1',
  up(db) {
    db.exec(`
      CREATE TABLE events (
        rowid INTEGER PRIMARY KEY,
        agent_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        id TEXT NOT NULL,
        time_ns INTEGER NOT NULL,
        kind TEXT NOT NULL,
        received_ms INTEGER NOT NULL,
        body BLOB NOT NULL
      );
      CREATE UNIQUE INDEX events_agent_seq ON events (agent_id, seq);
      CREATE INDEX events_agent_time ON events (agent_id, time_ns);
      CREATE INDEX events_kind_time ON events (kind, time_ns);
      CREATE TABLE agent_seq (agent_id TEXT PRIMARY KEY, acked_seq INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TABLE gaps (
        agent_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        dropped INTEGER NOT NULL,
        first_seq INTEGER NOT NULL,
        last_seq INTEGER NOT NULL,
        first_time_ns INTEGER NOT NULL,
        last_time_ns INTEGER NOT NULL,
        reason TEXT NOT NULL,
        received_ms INTEGER NOT NULL,
        PRIMARY KEY (agent_id, seq)
      ) WITHOUT ROWID;
    `);
  },
};

/** The same dropped range can arrive twice (an agent re-reports a gap whose first report it lost): keep one. */
export const eventsGapsUniqueMigration: Migration = {
  id: 'events-2',
  up(db) {
    db.exec('CREATE UNIQUE INDEX gaps_agent_range ON gaps (agent_id, first_seq, last_seq)');
  },
};

/** Every migration of the event store, in order. */
export const eventsMigrations: readonly Migration[] = [eventsMigration, eventsGapsUniqueMigration];

/**
 * Every event kind: the Event payload oneof members of the .proto, in snake_case as the store, the API and
 * the page name them. Defined once here; events.test.ts checks it against the .proto.
 */
export const EVENT_KINDS = [
  'process_start',
  'process_exit',
  'network_connection',
  'network_listener',
  'log',
  'file_change',
  'inventory',
  'health',
  'gap',
  'tamper',
  'file_access',
  'coverage',
] as const;
export type EventKindName = (typeof EVENT_KINDS)[number];

/** protobufjs names the oneof member in camelCase; the store and the API use the .proto's snake_case. */
export function kindOf(event: vigil.v1.IEvent): string {
  const name = (event as vigil.v1.Event).payload ?? Object.keys(event).find((k) => PAYLOAD_FIELDS.has(k) && (event as Record<string, unknown>)[k] != null);
  return name ? String(name).replace(/[A-Z]/g, (c: string) => `_${c.toLowerCase()}`) : 'unknown';
}
const PAYLOAD_FIELDS = new Set<string>(EVENT_KINDS.map((k) => k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase())));

const MAX_QUERY_LIMIT = 10_000;

/** Decodes a stored row back into the event ingest stored. */
function toStoredEvent(r: EventRow): StoredEvent {
  return { id: r.id, agentId: r.agent_id, seq: Number(r.seq), timeNs: r.time_ns, kind: r.kind, event: vigil.v1.Event.decode(r.body) };
}

/** The WHERE clause of a query or count: host, kind, time range. */
function whereOf(q: Pick<EventQuery, 'agentId' | 'kind' | 'fromNs' | 'toNs'>): { where: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, ...values: unknown[]) => {
    where.push(clause);
    params.push(...values);
  };
  if (q.agentId !== undefined) add('agent_id = ?', q.agentId);
  if (q.kind !== undefined) add('kind = ?', q.kind);
  if (q.fromNs !== undefined) add('time_ns >= ?', q.fromNs);
  if (q.toNs !== undefined) add('time_ns < ?', q.toNs);
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

export interface SqliteEventStoreOptions {
  clock?: () => number;
  /** Rows a text search reads per call, so one search never scans the whole table (config api.maxTextScanRows). */
  maxTextScanRows?: number;
}

export class SqliteEventStore implements EventStore {
  private readonly db: Db;
  private readonly clock: () => number;
  private readonly acked = new Map<string, number>();
  private readonly stmt;
  private readonly reads: SqliteEventReads;

  constructor(db: Db, options: SqliteEventStoreOptions = {}) {
    this.db = db;
    this.clock = options.clock ?? Date.now;
    this.reads = new SqliteEventReads(db, toStoredEvent, options.maxTextScanRows ?? 200_000);
    this.stmt = {
      insert: db.prepare('INSERT OR IGNORE INTO events (agent_id, seq, id, time_ns, kind, received_ms, body) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      getAcked: db.prepare('SELECT acked_seq FROM agent_seq WHERE agent_id = ?').pluck(),
      setAcked: db.prepare('INSERT INTO agent_seq (agent_id, acked_seq) VALUES (?, ?) ON CONFLICT(agent_id) DO UPDATE SET acked_seq = excluded.acked_seq'),
      insertGap: db.prepare(
        'INSERT OR IGNORE INTO gaps (agent_id, seq, dropped, first_seq, last_seq, first_time_ns, last_time_ns, reason, received_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      gaps: db.prepare('SELECT * FROM gaps WHERE agent_id = ? ORDER BY seq DESC LIMIT ?').safeIntegers(true),
      kinds: db.prepare('SELECT DISTINCT kind FROM events').pluck(),
      pruneKind: db.prepare('DELETE FROM events WHERE rowid IN (SELECT rowid FROM events WHERE kind = ? AND time_ns < ? LIMIT 5000)'),
      pruneOldest: db.prepare('DELETE FROM events WHERE rowid IN (SELECT rowid FROM events ORDER BY rowid LIMIT ?)'),
      anyEvent: db.prepare('SELECT 1 FROM events LIMIT 1').pluck(),
      maxSeqUpTo: db.prepare('SELECT MAX(seq) FROM events WHERE agent_id = ? AND seq <= ?').pluck(),
    };
  }

  ackedSeq(agentId: string): number {
    let v = this.acked.get(agentId);
    if (v === undefined) {
      v = Number((this.stmt.getAcked.get(agentId) as number | bigint | undefined) ?? 0);
      this.acked.set(agentId, v);
    }
    return v;
  }

  rewind(agentId: string, agentLastSeq: number): number {
    const held = Number((this.stmt.maxSeqUpTo.get(agentId, agentLastSeq) as number | bigint | null | undefined) ?? 0);
    this.stmt.setAcked.run(agentId, held);
    this.acked.set(agentId, held);
    return held;
  }

  insertBatches(
    batches: ReadonlyArray<{ agentId: string; events: readonly vigil.v1.IEvent[] }>,
    within?: (agentId: string, inserted: readonly StoredEvent[]) => void,
  ): InsertResult[] {
    const now = this.clock();
    const pendingAcks = new Map<string, number>();
    const run = this.db.transaction(() => {
      const results: InsertResult[] = [];
      for (const { agentId, events } of batches) {
        let acked = pendingAcks.get(agentId) ?? this.ackedSeq(agentId);
        const inserted: StoredEvent[] = [];
        let duplicates = 0;
        let advanced = false;
        for (const ev of events) {
          const seq = u64ToNumber(ev.seq);
          if (seq <= acked) {
            duplicates++;
            continue;
          }
          const timeNs = u64ToBigInt(ev.timeNs);
          const kind = kindOf(ev);
          const message = ev instanceof vigil.v1.Event ? ev : vigil.v1.Event.fromObject(ev);
          const body = vigil.v1.Event.encode(message).finish();
          const id = ev.id ?? '';
          const info = this.stmt.insert.run(agentId, seq, id, timeNs, kind, now, body);
          if (info.changes === 0) {
            // Held already (after a rewind, by a forged event): the sequence is taken, so it is acked too.
            duplicates++;
            acked = seq;
            advanced = true;
            continue;
          }
          if (message.gap) {
            const g = message.gap;
            this.stmt.insertGap.run(
              agentId,
              seq,
              u64ToNumber(g.dropped),
              u64ToNumber(g.firstSeq),
              u64ToNumber(g.lastSeq),
              u64ToBigInt(g.firstTimeNs),
              u64ToBigInt(g.lastTimeNs),
              g.reason ?? '',
              now,
            );
          }
          inserted.push({ id, agentId, seq, timeNs, kind, event: message });
          acked = seq;
          advanced = true;
        }
        if (advanced) {
          this.stmt.setAcked.run(agentId, acked);
          pendingAcks.set(agentId, acked);
        }
        if (within && inserted.length > 0) within(agentId, inserted);
        results.push({ inserted, duplicates, ackedSeq: acked });
      }
      return results;
    });
    const results = run.immediate();
    for (const [agentId, seq] of pendingAcks) this.acked.set(agentId, seq);
    return results;
  }

  query(q: EventQuery): StoredEvent[] {
    const { where, params } = whereOf(q);
    const limit = Math.max(1, Math.min(q.limit ?? 100, MAX_QUERY_LIMIT));
    const sql = `SELECT ${EVENT_COLUMNS} FROM events ${where} ORDER BY time_ns DESC LIMIT ${limit}`;
    return (
      this.db
        .prepare(sql)
        .safeIntegers(true)
        .all(...params) as EventRow[]
    ).map(toStoredEvent);
  }

  count(q: { agentId?: string; kind?: string } = {}): number {
    const { where, params } = whereOf(q);
    const sql = `SELECT COUNT(*) FROM events ${where}`;
    return Number(
      this.db
        .prepare(sql)
        .pluck()
        .get(...params),
    );
  }

  gaps(agentId: string, limit = 100): GapRecord[] {
    const rows = this.stmt.gaps.all(agentId, Math.max(1, Math.min(limit, MAX_QUERY_LIMIT))) as Array<Record<string, bigint | string>>;
    return rows.map((r) => ({
      agentId: r.agent_id as string,
      seq: Number(r.seq),
      dropped: Number(r.dropped),
      firstSeq: Number(r.first_seq),
      lastSeq: Number(r.last_seq),
      firstTimeNs: r.first_time_ns as bigint,
      lastTimeNs: r.last_time_ns as bigint,
      reason: r.reason as string,
      receivedAtMs: Number(r.received_ms),
    }));
  }

  usedBytes(): number {
    const pageSize = Number(this.db.pragma('page_size', { simple: true }));
    const pages = Number(this.db.pragma('page_count', { simple: true }));
    const free = Number(this.db.pragma('freelist_count', { simple: true }));
    return (pages - free) * pageSize;
  }

  prune(policy: { maxAgeMs: number; maxBytes: number; nowMs: number }): number {
    let deleted = 0;
    const cutoffNs = BigInt(Math.max(0, policy.nowMs - policy.maxAgeMs)) * 1_000_000n;
    for (const kind of this.stmt.kinds.all() as string[]) {
      for (;;) {
        const n = this.stmt.pruneKind.run(kind, cutoffNs).changes;
        deleted += n;
        if (n === 0) break;
      }
    }
    // Size: delete the oldest rows in chunks until the file's used pages fit (sequences stay in agent_seq).
    while (this.usedBytes() > policy.maxBytes && this.stmt.anyEvent.get() !== undefined) {
      deleted += this.stmt.pruneOldest.run(2000).changes;
    }
    return deleted;
  }

  search(q: EventSearchQuery): EventPage {
    return this.reads.search(q);
  }

  rates(q: { agentId?: string; fromMs: number; toMs: number; bucketMs: number }): RateBucket[] {
    return this.reads.rates(q);
  }

  get(agentId: string, seq: number): FoundEvent | undefined {
    return this.reads.get(agentId, seq);
  }

  timeline(q: EventTimelineQuery): FoundEvent[] {
    return this.reads.timeline(q);
  }

  countByKind(q?: { agentId?: string; fromNs?: bigint; toNs?: bigint }): Record<string, number> {
    return this.reads.countByKind(q);
  }

  recent(agentId: string, kinds: readonly string[], limit: number): FoundEvent[] {
    return this.reads.recent(agentId, kinds, limit);
  }
}
