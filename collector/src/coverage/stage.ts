// The coverage ledger on the ingest path: each TelemetryCoverage event becomes (or adds to) its host-minute
// row inside the ingest transaction, and the host's window is checked then and there, so a "telemetry
// degraded" alert is committed with the record that caused it, before the agent's ack.
import type { Logger } from '@vigil/logger';
import { u64ToBigInt, type U64 } from '@vigil/proto';
import type { IngestStage } from '../ingest/stage.js';
import type { StoredEvent } from '../events/types.js';
import type { AlertSink } from '../alerts/alert-sink.js';
import type { CoverageMinute, CoverageStore } from './types.js';
import type { CoverageOptions } from './options.js';
import { coverageFigures, groupDigits, percentText, windowText } from './ratio.js';
import { TELEMETRY_DEGRADED_RULE } from './rule.js';

/** Largest count taken from one record: far above any kernel's execs per minute, and sums stay exact in SQLite. */
export const MAX_COUNT_PER_MINUTE = 1_000_000_000_000;
const MAX_SOURCE_CHARS = 32;
const MAX_REASON_CHARS = 300;

export interface CoverageCounters {
  records: number;
  alertsRaised: number;
  suppressed: number;
  /** Records whose row or alert could not be written (logged; the rest of the batch goes on). */
  failures: number;
}

export interface CoverageStageOptions {
  store: CoverageStore;
  options: Pick<CoverageOptions, 'alert' | 'alertWindowMs' | 'alertBelowPercent' | 'alertMinExecs' | 'alertOnRecordsLost'>;
  /** Absent when detection is not loaded: the ledger is kept, nothing is raised. */
  alerts: AlertSink | undefined;
  clock: () => number;
  logger: Logger;
  /** Runs one record's writes (row, alert) as a unit: a savepoint inside the ingest transaction. */
  atomic: (fn: () => void) => void;
}

const count = (v: U64): number => {
  const n = u64ToBigInt(v);
  return n > BigInt(MAX_COUNT_PER_MINUTE) ? MAX_COUNT_PER_MINUTE : Number(n);
};

/** The ledger's view of one event: counts bounded, strings capped, the minute from the record (else the event time). */
export function coverageMinuteOf(se: StoredEvent): CoverageMinute | undefined {
  const c = se.event.coverage;
  if (!c) return undefined;
  const startNs = u64ToBigInt(c.minuteStartNs ?? 0);
  const ns = startNs > 0n ? startNs : se.timeNs;
  const minuteMs = Number(ns / 60_000_000_000n) * 60_000;
  return {
    minuteMs,
    kernelExecs: count(c.kernelExecs),
    execsWithArgs: count(c.execsWithArgs),
    execsPidOnly: count(c.execsPidOnly),
    recordsLost: count(c.recordsLost),
    source: (c.processSource ?? '').slice(0, MAX_SOURCE_CHARS),
    reason: (c.sourceReason ?? '').slice(0, MAX_REASON_CHARS),
    eventId: se.id,
  };
}

export class CoverageStage implements IngestStage {
  readonly name = 'coverage';
  readonly counters: CoverageCounters = { records: 0, alertsRaised: 0, suppressed: 0, failures: 0 };

  constructor(private readonly o: CoverageStageOptions) {}

  onEvents(agentId: string, events: readonly StoredEvent[]): void {
    for (const se of events) {
      const m = coverageMinuteOf(se);
      if (!m) continue;
      try {
        this.o.atomic(() => {
          this.o.store.add(agentId, m, this.o.clock());
          this.check(agentId, m, se);
        });
        this.counters.records++;
      } catch (err) {
        // one bad record must not lose the rest of the batch's minutes
        this.counters.failures++;
        this.o.logger.error({ err, eventId: se.id, agentId }, 'coverage record not kept');
      }
    }
  }

  /** The host's window ending at this minute: under the threshold (with enough execs) or records lost raises the alert. */
  private check(agentId: string, m: CoverageMinute, se: StoredEvent): void {
    const { options, alerts } = this.o;
    if (!options.alert || !alerts) return;
    const t = this.o.store.totals(agentId, m.minuteMs - options.alertWindowMs, m.minuteMs);
    const f = coverageFigures(t);
    const causes: string[] = [];
    if (f.counted >= options.alertMinExecs && f.ratio * 100 < options.alertBelowPercent) {
      causes.push(
        `exec coverage ${percentText(f.ratio)} % ${windowText(options.alertWindowMs)}: ${groupDigits(f.withoutArgs)} of ${groupDigits(f.counted)} without arguments`,
      );
    }
    if (options.alertOnRecordsLost && m.recordsLost > 0) causes.push(`${groupDigits(m.recordsLost)} audit records lost in one minute`);
    if (causes.length === 0) return;
    const timeMs = Number(se.timeNs / 1_000_000n);
    const outcome = alerts.raise(TELEMETRY_DEGRADED_RULE, {
      agentId,
      group: { Cause: causes.join('; '), ProcessSource: m.source || 'unknown' },
      // one open alert per host: repeats within the dedupe window update it
      groupKey: '',
      eventIds: [se.id],
      eventTimesMs: [timeMs],
      count: 1,
      firstMs: timeMs,
      lastMs: timeMs,
    });
    if (outcome === 'suppressed') this.counters.suppressed++;
    else this.counters.alertsRaised++;
    if (outcome === 'created') this.o.logger.warn({ agentId, causes }, 'telemetry degraded');
  }
}
