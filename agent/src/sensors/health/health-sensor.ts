// Health sensor: the agent's own cost and state (CPU, RSS, events per second, spool, drops) and the
// sources sensors could not read, each reported once. Spool figures come from the runtime through
// the HealthStats interface, so this sensor never reaches into the spool itself.
import type { Sensor, SensorContext } from '../sensor.js';
import type { ProblemRegistry } from '../common/problems.js';
import { healthSensorOptions, type HealthSensorOptions } from './options.js';

/** What the runtime knows and the health event reports; every member is optional. */
export interface HealthStats {
  spoolBytes?(): number;
  spoolEvents?(): number;
  droppedEvents?(): number;
  isolated?(): boolean;
  dryRun?(): boolean;
}

export interface HealthDeps {
  /** Total events emitted so far (a CountingSink's `emitted`). */
  eventsEmitted: () => number;
  problems: ProblemRegistry;
  stats?: HealthStats;
  now?: () => number;
}

export class HealthSensor implements Sensor {
  readonly name = 'health';
  private readonly opts: HealthSensorOptions;
  private ctx?: SensorContext;
  private timer?: NodeJS.Timeout;
  private readonly now: () => number;
  private readonly startedAt: number;
  private lastAt: number;
  private lastCpu: NodeJS.CpuUsage;
  private lastEvents = 0;

  constructor(options: Partial<HealthSensorOptions>, private readonly deps: HealthDeps) {
    this.opts = healthSensorOptions.parse(options);
    this.now = deps.now ?? Date.now;
    this.startedAt = this.now();
    this.lastAt = this.startedAt;
    this.lastCpu = process.cpuUsage();
  }

  async start(ctx: SensorContext): Promise<void> {
    this.ctx = ctx;
    this.lastAt = this.now();
    this.lastCpu = process.cpuUsage();
    this.lastEvents = this.deps.eventsEmitted();
    this.timer = setInterval(() => this.emitNow(), this.opts.intervalMs);
    this.timer.unref?.();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
  }

  /** Sends a health event covering the time since the previous one. */
  emitNow(): void {
    const at = this.now();
    const cpu = process.cpuUsage(this.lastCpu);
    const wallMs = Math.max(1, at - this.lastAt);
    const events = this.deps.eventsEmitted();
    const s = this.deps.stats;
    const problems = this.deps.problems.takeNew();
    const health = {
      cpuPercent: ((cpu.user + cpu.system) / 1000 / wallMs) * 100,
      rssBytes: process.memoryUsage.rss(),
      eventsPerSecond: ((events - this.lastEvents) * 1000) / wallMs,
      spoolBytes: s?.spoolBytes?.() ?? 0,
      spoolEvents: s?.spoolEvents?.() ?? 0,
      droppedEvents: s?.droppedEvents?.() ?? 0,
      sensorErrors: problems.map((p) => ({ sensor: p.sensor, source: p.source, code: p.code, message: p.message.slice(0, 1000) })),
      isolated: s?.isolated?.() ?? false,
      dryRun: s?.dryRun?.() ?? false,
      uptimeMs: at - this.startedAt,
    };
    this.lastAt = at;
    this.lastCpu = process.cpuUsage();
    // Count after reading, so the health event itself is not in its own rate.
    this.ctx?.sink.emit({ health });
    this.lastEvents = this.deps.eventsEmitted();
  }
}
