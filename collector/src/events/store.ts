// The embedded event store (SqliteEventStore, the EventStore of types.ts): one SQLite table of protobuf-encoded
// events keyed by (agent, seq) so each event is stored exactly once, with lookup columns and a full-text row
// derived at insert (extract.ts) in the same transaction, plus gaps and the chunks' time bounds (chunks.ts).
// Writes and acks live here; the schema in migrations.ts, retention in retention.ts, search and the other
// reads in store-reads.ts.
import { vigil, u64ToBigInt, u64ToNumber } from '@vigil/proto';
import type { Db } from '../store/db.js';
import { indexFieldsOf } from './extract.js';
import { EventChunks } from './chunks.js';
import { EventRetention } from './retention.js';
import { EventTextIndex } from './text-index.js';
import { SqliteEventReads, type EventRow } from './store-reads.js';
import type {
  EventPage,
  EventQuery,
  EventSearchQuery,
  EventStore,
  EventTimelineQuery,
  FoundEvent,
  GapRecord,
  InsertBatch,
  InsertResult,
  RateBucket,
  ReplayCursor,
  ReplayQuery,
  StoredEvent,
} from './types.js';

export { eventsMigration, eventsGapsUniqueMigration, eventsSearchMigration, eventsChunkedMigration, eventsMigrations } from './migrations.js';

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

export interface SqliteEventStoreOptions {
  clock?: () => number;
  /** Rows a common-word text search checks per call, so one search never scans the whole table (config api.maxTextScanRows). */
  maxTextScanRows?: number;
  /** Text matches up to which a search sorts them all by time (config api.maxTextCandidates); see store-reads.ts. */
  maxTextCandidates?: number;
}

export class SqliteEventStore implements EventStore {
  private readonly db: Db;
  private readonly clock: () => number;
  private readonly acked = new Map<string, number>();
  private readonly stmt;
  private readonly reads: SqliteEventReads;
  private readonly retention: EventRetention;
  private readonly text: EventTextIndex;
  private readonly chunks: EventChunks;

  constructor(db: Db, options: SqliteEventStoreOptions = {}) {
    this.db = db;
    this.clock = options.clock ?? Date.now;
    this.text = new EventTextIndex(db);
    this.chunks = new EventChunks(db);
    this.reads = new SqliteEventReads(db, toStoredEvent, this.text, this.chunks, {
      maxCandidates: options.maxTextCandidates ?? 20_000,
      maxScanRows: options.maxTextScanRows ?? 200_000,
    });
    this.retention = new EventRetention(db, this.text, this.chunks);
    this.stmt = {
      insert: db.prepare(
        'INSERT OR IGNORE INTO events (rowid, agent_id, seq, id, time_ns, kind, received_ms, body, exe, sha256, user, remote) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      maxRowid: db.prepare('SELECT MAX(rowid) FROM events').pluck().safeIntegers(true),
      getAcked: db.prepare('SELECT acked_seq FROM agent_seq WHERE agent_id = ?').pluck(),
      setAcked: db.prepare('INSERT INTO agent_seq (agent_id, acked_seq) VALUES (?, ?) ON CONFLICT(agent_id) DO UPDATE SET acked_seq = excluded.acked_seq'),
      insertGap: db.prepare(
        'INSERT OR IGNORE INTO gaps (agent_id, seq, dropped, first_seq, last_seq, first_time_ns, last_time_ns, reason, received_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      gaps: db.prepare('SELECT * FROM gaps WHERE agent_id = ? ORDER BY seq DESC LIMIT ?').safeIntegers(true),
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

  insertBatches(batches: ReadonlyArray<InsertBatch>, within?: (agentId: string, inserted: readonly StoredEvent[]) => void): InsertResult[] {
    const now = this.clock();
    const pendingAcks = new Map<string, number>();
    const run = this.db.transaction(() => {
      const results: InsertResult[] = [];
      let rowid = this.text.nextRowid(this.stmt.maxRowid.get() as bigint | null);
      for (const { agentId, events, bodies } of batches) {
        let acked = pendingAcks.get(agentId) ?? this.ackedSeq(agentId);
        const inserted: StoredEvent[] = [];
        let duplicates = 0;
        let advanced = false;
        for (let i = 0; i < events.length; i++) {
          const ev = events[i]!;
          const seq = u64ToNumber(ev.seq);
          if (seq <= acked) {
            duplicates++;
            continue;
          }
          const timeNs = u64ToBigInt(ev.timeNs);
          const kind = kindOf(ev);
          const message = ev instanceof vigil.v1.Event ? ev : vigil.v1.Event.fromObject(ev);
          // the agent's own bytes when the gateway kept them (one per event), else encoded again
          const body = bodies?.length === events.length ? bodies[i]! : vigil.v1.Event.encode(message).finish();
          const id = ev.id ?? '';
          const f = indexFieldsOf(message);
          const info = this.stmt.insert.run(rowid, agentId, seq, id, timeNs, kind, now, body, f.exe, f.sha256, f.user, f.remote);
          if (info.changes === 0) {
            // Held already (after a rewind, by a forged event): the sequence is taken, so it is acked too.
            duplicates++;
            acked = seq;
            advanced = true;
            continue;
          }
          this.chunks.note(rowid, timeNs);
          this.text.insert(rowid++, f.text);
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
      this.chunks.flush();
      return results;
    });
    let results: InsertResult[];
    try {
      results = run.immediate();
    } catch (err) {
      this.text.reset(); // a partition created inside the rolled-back transaction is gone again
      this.chunks.discard();
      throw err;
    }
    for (const [agentId, seq] of pendingAcks) this.acked.set(agentId, seq);
    return results;
  }

  query(q: EventQuery): StoredEvent[] {
    const limit = Math.max(1, Math.min(q.limit ?? 100, MAX_QUERY_LIMIT));
    const page = this.reads.search({ agentId: q.agentId, kinds: q.kind === undefined ? undefined : [q.kind], fromNs: q.fromNs, toNs: q.toNs, limit });
    return page.events.map(({ rowid: _rowid, ...stored }) => stored);
  }

  count(q: { agentId?: string; kind?: string } = {}): number {
    return this.reads.count(q);
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
    return this.retention.usedBytes();
  }

  prune(policy: { maxAgeMs: number; maxBytes: number; nowMs: number }): number {
    return this.retention.prune(policy);
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

  openReplay(q: ReplayQuery): ReplayCursor {
    return this.reads.openReplay(q);
  }
}
