// The timer loop both polling sensors (process, network) run on: one poll at a time, the next one
// scheduled only after the previous finished, an interval the collector may change, and a stop that
// waits for a poll in flight so a sensor never emits after it was stopped.

/** Poll intervals a collector may push are clamped to this range. */
export const POLL_MS_MIN = 20;
export const POLL_MS_MAX = 60_000;

export class PollLoop {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = true;
  private ms: number;

  constructor(
    private readonly poll: () => void | Promise<void>,
    intervalMs: number,
    private readonly onError: (err: unknown) => void,
  ) {
    this.ms = intervalMs;
  }

  get intervalMs(): number {
    return this.ms;
  }

  /** Changes the interval from the next poll on. */
  setIntervalMs(ms: number): void {
    this.ms = Math.min(POLL_MS_MAX, Math.max(POLL_MS_MIN, Math.floor(ms)));
  }

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = (async () => {
        try {
          await this.poll();
        } catch (err) {
          this.onError(err);
        }
      })();
      void this.running.finally(() => this.schedule());
    }, this.ms);
    this.timer.unref?.();
  }
}
