// Credit-based flow control: how many unacked events an agent may have in flight, granted with every welcome
// and ack. The fleet shares what is left of the ingest queue, so as storage falls behind every agent's window
// shrinks and the excess waits in the agents' spools instead of the collector's memory.
import type { IngestOptionsConfig } from './options.js';

export type WindowOptions = Pick<IngestOptionsConfig, 'maxQueuedEvents' | 'maxWindowEvents' | 'minWindowEvents'>;

/** The window for one agent when `queued` events are held and `agents` agents are connected. */
export function grantWindow(o: WindowOptions, queued: number, agents: number): number {
  const free = Math.max(0, o.maxQueuedEvents - queued);
  const share = Math.floor(free / Math.max(1, agents));
  return Math.min(o.maxWindowEvents, Math.max(o.minWindowEvents, share));
}
