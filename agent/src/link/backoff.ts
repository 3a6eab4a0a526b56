// Reconnect delays: exponential backoff with full jitter (a uniformly random delay up to the capped
// exponential), so a fleet that lost its collector does not come back in lockstep. Right after a connection
// that was online drops, the collector is most likely restarting: for a short window the ceiling stays low,
// so the fleet is back within seconds of it instead of waiting out a ceiling that grew while it was down.
export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
  /** The ceiling while a lost connection is recent (see lost()); defaults to maxMs (no difference). */
  recentMaxMs?: number;
  /** How long a lost connection counts as recent. */
  recentWindowMs?: number;
  /** Uniform in [0, 1); injected for tests. */
  random?: () => number;
}

export class Backoff {
  private attempt = 0;
  private recentUntil = 0;
  constructor(private readonly options: BackoffOptions) {}

  /** The ceiling for the current attempt at `nowMs`: min(max, base * 2^attempt), and recentMaxMs while a loss is recent. */
  ceiling(nowMs = 0): number {
    const exp = Math.min(this.options.maxMs, this.options.baseMs * 2 ** Math.min(this.attempt, 40));
    return nowMs < this.recentUntil ? Math.min(exp, this.options.recentMaxMs ?? exp) : exp;
  }

  /** Delay before the next try; each call raises the ceiling. */
  next(nowMs = 0): number {
    const delay = Math.floor((this.options.random ?? Math.random)() * this.ceiling(nowMs));
    this.attempt++;
    return delay;
  }

  /** An online connection dropped at `nowMs`: the low ceiling holds for recentWindowMs. */
  lost(nowMs: number): void {
    this.recentUntil = nowMs + (this.options.recentWindowMs ?? 0);
  }

  /** The collector refused with `code`: unless it is restarting (its shutdown), back to the plain exponential. */
  refused(code: string): void {
    if (code !== 'VIGIL_ERR_GATEWAY_SHUTDOWN') this.recentUntil = 0;
  }

  reset(): void {
    this.attempt = 0;
  }

  get attempts(): number {
    return this.attempt;
  }
}
