// Watches one connected agent's delivery: the highest sequence it says it wrote (hello, heartbeats,
// batches) against the highest stored. An agent that is online but has stored nothing it owes for
// gateway.stalledAfterMs is "not storing": the page flags it instead of showing a healthy online host.
export interface DeliveryView {
  /** Highest sequence the agent reported writing on this connection. */
  agentSeq: number;
  /** Highest sequence stored for the agent. */
  heldSeq: number;
  stalled: boolean;
  /** Since when nothing owed was stored (null when not stalled). */
  stalledSinceMs: number | null;
}

export class DeliveryWatch {
  private progressAtMs: number;

  constructor(
    private readonly clock: () => number,
    private readonly stalledAfterMs: number,
    private agentSeq: number,
    private heldSeq: number,
  ) {
    this.progressAtMs = clock();
  }

  /** The agent wrote up to `agentSeq` (heartbeat, hello, last event of a batch); `heldSeq` when known. */
  sent(agentSeq: number, heldSeq?: number): void {
    if (heldSeq !== undefined) this.note(heldSeq);
    if (this.heldSeq >= this.agentSeq) this.progressAtMs = this.clock(); // nothing was owed until now
    if (agentSeq > this.agentSeq) this.agentSeq = agentSeq;
  }

  /** A batch committed; the store now holds up to `heldSeq`. */
  stored(heldSeq: number): void {
    this.note(heldSeq);
  }

  private note(heldSeq: number): void {
    if (heldSeq > this.heldSeq || heldSeq >= this.agentSeq) this.progressAtMs = this.clock();
    this.heldSeq = heldSeq;
  }

  view(): DeliveryView {
    const owed = this.agentSeq > this.heldSeq;
    const stalled = owed && this.clock() - this.progressAtMs >= this.stalledAfterMs;
    return { agentSeq: this.agentSeq, heldSeq: this.heldSeq, stalled, stalledSinceMs: stalled ? this.progressAtMs : null };
  }
}
