// AgentHealth events, built in one place for the running agent and the bench's sensors-only phase:
// the process's own CPU and RSS, the event rate, the sensor problems new since the last event, plus
// what other parts contribute through named sources (the runtime's spool figures, the response
// feature's isolation state), so no part of health is special-cased here.
import type { vigil } from '@vigil/proto';
import type { EventSink } from './events/sink.js';
import type { ProblemRegistry } from './sensors/common/problems.js';

/** Fields a source adds to each health event (spool figures, isolated, dryRun, ...). */
export type HealthFields = Partial<Omit<vigil.v1.IAgentHealth, 'cpuPercent' | 'rssBytes' | 'eventsPerSecond' | 'sensorErrors' | 'uptimeMs'>>;

export interface HealthReporterOptions {
  sink: EventSink;
  /** Events emitted so far (spool sequence, a CountingSink's tally). */
  eventsTotal: () => number;
  problems: ProblemRegistry;
  clock?: () => number;
  /** Longest sensor problem message carried. */
  maxMessageChars?: number;
}

export class HealthReporter {
  private readonly sources = new Map<string, () => HealthFields>();
  private readonly clock: () => number;
  private readonly startedAt: number;
  private lastAt: number;
  private lastCpu = process.cpuUsage();
  private lastEvents: number;

  constructor(private readonly opts: HealthReporterOptions) {
    this.clock = opts.clock ?? Date.now;
    this.startedAt = this.clock();
    this.lastAt = this.startedAt;
    this.lastEvents = opts.eventsTotal();
  }

  /** Adds (or replaces) a named contributor to every health event; a failing source is left out. */
  addSource(name: string, fn: () => HealthFields): void {
    this.sources.set(name, fn);
  }

  /** Emits one health event covering the time since the previous one, and returns it. */
  emit(): vigil.v1.IAgentHealth {
    const at = this.clock();
    const cpu = process.cpuUsage(this.lastCpu);
    const wallMs = Math.max(1, at - this.lastAt);
    const events = this.opts.eventsTotal() - this.lastEvents;
    const max = this.opts.maxMessageChars ?? 1000;
    const health: vigil.v1.IAgentHealth = { isolated: false, dryRun: false, spoolBytes: 0, spoolEvents: 0, droppedEvents: 0 };
    for (const fn of this.sources.values()) {
      try {
        Object.assign(health, fn());
      } catch {
        // a source that cannot answer now is left out of this event
      }
    }
    Object.assign(health, {
      cpuPercent: ((cpu.user + cpu.system) / 1000 / wallMs) * 100,
      rssBytes: process.memoryUsage.rss(),
      eventsPerSecond: (events * 1000) / wallMs,
      sensorErrors: this.opts.problems.takeNew().map((p) => ({ sensor: p.sensor, source: p.source, code: p.code, message: p.message.slice(0, max) })),
      uptimeMs: at - this.startedAt,
    });
    this.lastAt = at;
    this.lastCpu = process.cpuUsage();
    this.opts.sink.emit({ health });
    // Counted after emitting, so the health event itself is not in the next rate.
    this.lastEvents = this.opts.eventsTotal();
    return health;
  }
}
