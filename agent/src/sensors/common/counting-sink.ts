// Counts events on their way to the real sink, so health can report events per second without
// every sensor keeping its own tally.
import type { EventPayload, EventSink } from '../../events/sink.js';

export class CountingSink implements EventSink {
  private count = 0;
  constructor(private readonly inner: EventSink) {}
  emit(event: EventPayload): void {
    this.count += 1;
    this.inner.emit(event);
  }
  /** Total events emitted through this sink since it was made. */
  get emitted(): number {
    return this.count;
  }
}
