// The seam between sensors and delivery: a sensor hands over an event payload; the sink
// (the spool, in the running agent) stamps id, agent id, time and sequence, and keeps it durably.
import type { vigil } from '@vigil/proto';

/** An event as a sensor produces it: exactly one payload field set, optionally its own time. */
export type EventPayload = Omit<vigil.v1.IEvent, 'id' | 'agentId' | 'seq'>;

export interface EventSink {
  emit(event: EventPayload): void;
}

/** A sink that keeps events in memory: for unit tests and benchmarks of single sensors. */
export class MemorySink implements EventSink {
  readonly events: EventPayload[] = [];
  emit(event: EventPayload): void {
    this.events.push(event);
  }
}
