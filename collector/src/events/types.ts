// The events feature's contract: what ingest stores, what search, timelines, rates and the host tracker read,
// and the one interface (EventStore) every implementation of the event tables provides. Nobody else writes SQL
// against them; event-store.contract.ts checks each implementation against this interface.
import type { vigil } from '@vigil/proto';

/** An event as ingest has stored it, with 64-bit fields already converted. */
export interface StoredEvent {
  id: string;
  agentId: string;
  seq: number;
  timeNs: bigint;
  /** The payload's oneof name: process_start, network_connection, log, file_change, ... (snake_case as in the .proto). */
  kind: string;
  event: vigil.v1.Event;
}

/** What one ingest call wrote: only events not stored before. */
export interface InsertResult {
  inserted: StoredEvent[];
  /** Events skipped because (agent, seq) was already stored. */
  duplicates: number;
  /** Highest sequence now stored for the agent (the value to ack). */
  ackedSeq: number;
}

export interface EventQuery {
  agentId?: string;
  kind?: string;
  /** Inclusive lower bound, unix nanoseconds. */
  fromNs?: bigint;
  /** Exclusive upper bound, unix nanoseconds. */
  toNs?: bigint;
  /** Newest first; at most this many (capped by the store). */
  limit?: number;
}

/**
 * Where a search page continues: after this event in (time, then insertion order) order. `rowid` is the
 * store's insertion-order number (SQLite's rowid; a server database's serial id).
 */
export interface EventCursor {
  timeNs: bigint;
  rowid: number;
}

/** A stored event with its insertion-order number, the tie-breaker of search and timeline cursors. */
export interface FoundEvent extends StoredEvent {
  rowid: number;
}

export interface EventSearchQuery {
  agentId?: string;
  kinds?: readonly string[];
  /** Inclusive lower bound, unix nanoseconds. */
  fromNs?: bigint;
  /** Exclusive upper bound, unix nanoseconds. */
  toNs?: bigint;
  /** Exact executable path (process, connection, listener and file-access events). */
  exe?: string;
  /** Hex SHA-256 of a process's executable or a changed file's content (case-insensitive). */
  sha256?: string;
  /** Exact user name: a process's user, or the user a log line names (its parsed `user` field). */
  user?: string;
  /** Exact remote address: a connection's peer, or the source address a log line names (`src_ip`). */
  remote?: string;
  /**
   * Words to find, case- and accent-insensitive, in this order and adjacent, the last one possibly cut short
   * ("needle" finds NeedleTool, "203.0.113.7 port" the sshd line): matched against the event's indexed text
   * (every string value of its payload; not field names, enum names, numbers or the event id: see
   * extract.ts). At most 200 characters with at least one letter or digit; anything else throws
   * VIGIL_ERR_EVENTS_QUERY. Operators (AND, NEAR, *, quotes) are words like any other.
   */
  text?: string;
  /** Continue after this event, exclusive (newest-first order). */
  after?: EventCursor;
  limit: number;
}

export interface EventPage {
  /** Newest first, at most the query's limit. */
  events: FoundEvent[];
  /**
   * Where the next page starts; undefined when nothing older matches. A text search for a word too common to
   * sort every match reads a bounded window of rows per call, so its page may be short (even empty) and still
   * have a `next`.
   */
  next: EventCursor | undefined;
}

export interface RateBucket {
  startMs: number;
  count: number;
}

export interface EventTimelineQuery {
  agentId: string;
  /** Inclusive lower bound, unix nanoseconds. */
  fromNs: bigint;
  /** Exclusive upper bound, unix nanoseconds. */
  toNs: bigint;
  /** Continue after this event, exclusive (oldest-first order). */
  after?: EventCursor;
  limit: number;
}

export interface GapRecord {
  agentId: string;
  /** Sequence of the gap event itself. */
  seq: number;
  dropped: number;
  firstSeq: number;
  lastSeq: number;
  firstTimeNs: bigint;
  lastTimeNs: bigint;
  reason: string;
  receivedAtMs: number;
}

/** One agent's batch to store; `bodies`, when given, is each event exactly as encoded on the wire. */
export interface InsertBatch {
  agentId: string;
  events: readonly vigil.v1.IEvent[];
  bodies?: readonly Uint8Array[];
}

export interface EventStore {
  /**
   * Stores one agent's events exactly once (dedupe by agent and sequence), records gaps, and runs `within`
   * on the inserted events inside the same transaction. Returns after the commit is durable.
   */
  insertBatches(batches: ReadonlyArray<InsertBatch>, within?: (agentId: string, inserted: readonly StoredEvent[]) => void): InsertResult[];
  /** Highest stored sequence per agent (0 if none). */
  ackedSeq(agentId: string): number;
  /**
   * The agent wrote nothing above `agentLastSeq` but the store holds more (events forged with its key):
   * dedupe restarts at the highest sequence stored up to `agentLastSeq`, which is returned. Stored rows stay.
   */
  rewind(agentId: string, agentLastSeq: number): number;
  query(q: EventQuery): StoredEvent[];
  count(q?: { agentId?: string; kind?: string }): number;
  gaps(agentId: string, limit?: number): GapRecord[];
  /** Deletes by age and size; returns how many events went. */
  prune(policy: { maxAgeMs: number; maxBytes: number; nowMs: number }): number;
  /** Bytes the event tables currently use. */
  usedBytes(): number;

  /** One page of a newest-first search by host, kinds, time range and text, continuing after a cursor. */
  search(q: EventSearchQuery): EventPage;
  /** Events per time bucket in [fromMs, toMs), for one host or the fleet; empty buckets included. */
  rates(q: { agentId?: string; fromMs: number; toMs: number; bucketMs: number }): RateBucket[];
  /** One event by host and sequence number. */
  get(agentId: string, seq: number): FoundEvent | undefined;
  /** One page of a host's events in a time window, oldest first (the host timeline reads it page by page). */
  timeline(q: EventTimelineQuery): FoundEvent[];
  /** Stored events per kind, for one host or the fleet, optionally in a time range. */
  countByKind(q?: { agentId?: string; fromNs?: bigint; toNs?: bigint }): Record<string, number>;
  /** A host's newest events of the given kinds, returned oldest first (to rebuild the host tracker). */
  recent(agentId: string, kinds: readonly string[], limit: number): FoundEvent[];
  /**
   * A cursor over the fleet's events received since q.sinceReceivedMs, at most the newest q.maxEvents to begin
   * with, in the order they were stored (the order ingest's stages saw them), that reads on into events stored
   * after it opened: how detection rebuilds its windows, a slice at a time.
   */
  openReplay(q: ReplayQuery): ReplayCursor;
}

export interface ReplayQuery {
  /** Unix ms: rows received earlier are not replayed. */
  sinceReceivedMs: number;
  /** At most this many events (of `kinds`) are replayed: the newest. */
  maxEvents: number;
  /** Only events of these kinds (undefined: every kind); the others are skipped before decoding. */
  kinds?: readonly string[];
}

export interface ReplayCursor {
  /** False when maxEvents left out older rows received since sinceReceivedMs (known once seek() is done). */
  readonly complete: boolean;
  /**
   * Walks back at most `maxRows` more rows looking for where the run starts; true once it is found. For a
   * caller that must not hold the thread long; next() finishes the walk itself when it was not done.
   */
  seek(maxRows: number): boolean;
  /**
   * Hands the next at most `max` events to `visit`, in stored order, rows stored since the cursor opened
   * included; returns how many. Fewer than `max`: the newest stored row was reached.
   */
  next(max: number, visit: (e: StoredEvent) => void): number;
}
