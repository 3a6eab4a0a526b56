// Reconnect delays: exponential backoff with full jitter (a uniformly random delay up to the capped
// exponential), so a fleet that lost its collector does not come back in lockstep.
export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
  /** Uniform in [0, 1); injected for tests. */
  random?: () => number;
}

export class Backoff {
  private attempt = 0;
  constructor(private readonly options: BackoffOptions) {}

  /** The ceiling for the current attempt: min(max, base * 2^attempt). */
  ceiling(): number {
    return Math.min(this.options.maxMs, this.options.baseMs * 2 ** Math.min(this.attempt, 40));
  }

  /** Delay before the next try; each call raises the ceiling. */
  next(): number {
    const delay = Math.floor((this.options.random ?? Math.random)() * this.ceiling());
    this.attempt++;
    return delay;
  }

  reset(): void {
    this.attempt = 0;
  }

  get attempts(): number {
    return this.attempt;
  }
}
