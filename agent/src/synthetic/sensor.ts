// A load and test generator, not a sensor of the host: emits numbered synthetic log events at a fixed
// rate through the real spool and link. Enabled only by `vigil-agent run --synthetic-rate N`.
import type { Sensor, SensorContext } from '../sensors/sensor.js';

export interface SyntheticOptions {
  ratePerSecond: number;
  /** Stop after this many events (0: never). */
  count: number;
  payloadBytes: number;
  clock?: () => number;
}

/** Each event's raw line is "synthetic run=<pid> n=<k> <filler>", k counting from 1 per run. */
export class SyntheticSensor implements Sensor {
  readonly name = 'synthetic';
  private timer: NodeJS.Timeout | undefined;
  private emitted = 0;

  constructor(private readonly options: SyntheticOptions) {}

  get emittedCount(): number {
    return this.emitted;
  }

  async start(ctx: SensorContext): Promise<void> {
    const clock = this.options.clock ?? Date.now;
    const started = clock();
    const filler = 'x'.repeat(this.options.payloadBytes);
    const tickMs = 10;
    this.timer = setInterval(() => {
      const due = Math.floor(((clock() - started) / 1000) * this.options.ratePerSecond);
      const target = this.options.count > 0 ? Math.min(due, this.options.count) : due;
      while (this.emitted < target) {
        this.emitted++;
        ctx.sink.emit({ log: { source: 'synthetic', parser: 'synthetic', raw: `synthetic run=${process.pid} n=${this.emitted} ${filler}` } });
      }
      if (this.options.count > 0 && this.emitted >= this.options.count) {
        clearInterval(this.timer);
        ctx.logger.info({ emitted: this.emitted }, 'synthetic generator finished');
      }
    }, tickMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
  }
}
