// What ingest announces on the bus: a batch's events committed (and acked). Live views, metrics and the
// alert push react to it; work that must land before the ack is an IngestStage instead.
import type { StoredEvent } from '../events/types.js';

export interface IngestTopics {
  /** Only events stored for the first time; published after the commit. */
  'events.stored': { agentId: string; events: readonly StoredEvent[] };
}
