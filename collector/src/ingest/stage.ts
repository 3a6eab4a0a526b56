// The seam between ingest and everything that reacts to events (detection, live status):
// stages run synchronously inside the storage transaction, so their writes commit before the agent's ack.
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

export interface IngestStage {
  readonly name: string;
  /** Called inside the batch's transaction after the events are inserted and before the ack. Must not be async. */
  onEvents(agentId: string, events: readonly StoredEvent[]): void;
}
