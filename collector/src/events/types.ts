// The events feature's contract: what ingest stores, what search and timelines read, and the one interface
// (EventStore) every implementation of the event tables provides. Nobody else writes SQL against them.
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

export interface EventStore {
  /**
   * Stores one agent's events exactly once (dedupe by agent and sequence), records gaps, and runs `within`
   * on the inserted events inside the same transaction. Returns after the commit is durable.
   */
  insertBatches(
    batches: ReadonlyArray<{ agentId: string; events: readonly vigil.v1.IEvent[] }>,
    within?: (agentId: string, inserted: readonly StoredEvent[]) => void,
  ): InsertResult[];
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
}
