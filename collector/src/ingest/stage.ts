// The seam between ingest and everything that reacts to events (detection, live status):
// stages run synchronously inside the storage transaction, so their writes commit before the agent's ack.
import type { StoredEvent } from '../events/types.js';

export interface IngestStage {
  readonly name: string;
  /** Called inside the batch's transaction after the events are inserted and before the ack. Must not be async. */
  onEvents(agentId: string, events: readonly StoredEvent[]): void;
}
