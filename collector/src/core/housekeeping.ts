// The collector's timers that keep storage in bounds: retention of events (by age and size), of the coverage
// minutes (same age) and of the audit log, and the flush of the audit log's counted rows. A failure (a full
// disk, say) is logged and reported to the storage guard, never thrown out of a timer.
import type { Logger } from '@vigil/logger';
import type { CollectorConfig } from '../config.js';

export interface HousekeepingDeps {
  events: { prune(policy: { maxAgeMs: number; maxBytes: number; nowMs: number }): number };
  /** Tables pruned by the events' age limit; each returns rows deleted. */
  prunedWithEvents: ReadonlyArray<(policy: { maxAgeMs: number; nowMs: number }) => number>;
  audit: { prune(policy: { maxAgeMs: number; maxRows: number; nowMs: number }): number; flushAggregates(nowMs: number, all: boolean): void };
  noteFailure: (err: unknown, what: string) => void;
  options: Pick<CollectorConfig, 'retention' | 'audit'>;
  logger: Logger;
  clock: () => number;
}

export class Housekeeping {
  private timers: NodeJS.Timeout[] = [];

  constructor(private readonly d: HousekeepingDeps) {}

  start(): void {
    const { retention, audit } = this.d.options;
    this.timers = [
      setInterval(() => this.flushAudit(false), Math.max(100, Math.floor(audit.refusedWindowMs / 2))),
      setInterval(() => this.runRetention(), retention.intervalMs),
    ];
    for (const t of this.timers) t.unref();
  }

  /** Stops the timers and writes every counted audit row. */
  stop(): void {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    this.flushAudit(true);
  }

  /** Prunes events, the tables that follow them and the audit log; returns how many events went. */
  runRetention(): number {
    const { retention: r, audit: a } = this.d.options;
    const { logger } = this.d;
    try {
      const policy = { maxAgeMs: r.maxAgeDays * 86_400_000, maxBytes: r.maxBytes, nowMs: this.d.clock() };
      const n = this.d.events.prune(policy);
      if (n > 0) logger.info({ deleted: n }, 'retention deleted events');
      let rows = 0;
      for (const prune of this.d.prunedWithEvents) rows += prune(policy);
      if (rows > 0) logger.info({ deleted: rows }, 'retention deleted module rows');
      const audited = this.d.audit.prune({ maxAgeMs: a.maxAgeDays * 86_400_000, maxRows: a.maxRows, nowMs: policy.nowMs });
      if (audited > 0) logger.info({ deleted: audited }, 'retention deleted audit rows');
      return n;
    } catch (err) {
      this.d.noteFailure(err, 'retention');
      logger.error({ err }, 'retention failed');
      return 0;
    }
  }

  private flushAudit(all: boolean): void {
    try {
      this.d.audit.flushAggregates(this.d.clock(), all);
    } catch (err) {
      this.d.noteFailure(err, 'audit');
      this.d.logger.error({ err }, 'audit aggregate write failed');
    }
  }
}
