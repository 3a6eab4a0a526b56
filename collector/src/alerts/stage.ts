// Detection on the ingest path: every stored event goes through the engine inside the ingest
// transaction, and each match becomes (or updates) an alert, or is counted by a suppression, before
// the agent's batch is acked. Changes are handed to the live hub only after the commit.
import { eventFieldValue, type DetectionEngine, type RuleMatch } from '@vigil/detect';
import type { Logger } from '@vigil/logger';
import type { IngestStage } from '../ingest/stage.js';
import type { StoredEvent } from '../events/types.js';
import type { AlertStore, RecordOutcome, SuppressionStore } from './types.js';
import type { RaisedAlert, RaiseOutcome } from './alert-sink.js';

/** What an alert copies from its rule (a Sigma RuleInfo or a collector StageRule). */
export interface AlertRuleInfo {
  id: string;
  title: string;
  kind: 'detection' | 'correlation';
  description: string;
  level: string;
  tags: readonly string[];
  attack: readonly string[];
}
import { UntrustedEvents, isTrustedEvent } from './provenance.js';

export interface DetectCounters {
  events: number;
  matches: number;
  alertsCreated: number;
  alertsUpdated: number;
  suppressed: number;
  failures: number;
}

export interface DetectStageOptions {
  /** Replaced by setEngine() when rules are reloaded. */
  engine: DetectionEngine;
  alerts: AlertStore;
  suppressions: SuppressionStore;
  clock: () => number;
  logger: Logger;
  sweepIntervalMs: number;
}

export class DetectStage implements IngestStage {
  readonly name = 'detect';
  readonly counters: DetectCounters = { events: 0, matches: 0, alertsCreated: 0, alertsUpdated: 0, suppressed: 0, failures: 0 };
  private pending: RecordOutcome[] = [];
  private lastSweep: number;
  private readonly untrusted = new UntrustedEvents();

  constructor(private readonly o: DetectStageOptions) {
    this.lastSweep = o.clock();
  }

  /** Correlation groups the engine holds now (open windows): a metric, and what a rebuild restored. */
  get correlationGroups(): number {
    return this.o.engine.correlationGroups;
  }

  /** Swap in a new engine (rules reloaded) between ingest transactions; its correlation state starts empty until replayed. */
  setEngine(engine: DetectionEngine): void {
    this.o.engine = engine;
  }

  onEvents(_agentId: string, events: readonly StoredEvent[]): void {
    const { engine } = this.o;
    for (const se of events) {
      this.counters.events++;
      this.untrusted.note(se.id, se.event);
      const input = { id: se.id, agentId: se.agentId, timeMs: Number(se.timeNs / 1_000_000n), event: se.event };
      try {
        engine.evaluate(input, (m) => this.onMatch(m, se));
      } catch (err) {
        // One bad event (or rule) must not lose the rest of the batch's detections.
        this.counters.failures++;
        this.o.logger.error({ err, eventId: se.id, agentId: se.agentId }, 'detection failed for an event');
      }
    }
    const now = this.o.clock();
    if (now - this.lastSweep >= this.o.sweepIntervalMs) {
      this.lastSweep = now;
      engine.sweep(now);
    }
  }

  /**
   * Feeds one stored event to `engine`'s correlations (the running one, or one a rule reload is about to swap
   * in) as ingest did when it stored it, keeping only what that leaves behind: correlation windows and which
   * evidence was untrusted. Its matches are not recorded again (they were, in the event's own transaction).
   * How a start or a rule reload rebuilds the windows (module.ts).
   */
  replay(engine: DetectionEngine, se: StoredEvent): void {
    this.untrusted.note(se.id, se.event);
    try {
      engine.replay({ id: se.id, agentId: se.agentId, timeMs: Number(se.timeNs / 1_000_000n), event: se.event });
    } catch {
      // counted and logged when the event was first stored
    }
  }

  private onMatch(m: RuleMatch, se: StoredEvent): void {
    this.counters.matches++;
    this.record(m.rule, m, (f) => m.group[f] ?? eventFieldValue(se.event, f, m.logsource), isTrustedEvent(se.event) && this.untrusted.allTrusted(m.eventIds));
  }

  /**
   * One match (of a Sigma rule, or of a collector stage's rule through the AlertSink): counted under a
   * suppression, or a new or updated alert queued for the live push. Runs inside the ingest transaction.
   */
  record(
    rule: AlertRuleInfo,
    m: RaisedAlert,
    fieldValue: (field: string) => string | undefined,
    trusted = this.untrusted.allTrusted(m.eventIds),
  ): RaiseOutcome {
    const now = this.o.clock();
    const s = this.o.suppressions.find(rule.id, m.agentId, fieldValue, now);
    if (s) {
      this.o.suppressions.count(s, m);
      this.counters.suppressed++;
      return 'suppressed';
    }
    const r = this.o.alerts.record(
      {
        ruleId: rule.id,
        ruleTitle: rule.title,
        ruleKind: rule.kind,
        description: rule.description,
        severity: rule.level,
        tags: rule.tags,
        attack: rule.attack,
        agentId: m.agentId,
        group: m.group,
        groupKey: m.groupKey,
        eventIds: m.eventIds,
        eventTimesMs: m.eventTimesMs,
        count: m.count,
        firstMs: m.firstMs,
        lastMs: m.lastMs,
        trusted,
      },
      now,
    );
    if (r.outcome === 'created') this.counters.alertsCreated++;
    else this.counters.alertsUpdated++;
    this.pending.push(r);
    return r.outcome;
  }

  /** Alert changes since the last call (after a commit: publish them live). */
  drain(): RecordOutcome[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }
}
